import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { PromptKind, Stack, TopicModel } from '@prepstack/catalog';

@ObjectType('WeeklyScore', { description: 'Submitted attempts of one ISO week (Monday to Sunday, in your time zone).' })
export class WeeklyScoreModel {
  @Field(() => String, { description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Float, { description: 'Mean score of the week, 0..100.' })
  averageScore: number;
}

/** The figures of one scope: window figures (attempts…trend) and figures as of now (mastery, due). */
@ObjectType({ isAbstract: true })
export abstract class ProgressFiguresModel {
  @Field(() => Int, { description: 'Submitted attempts in the window.' })
  attempts: number;

  @Field(() => Int, { description: 'Distinct prompts with a submitted attempt in the window.' })
  prompts: number;

  @Field(() => Float, { nullable: true, description: 'Mean score in the window, 0..100; null without attempts.' })
  averageScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Best score in the window, 0..100.' })
  bestScore: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Latest submit in the window.' })
  lastPractisedAt: Date | null;

  @Field(() => [WeeklyScoreModel], { description: 'Weeks of the window with at least one attempt, oldest first.' })
  trend: WeeklyScoreModel[];

  @Field(() => Float, {
    description:
      'Now, over all your history: mastery 0..1 = retrievability × recentScore/100 × evidence (FSRS recall probability, recency-weighted score, min(1, prompts answered / 3)).',
  })
  mastery: number;

  @Field(() => Float, { nullable: true, description: 'Now: mean FSRS retrievability (0..1) of your reviewed cards here; null without one.' })
  retrievability: number | null;

  @Field(() => Float, { nullable: true, description: 'Now: mean score 0..100, each attempt weighted 0.5^(age in days / 30); null without attempts.' })
  recentScore: number | null;

  @Field(() => Float, { description: 'Now: min(1, prompts answered / min(3, prompts available)).' })
  evidence: number;

  @Field(() => Int, { description: 'Active prompts here in this stack.' })
  promptsAvailable: number;

  @Field(() => Int, { description: 'Distinct prompts answered here, ever.' })
  promptsAnswered: number;

  @Field(() => Int, { description: 'Reviews due now (before the end of today in your time zone).' })
  dueReviews: number;
}

@ObjectType('StackProgress', { description: 'Progress over every prompt of the stack.' })
export class StackProgressModel extends ProgressFiguresModel {}

@ObjectType('KindProgress', { description: 'Progress over the prompts of one kind in the stack.' })
export class KindProgressModel extends ProgressFiguresModel {
  @Field(() => PromptKind)
  kind: PromptKind;
}

@ObjectType('TopicProgress', { description: 'Progress over the prompts of one topic in the stack.' })
export class TopicProgressModel extends ProgressFiguresModel {
  @Field(() => TopicModel)
  topic: TopicModel;
}

@ObjectType('Progress', { description: 'Where you stand in a stack: per topic, rolled up per kind and for the whole stack.' })
export class ProgressModel {
  @Field(() => Stack)
  stack: Stack;

  @Field(() => String, { description: 'First day of the window, YYYY-MM-DD in your time zone.' })
  from: string;

  @Field(() => String, { description: 'Last day of the window (inclusive).' })
  to: string;

  @Field(() => String, { description: 'The time zone days and weeks are counted in (your profile\'s).' })
  timeZone: string;

  @Field(() => [String], { description: 'Monday of every ISO week overlapping the window, oldest first: the axis of the trends.' })
  weeks: string[];

  @Field(() => StackProgressModel)
  overall: StackProgressModel;

  @Field(() => [KindProgressModel], { description: 'Every kind, in the order DSA, SYSTEM_DESIGN, BEHAVIOURAL, KNOWLEDGE.' })
  kinds: KindProgressModel[];

  @Field(() => [TopicProgressModel], {
    description: 'Every topic with an active prompt in the stack or any attempt of yours, in taxonomy order.',
  })
  topics: TopicProgressModel[];
}
