import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@prepstack/platform';
import type { AttemptEntity } from '../entities';
import { AttemptMode, AttemptStatus, ReviewRating } from './enums';

@ObjectType('AttemptHint', { description: 'A hint revealed during an attempt (revealHint), with when.' })
export class AttemptHintModel {
  @Field(() => Int, { description: "0-based position in the prompt's hints." })
  index: number;

  @Field(() => String)
  text: string;

  @Field(() => GraphQLISODateTime)
  revealedAt: Date;
}

@ObjectType('RubricScore', { description: 'A score for one rubric criterion: 0 not addressed, 1..3 the rubric levels.' })
export class RubricScoreModel {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: '0..3' })
  score: number;
}

@ObjectType('Attempt', { description: 'One answer of the signed-in user to one prompt.' })
export class AttemptModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  promptId: string;

  @Field(() => Int, { description: "The prompt's content revision the attempt answered." })
  promptRevision: number;

  @Field(() => AttemptMode)
  mode: AttemptMode;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  abandonedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Submitted: time from start to submit less the time paused, in ms (a whole number).' })
  durationMs: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the clock was paused, while it is; null while it runs.' })
  pausedAt: Date | null;

  @Field(() => Float, {
    description: 'Time spent in pauses that are over, in ms. Time on the clock = (pausedAt or now, or submittedAt) − startedAt − pausedMs.',
  })
  pausedMs: number;

  @Field(() => String, { description: 'The answer; the last saved draft while in progress.' })
  answer: string;

  @Field(() => String, { nullable: true, description: 'Language of the answer (typescript, python…), if code.' })
  language: string | null;

  @Field(() => [AttemptHintModel], { description: 'Hints revealed, in order.' })
  hints: AttemptHintModel[];

  @Field(() => Int, { description: 'Number of hints revealed.' })
  hintsUsed: number;

  @Field(() => [RubricScoreModel], { nullable: true, description: "SOLO, submitted: the candidate's own score per criterion." })
  selfAssessment: RubricScoreModel[] | null;

  @Field(() => [RubricScoreModel], { nullable: true, description: "MOCK: the interviewer's score per criterion." })
  scorecard: RubricScoreModel[] | null;

  @Field(() => String, { nullable: true, description: "MOCK: the interviewer's written feedback." })
  feedback: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Submitted: 0..100 = round(100 × Σ weight·score / (3 × Σ weight)) over the rubric criteria.',
  })
  score: number | null;

  @Field(() => ReviewRating, { nullable: true, description: 'Submitted: the rating that updated the review card.' })
  rating: ReviewRating | null;

  @Field(() => ID, { nullable: true })
  practiceSetId: string | null;

  @Field(() => ID, { nullable: true })
  mockSessionId: string | null;
}

@ObjectType('AttemptConnection')
export class AttemptConnection extends Paginated(AttemptModel, 'Attempt') {}

/** The API's view of a stored attempt (its owner's). */
export function toAttemptModel(a: AttemptEntity): AttemptModel {
  const hints = a.hintsRevealed.map((h) => ({ index: h.index, text: h.text, revealedAt: new Date(h.revealedAt) }));
  return {
    id: a.id,
    promptId: a.promptId,
    promptRevision: a.promptRevision,
    mode: a.mode,
    status: a.status,
    startedAt: a.startedAt,
    submittedAt: a.submittedAt,
    abandonedAt: a.abandonedAt,
    durationMs: a.durationMs,
    pausedAt: a.pausedAt,
    pausedMs: a.pausedMs,
    answer: a.answer,
    language: a.language,
    hints,
    hintsUsed: hints.length,
    selfAssessment: a.selfAssessment,
    scorecard: a.scorecard,
    feedback: a.feedback,
    score: a.score,
    rating: a.rating,
    practiceSetId: a.practiceSetId,
    mockSessionId: a.mockSessionId,
  };
}
