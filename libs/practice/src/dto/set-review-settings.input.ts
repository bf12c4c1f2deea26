import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';
import { MAX_RETENTION, MIN_RETENTION } from '../domain';

@InputType()
export class SetReviewSettingsInput {
  @Field(() => Float, { description: `Probability of recall reviews are scheduled for, ${MIN_RETENTION}..${MAX_RETENTION}.` })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(MIN_RETENTION, { message: `must be ${MIN_RETENTION}..${MAX_RETENTION}` })
  @Max(MAX_RETENTION, { message: `must be ${MIN_RETENTION}..${MAX_RETENTION}` })
  desiredRetention: number;
}
