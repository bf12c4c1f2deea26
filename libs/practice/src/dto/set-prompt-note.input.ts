import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { MaxBytes } from '@prepstack/platform';
import { MAX_NOTE_BYTES } from '../domain';
import { UUID } from './ids';

@InputType()
export class SetPromptNoteInput {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be a prompt id (UUID)' })
  promptId: string;

  @Field(() => String, { description: 'Markdown, at most 16 KiB; empty (or only spaces) deletes the note.' })
  @IsString()
  @MaxBytes(MAX_NOTE_BYTES, { message: `must be at most ${MAX_NOTE_BYTES} bytes (UTF-8)` })
  body: string;
}
