import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { UUID } from './ids';

@InputType()
export class StartAttemptInput {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be a prompt id (UUID)' })
  promptId: string;

  @Field(() => ID, { nullable: true, description: 'The practice set the attempt belongs to (the prompt must be one of its items).' })
  @IsOptional()
  @Matches(UUID, { message: 'must be a practice set id (UUID)' })
  practiceSetId?: string | null;
}
