import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MaxBytes } from '@prepstack/platform';
import { MAX_ANSWER_BYTES, ReviewRating } from '../domain';
import { MAX_CRITERION_SCORE } from '../scoring';
import { UUID } from './ids';
import { LANGUAGE } from './save-draft.input';

@InputType()
export class RubricScoreInput {
  @Field(() => ID, { description: 'A criterion id of the prompt’s rubric.' })
  @IsString()
  @MaxLength(80)
  criterionId: string;

  @Field(() => Int, { description: '0 not addressed; 1..3 as the rubric levels describe.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0..3' })
  @Max(MAX_CRITERION_SCORE, { message: 'must be 0..3' })
  score: number;
}

@InputType()
export class SubmitAttemptInput {
  @Field(() => ID)
  @Matches(UUID, { message: 'must be an attempt id (UUID)' })
  attemptId: string;

  @Field(() => String, { description: 'The final answer, at most 64 KiB (65,536 bytes of UTF-8).' })
  @IsString()
  @MaxBytes(MAX_ANSWER_BYTES, { message: `must be at most ${MAX_ANSWER_BYTES} bytes (UTF-8)` })
  answer: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be a language id like typescript or csharp (a-z, 0-9, + # . -, at most 32)' })
  language?: string | null;

  @Field(() => [RubricScoreInput], { description: 'Every criterion of the rubric exactly once.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricScoreInput)
  selfAssessment: RubricScoreInput[];

  @Field(() => ReviewRating, { description: 'How it went; schedules the next review (FSRS).' })
  @IsEnum(ReviewRating)
  rating: ReviewRating;

  @Field(() => String, {
    description: 'Chosen by the client per submit (e.g. a UUID): retrying with the same key returns the first result; another key on a submitted attempt is a CONFLICT.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  idempotencyKey: string;
}
