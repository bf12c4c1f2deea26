import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Level, Stack, TopicModel } from '@prepstack/catalog';
import { PracticeQueueItemModel } from '@prepstack/practice';

@ObjectType('RoleProfileTopic', { description: 'A topic a role is expected to own, with its weight.' })
export class RoleProfileTopicModel {
  @Field(() => TopicModel)
  topic: TopicModel;

  @Field(() => Int, { description: 'Relative weight, 1 (touched on) .. 10 (core of the role).' })
  weight: number;
}

@ObjectType('RoleProfile', { description: 'What a role at one level of one stack is expected to own (content/roles).' })
export class RoleProfileModel {
  @Field(() => Stack)
  stack: Stack;

  @Field(() => Level)
  level: Level;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => [RoleProfileTopicModel])
  topics: RoleProfileTopicModel[];
}

@ObjectType('ReadinessTopic', { description: 'One topic of a role profile and where you stand on it.' })
export class ReadinessTopicModel {
  @Field(() => TopicModel)
  topic: TopicModel;

  @Field(() => Int, { description: 'The profile\'s weight, 1..10.' })
  weight: number;

  @Field(() => Float, { description: 'Your mastery now, 0..1 (see TopicProgress.mastery).' })
  mastery: number;

  @Field(() => Boolean, { description: 'Whether you have submitted an attempt on a prompt of the topic in this stack.' })
  practised: boolean;

  @Field(() => Float, { description: 'What the topic adds to readiness: weight × mastery / total weight.' })
  contribution: number;

  @Field(() => Float, { description: 'What readiness would gain at full mastery: weight × (1 − mastery) / total weight.' })
  gap: number;
}

@ObjectType('Readiness', {
  description:
    'How ready you are for a role: coverage-weighted mastery over its profile, readiness = Σ weight·mastery / Σ weight = coverage × masteryOfCovered.',
})
export class ReadinessModel {
  @Field(() => Stack)
  stack: Stack;

  @Field(() => Level)
  level: Level;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => Float, { description: '0..1.' })
  readiness: number;

  @Field(() => Float, { description: 'Share of the profile\'s weight on topics you have practised, 0..1.' })
  coverage: number;

  @Field(() => Float, { nullable: true, description: 'Weighted mean mastery over the practised topics, 0..1; null before any.' })
  masteryOfCovered: number | null;

  @Field(() => Int, { description: 'Σ weights of the profile.' })
  totalWeight: number;

  @Field(() => [ReadinessTopicModel], { description: 'The profile\'s topics, in its order.' })
  topics: ReadinessTopicModel[];
}

@ObjectType('WeakTopic', { description: 'A topic you have practised and master least, with what to practise next in it.' })
export class WeakTopicModel {
  @Field(() => TopicModel)
  topic: TopicModel;

  @Field(() => Float, { description: 'Mastery now, 0..1.' })
  mastery: number;

  @Field(() => Float, { nullable: true, description: 'Recency-weighted mean score, 0..100.' })
  recentScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean FSRS retrievability now, 0..1.' })
  retrievability: number | null;

  @Field(() => Int, { description: 'Submitted attempts on the topic in this stack, ever.' })
  attempts: number;

  @Field(() => Int)
  promptsAnswered: number;

  @Field(() => Int)
  promptsAvailable: number;

  @Field(() => Int, { description: 'Reviews due now on the topic.' })
  dueReviews: number;

  @Field(() => [PracticeQueueItemModel], { description: 'The practice queue narrowed to this topic: due reviews, then unseen prompts.' })
  recommended: PracticeQueueItemModel[];
}
