import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Difficulty, Level, PromptKind, PromptModel, Stack } from '@prepstack/catalog';
import { Paginated } from '@prepstack/platform';
import { AttemptModel } from './attempt.model';
import { AttemptStatus, PracticeSetStatus } from './enums';

@ObjectType('DifficultyTarget', { description: 'Time to aim for on one prompt of a difficulty, within a practice set.' })
export class DifficultyTargetModel {
  @Field(() => Difficulty)
  difficulty: Difficulty;

  @Field(() => Float, { description: 'ms' })
  targetMs: number;
}

@ObjectType('PracticeSetItem')
export class PracticeSetItemModel {
  @Field(() => Int, { description: '0-based.' })
  position: number;

  @Field(() => ID)
  promptId: string;

  @Field(() => PromptModel, { nullable: true, description: 'Null once the prompt has left the bank.' })
  prompt: PromptModel | null;

  @Field(() => Difficulty)
  difficulty: Difficulty;

  @Field(() => Float, { description: 'Time to aim for on this prompt, in ms (by its difficulty).' })
  targetMs: number;

  @Field(() => AttemptStatus, { nullable: true, description: "Status of the set's latest attempt on the prompt; null before one is started." })
  status: AttemptStatus | null;

  @Field(() => AttemptModel, { nullable: true, description: "The set's latest attempt on the prompt." })
  attempt: AttemptModel | null;
}

@ObjectType('PracticeSet', { description: 'A timed study session over prompts picked from the practice queue.' })
export class PracticeSetModel {
  @Field(() => ID)
  id: string;

  @Field(() => Stack, { nullable: true })
  stack: Stack | null;

  @Field(() => Level, { nullable: true })
  level: Level | null;

  @Field(() => [PromptKind])
  kinds: PromptKind[];

  @Field(() => [String])
  topics: string[];

  @Field(() => PracticeSetStatus)
  status: PracticeSetStatus;

  @Field(() => Int, { description: 'The time budget, in minutes.' })
  minutes: number;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  pausedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Float, { description: 'Time the set has run, pauses excluded, in ms (server clock).' })
  elapsedMs: number;

  @Field(() => Float, { description: 'Budget left, in ms; 0 when the time is up.' })
  remainingMs: number;

  @Field(() => [DifficultyTargetModel], { description: 'Target time per prompt by difficulty: the budget split EASY 1 : MEDIUM 2 : HARD 3.' })
  targets: DifficultyTargetModel[];

  @Field(() => [PracticeSetItemModel])
  items: PracticeSetItemModel[];

  @Field(() => Int, { description: 'Items with a submitted attempt.' })
  submittedCount: number;

  @Field(() => Int, { nullable: true, description: 'Mean score (0..100) of the submitted items; null before any.' })
  averageScore: number | null;
}

@ObjectType('PracticeSetConnection')
export class PracticeSetConnection extends Paginated(PracticeSetModel, 'PracticeSet') {}
