import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Level, PromptModel, Stack } from '@prepstack/catalog';
import { AttemptHintModel, RubricCriterionLevelsModel, RubricScoreModel } from '@prepstack/practice';
import { EndReason, EventVisibility, MockPhase, MockRole, MockSessionStatus, SessionEventTypeEnum, TimerStatus } from './enums';

@ObjectType('MockParticipant')
export class MockParticipantModel {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => MockRole)
  role: MockRole;

  @Field(() => Boolean, { description: 'False once the participant left.' })
  active: boolean;

  @Field(() => Boolean, { description: 'Has a live subscription to the session now.' })
  online: boolean;
}

@ObjectType('MockTimer', { description: 'The server-authoritative timer.' })
export class MockTimerModel {
  @Field(() => TimerStatus)
  status: TimerStatus;

  @Field(() => Int, { description: 'Planned length, ms.' })
  durationMs: number;

  @Field(() => Int, { description: 'Remaining now, ms.' })
  remainingMs: number;

  @Field(() => Date, { nullable: true, description: 'When it runs out, while running.' })
  deadline: Date | null;
}

@ObjectType('MockDraft', { description: 'The candidate\'s live answer.' })
export class MockDraftModel {
  @Field(() => String)
  text: string;

  @Field(() => String, { nullable: true })
  language: string | null;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('MockPromptShown', { description: 'A prompt as shown in the session, with its hints and the draft answering it.' })
export class MockPromptShownModel {
  @Field(() => PromptModel)
  prompt: PromptModel;

  @Field(() => ID, { nullable: true })
  candidateId: string | null;

  @Field(() => Date)
  pushedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => [AttemptHintModel])
  hints: AttemptHintModel[];

  @Field(() => MockDraftModel, { nullable: true })
  draft: MockDraftModel | null;
}

@ObjectType('MockChatMessage')
export class MockChatMessageModel {
  @Field(() => ID)
  authorId: string;

  @Field(() => String)
  text: string;

  @Field(() => Date)
  at: Date;
}

@ObjectType('InterviewerMaterial', { description: 'What only the interviewer sees about the current prompt.' })
export class InterviewerMaterialModel {
  @Field(() => ID)
  promptId: string;

  @Field(() => [String], { description: 'Every hint, in order.' })
  hints: string[];

  @Field(() => String, { description: 'Markdown.' })
  referenceAnswer: string;

  @Field(() => [RubricCriterionLevelsModel])
  rubric: RubricCriterionLevelsModel[];

  @Field(() => [String])
  followUps: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'DSA: the hidden test cases.' })
  hiddenTests: unknown;
}

@ObjectType('MockScorecard')
export class MockScorecardModel {
  @Field(() => ID)
  promptId: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  interviewerId: string;

  @Field(() => [RubricScoreModel])
  scores: RubricScoreModel[];

  @Field(() => String)
  feedback: string;

  @Field(() => Date)
  submittedAt: Date;
}

@ObjectType('MockNote', { description: 'A private note of an interviewer.' })
export class MockNoteModel {
  @Field(() => ID)
  authorId: string;

  @Field(() => String)
  text: string;

  @Field(() => Date)
  at: Date;
}

@ObjectType('MockSession', { description: 'A mock session as the caller\'s role may see it (a fold of its event log).' })
export class MockSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Short code others join with.' })
  joinCode: string;

  @Field(() => Stack)
  stack: Stack;

  @Field(() => Level)
  level: Level;

  @Field(() => MockSessionStatus)
  status: MockSessionStatus;

  @Field(() => MockPhase)
  phase: MockPhase;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Boolean)
  swapRoles: boolean;

  @Field(() => MockRole, { nullable: true, description: 'The caller\'s role; null once left.' })
  myRole: MockRole | null;

  @Field(() => [MockParticipantModel])
  participants: MockParticipantModel[];

  @Field(() => [MockPromptShownModel])
  prompts: MockPromptShownModel[];

  @Field(() => MockPromptShownModel, { nullable: true })
  currentPrompt: MockPromptShownModel | null;

  @Field(() => MockTimerModel)
  timer: MockTimerModel;

  @Field(() => [MockChatMessageModel])
  chat: MockChatMessageModel[];

  @Field(() => [MockNoteModel], { description: 'Interviewers only; empty for others.' })
  notes: MockNoteModel[];

  @Field(() => [MockScorecardModel], { description: 'Interviewers see all; a candidate sees their own after the end.' })
  scorecards: MockScorecardModel[];

  @Field(() => InterviewerMaterialModel, { nullable: true, description: 'Interviewers only, for the current prompt.' })
  interviewerMaterial: InterviewerMaterialModel | null;

  @Field(() => Int, { description: 'Seq of the last event this state includes; subscribe with afterSeq = lastSeq.' })
  lastSeq: number;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => EndReason, { nullable: true })
  endReason: EndReason | null;
}

@ObjectType('SessionEvent', { description: 'One entry of a mock session\'s event log.' })
export class SessionEventModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int, { description: 'Gap-free, increasing per session.' })
  seq: number;

  @Field(() => SessionEventTypeEnum)
  type: string;

  @Field(() => ID, { nullable: true, description: 'Null for events the server raised.' })
  actorId: string | null;

  @Field(() => EventVisibility)
  visibility: EventVisibility;

  @Field(() => GraphQLJSON, { description: 'Type-specific data (see SessionEventPayloads in the source).' })
  payload: unknown;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('DraftAck')
export class DraftAckModel {
  @Field(() => Boolean, { description: 'False when the draft was held: the latest held draft is written within a second.' })
  written: boolean;
}

@ObjectType('FeedbackScore')
export class FeedbackScoreModel {
  @Field(() => ID)
  criterionId: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  weight: number;

  @Field(() => Int, { description: '0..3' })
  score: number;
}

@ObjectType('MockFeedback', { description: 'The interviewer\'s scorecard on one prompt, for the candidate.' })
export class MockFeedbackModel {
  @Field(() => PromptModel)
  prompt: PromptModel;

  @Field(() => ID)
  interviewerId: string;

  @Field(() => [FeedbackScoreModel])
  scores: FeedbackScoreModel[];

  @Field(() => String)
  feedback: string;

  @Field(() => Int, { nullable: true, description: '0..100, as recorded on the attempt.' })
  score: number | null;

  @Field(() => ID, { nullable: true, description: 'The MOCK attempt recorded for it.' })
  attemptId: string | null;
}
