import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@prepstack/platform';
import { ReviewState } from './enums';

@ObjectType('ReviewCard', { description: "The FSRS review schedule of one prompt for the signed-in user (ts-fsrs)." })
export class ReviewCardModel {
  @Field(() => ID)
  promptId: string;

  @Field(() => GraphQLISODateTime, { description: 'When the prompt is due for review.' })
  due: Date;

  @Field(() => ReviewState)
  state: ReviewState;

  @Field(() => Float, { description: 'FSRS stability: days for the recall probability to fall from 100% to 90%.' })
  stability: number;

  @Field(() => Float, { description: 'FSRS difficulty, 1..10.' })
  difficulty: number;

  @Field(() => Float, { description: 'FSRS retrievability now: the probability (0..1) of recalling the answer.' })
  retrievability: number;

  @Field(() => Int, { description: 'Days between the last review and the due date.' })
  scheduledDays: number;

  @Field(() => Int, { description: 'Reviews so far.' })
  reps: number;

  @Field(() => Int, { description: 'Times rated AGAIN after having been learnt.' })
  lapses: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastReview: Date | null;
}

@ObjectType('ReviewCardConnection')
export class ReviewCardConnection extends Paginated(ReviewCardModel, 'ReviewCard') {}

@ObjectType('ReviewSettings', { description: "The signed-in user's review scheduling preferences." })
export class ReviewSettingsModel {
  @Field(() => Float, { description: 'FSRS desired retention: the recall probability reviews are scheduled for, 0.7..0.99 (default 0.9).' })
  desiredRetention: number;
}
