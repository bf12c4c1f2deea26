import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { MaxBytes } from '@prepstack/platform';
import { MAX_ANSWER_BYTES } from '../domain';
import { UUID } from './ids';

/** Language ids: lower-case letters, digits and + # . - (typescript, python, c#, c++). */
export const LANGUAGE = /^[a-z0-9+#.-]{1,32}$/;

@InputType()
export class SaveDraftInput {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be an attempt id (UUID)' })
  attemptId: string;

  @Field(() => String, { description: 'The answer so far, at most 64 KiB (65,536 bytes of UTF-8).' })
  @IsString()
  @MaxBytes(MAX_ANSWER_BYTES, { message: `must be at most ${MAX_ANSWER_BYTES} bytes (UTF-8)` })
  answer: string;

  @Field(() => String, { nullable: true, description: 'typescript, python, java, go, csharp…' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be a language id like typescript or csharp (a-z, 0-9, + # . -, at most 32)' })
  language?: string | null;
}
