/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountEventType =
  | 'PROFILE_UPDATED'
  | 'SESSION_REVOKED';

/** Every field narrows the result; unset fields do not filter. */
export type AttemptFilter = {
  /** Started at or after this instant. */
  from?: string | null | undefined;
  kind?: PromptKind | null | undefined;
  mode?: AttemptMode | null | undefined;
  /** Attempts on this prompt. */
  promptId?: string | number | null | undefined;
  /** Attempts on prompts of this stack, cross-stack ones included. */
  stack?: Stack | null | undefined;
  status?: AttemptStatus | null | undefined;
  /** Started before this instant. */
  to?: string | null | undefined;
  /** A topic id (`dsa/graphs`) or a whole area (`dsa`). */
  topic?: string | null | undefined;
};

/** SOLO: practised alone; MOCK: scored by an interviewer in a mock session. */
export type AttemptMode =
  | 'MOCK'
  | 'SOLO';

export type AttemptStatus =
  | 'ABANDONED'
  | 'IN_PROGRESS'
  | 'SUBMITTED';

export type CreateMockSessionInput = {
  /** Length of the timer, 5..180 minutes. */
  durationMinutes?: number;
  level: Level;
  /** Prompts planned for the session, in order (up to 10). */
  promptIds?: Array<string | number> | null | undefined;
  /** The creator's own role. */
  role?: MockRole;
  stack: Stack;
  /** Whether the two plan to swap roles half way. */
  swapRoles?: boolean;
};

export type Difficulty =
  | 'EASY'
  | 'HARD'
  | 'MEDIUM';

export type EndReason =
  | 'ENDED_BY_INTERVIEWER'
  | 'TIMER_EXPIRED';

/** ALL participants, or INTERVIEWERS only. */
export type EventVisibility =
  | 'ALL'
  | 'INTERVIEWERS';

/** What the role expects, not years of experience. */
export type Level =
  | 'JUNIOR'
  | 'MID'
  | 'SENIOR'
  | 'STAFF';

export type LoginInput = {
  email: string;
  password: string;
};

export type MockPhase =
  | 'ENDED'
  | 'IN_PROGRESS'
  | 'LOBBY';

export type MockRole =
  | 'CANDIDATE'
  | 'INTERVIEWER'
  | 'OBSERVER';

export type MockSessionStatus =
  | 'ENDED'
  | 'LIVE';

export type PracticeSetStatus =
  | 'FINISHED'
  | 'PAUSED'
  | 'RUNNING'
  | 'TIME_UP';

/** Every field narrows the result; unset fields do not filter. */
export type PromptFilter = {
  difficulty?: Difficulty | null | undefined;
  kind?: PromptKind | null | undefined;
  level?: Level | null | undefined;
  /** Full-text search (web-search syntax: words, "phrases", -excluded); results ranked by relevance. */
  search?: string | null | undefined;
  /** Prompts for this stack, cross-stack ones included. */
  stack?: Stack | null | undefined;
  tag?: string | null | undefined;
  /** A topic id (`dsa/graphs`) or a whole area (`dsa`). */
  topic?: string | null | undefined;
};

export type PromptKind =
  | 'BEHAVIOURAL'
  | 'DSA'
  | 'KNOWLEDGE'
  | 'SYSTEM_DESIGN';

/** Why the practice queue offers a prompt, in the order the queue lists them. */
export type QueueReason =
  | 'DUE_REVIEW'
  | 'NEW'
  | 'WEAK_TOPIC';

export type RegisterInput = {
  /** Shown to interview partners; 1 to 60 characters. */
  displayName: string;
  /** Trimmed and lower-cased; must not belong to another account. */
  email: string;
  /** 10 to 128 characters. */
  password: string;
};

/** How the attempt went, for review scheduling (FSRS grades). */
export type ReviewRating =
  | 'AGAIN'
  | 'EASY'
  | 'GOOD'
  | 'HARD';

/** FSRS card state. */
export type ReviewState =
  | 'LEARNING'
  | 'NEW'
  | 'RELEARNING'
  | 'REVIEW';

export type RubricScoreInput = {
  /** A criterion id of the prompt’s rubric. */
  criterionId: string | number;
  /** 0 not addressed; 1..3 as the rubric levels describe. */
  score: number;
};

export type SaveDraftInput = {
  /** The answer so far, at most 64 KiB (65,536 bytes of UTF-8). */
  answer: string;
  attemptId: string | number;
  /** typescript, python, java, go, csharp… */
  language?: string | null | undefined;
};

export type SessionEventType =
  | 'ATTEMPTS_RECORDED'
  | 'CHAT_MESSAGE'
  | 'DRAFT_UPDATED'
  | 'HINT_REVEALED'
  | 'NOTE_ADDED'
  | 'PARTICIPANT_JOINED'
  | 'PARTICIPANT_LEFT'
  | 'PRESENCE_CHANGED'
  | 'PROMPT_PUSHED'
  | 'ROLES_SWAPPED'
  | 'SCORECARD_SUBMITTED'
  | 'SESSION_CREATED'
  | 'SESSION_ENDED'
  | 'TIMER_EXPIRED'
  | 'TIMER_PAUSED'
  | 'TIMER_RESUMED'
  | 'TIMER_STARTED';

/** Why a session ended before its tokens expired. */
export type SessionRevokeReason =
  | 'LOGOUT'
  | 'REUSE';

export type SetPromptNoteInput = {
  /** Markdown, at most 16 KiB; empty (or only spaces) deletes the note. */
  body: string;
  promptId: string | number;
};

export type SetReviewSettingsInput = {
  /** Probability of recall reviews are scheduled for, 0.7..0.99. */
  desiredRetention: number;
};

/** A backend tech stack (track). */
export type Stack =
  | 'dotnet'
  | 'go'
  | 'java'
  | 'node'
  | 'python';

export type StartAttemptInput = {
  /** The practice set the attempt belongs to (the prompt must be one of its items). */
  practiceSetId?: string | number | null | undefined;
  promptId: string | number;
};

export type StartPracticeSetInput = {
  /** Any of these kinds; unset or empty: every kind. */
  kinds?: Array<PromptKind> | null | undefined;
  level?: Level | null | undefined;
  /** Time budget in minutes, 1..240. */
  minutes: number;
  /** Prompts in the set, 1..20. */
  size: number;
  stack?: Stack | null | undefined;
  /** Any of these topics or areas; unset or empty: every topic. */
  topics?: Array<string> | null | undefined;
};

export type SubmitAttemptInput = {
  /** The final answer, at most 64 KiB (65,536 bytes of UTF-8). */
  answer: string;
  attemptId: string | number;
  /** Chosen by the client per submit (e.g. a UUID): retrying with the same key returns the first result; another key on a submitted attempt is a CONFLICT. */
  idempotencyKey: string;
  language?: string | null | undefined;
  /** How it went; schedules the next review (FSRS). */
  rating: ReviewRating;
  /** Every criterion of the rubric exactly once. */
  selfAssessment: Array<RubricScoreInput>;
};

export type SubmitScorecardInput = {
  /** Written feedback for the candidate. */
  feedback: string;
  /** Default: the current (or last) prompt. */
  promptId?: string | number | null | undefined;
  /** Every rubric criterion exactly once. */
  scores: Array<RubricScoreInput>;
  sessionId: string | number;
};

export type TimerStatus =
  | 'EXPIRED'
  | 'IDLE'
  | 'PAUSED'
  | 'RUNNING';

export type UpdateProfileInput = {
  /** Prompts per day, 1..50. */
  dailyGoal?: number | null | undefined;
  targetLevel?: Level | null | undefined;
  targetStack?: Stack | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone?: string | null | undefined;
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type RefreshTokenMutationVariables = Exact<{
  token: string;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } };

export type AccountEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountEventsSubscription = { accountEvents: { type: AccountEventType, occurredAt: string, sessionId: string | null, reason: SessionRevokeReason | null, profile: { id: string, email: string, displayName: string, targetStack: Stack | null, targetLevel: Level | null, timezone: string, dailyGoal: number, createdAt: string } | null } };

export type ReviewSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewSettingsQuery = { reviewSettings: { desiredRetention: number } };

export type SetReviewSettingsMutationVariables = Exact<{
  input: SetReviewSettingsInput;
}>;


export type SetReviewSettingsMutation = { setReviewSettings: { desiredRetention: number } };

export type CatalogFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogFacetsQuery = { stacks: Array<{ id: Stack, title: string, promptCount: number, frameworks: Array<string> }>, topics: Array<{ id: string, area: string, areaTitle: string, title: string, promptCount: number }> };

export type CatalogPromptsQueryVariables = Exact<{
  filter?: PromptFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CatalogPromptsQuery = { prompts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, stacks: Array<Stack>, tags: Array<string>, topics: Array<{ id: string, title: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PromptTextFragment = { body: string, dsa: { harness: string, functionName: string | null, className: string | null, returns: string | null, compare: string, hiddenTestCount: number, params: Array<{ name: string, type: string }>, methods: Array<{ name: string, returns: string, params: Array<{ name: string, type: string }> }>, examples: Array<{ input: unknown, output: unknown, explanation: string | null }>, starterCode: Array<{ language: string, code: string }> } | null, design: { functionalRequirements: Array<string>, nonFunctionalRequirements: Array<string>, scale: Array<{ label: string, value: string }> } | null, behavioural: { competency: string, star: { situation: string, task: string, action: string, result: string } } | null };

export type PromptDetailQueryVariables = Exact<{
  slug: string;
}>;


export type PromptDetailQuery = { prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, stacks: Array<Stack>, tags: Array<string>, hintCount: number, revision: number, body: string, topics: Array<{ id: string, title: string, areaTitle: string }>, rubric: Array<{ id: string, title: string, weight: number }>, dsa: { harness: string, functionName: string | null, className: string | null, returns: string | null, compare: string, hiddenTestCount: number, params: Array<{ name: string, type: string }>, methods: Array<{ name: string, returns: string, params: Array<{ name: string, type: string }> }>, examples: Array<{ input: unknown, output: unknown, explanation: string | null }>, starterCode: Array<{ language: string, code: string }> } | null, design: { functionalRequirements: Array<string>, nonFunctionalRequirements: Array<string>, scale: Array<{ label: string, value: string }> } | null, behavioural: { competency: string, star: { situation: string, task: string, action: string, result: string } } | null } };

export type AttemptHistoryQueryVariables = Exact<{
  filter?: AttemptFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AttemptHistoryQuery = { attempts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, durationMs: number | null, score: number | null, rating: ReviewRating | null, hintsUsed: number, mockSessionId: string | null, practiceSetId: string | null, prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, topics: Array<{ id: string, title: string }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AttemptDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AttemptDetailQuery = { attempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, hintCount: number, referenceAnswer: string | null, followUps: Array<string> | null, topics: Array<{ id: string, title: string, areaTitle: string }>, rubric: Array<{ id: string, title: string, weight: number }>, hiddenTests: Array<{ input: unknown, output: unknown, note: string | null }> | null, rubricDetail: Array<{ id: string, title: string, weight: number, levels: Array<{ score: number, description: string }> }> | null, myReview: { due: string, state: ReviewState } | null } | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type StreakQueryVariables = Exact<{ [key: string]: never; }>;


export type StreakQuery = { streak: { activeToday: boolean, current: number, currentStart: string | null, lastActiveDay: string | null, longest: number, longestStart: string | null, longestEnd: string | null, timeZone: string, today: string } };

export type MockSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type MockSessionQuery = { mockSession: { id: string, joinCode: string, stack: Stack, level: Level, status: MockSessionStatus, phase: MockPhase, durationMinutes: number, swapRoles: boolean, myRole: MockRole | null, lastSeq: number, createdAt: string | null, endedAt: string | null, endReason: EndReason | null, participants: Array<{ userId: string, displayName: string, role: MockRole, active: boolean, online: boolean }>, currentPrompt: { candidateId: string | null, pushedAt: string, closedAt: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, draft: { text: string, language: string | null, updatedAt: string } | null, prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, hintCount: number, body: string, topics: Array<{ id: string, title: string, areaTitle: string }>, rubric: Array<{ id: string, title: string, weight: number }>, dsa: { harness: string, functionName: string | null, className: string | null, returns: string | null, compare: string, hiddenTestCount: number, params: Array<{ name: string, type: string }>, methods: Array<{ name: string, returns: string, params: Array<{ name: string, type: string }> }>, examples: Array<{ input: unknown, output: unknown, explanation: string | null }>, starterCode: Array<{ language: string, code: string }> } | null, design: { functionalRequirements: Array<string>, nonFunctionalRequirements: Array<string>, scale: Array<{ label: string, value: string }> } | null, behavioural: { competency: string, star: { situation: string, task: string, action: string, result: string } } | null } } | null, prompts: Array<{ candidateId: string | null, pushedAt: string, closedAt: string | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } }>, timer: { status: TimerStatus, durationMs: number, remainingMs: number, deadline: string | null }, chat: Array<{ at: string, authorId: string, text: string }>, notes: Array<{ at: string, authorId: string, text: string }>, scorecards: Array<{ promptId: string, candidateId: string, interviewerId: string, feedback: string, submittedAt: string, scores: Array<{ criterionId: string, score: number }> }>, interviewerMaterial: { promptId: string, hints: Array<string>, referenceAnswer: string, followUps: Array<string>, hiddenTests: unknown, rubric: Array<{ id: string, title: string, weight: number, levels: Array<{ score: number, description: string }> }> } | null } };

export type SessionEventFieldsFragment = { seq: number, type: SessionEventType, actorId: string | null, createdAt: string, visibility: EventVisibility, payload: unknown };

export type MockSessionEventsSubscriptionVariables = Exact<{
  sessionId: string | number;
  afterSeq: number;
}>;


export type MockSessionEventsSubscription = { mockSessionEvents: { seq: number, type: SessionEventType, actorId: string | null, createdAt: string, visibility: EventVisibility, payload: unknown } };

export type CreateMockSessionMutationVariables = Exact<{
  input: CreateMockSessionInput;
}>;


export type CreateMockSessionMutation = { createMockSession: { id: string, joinCode: string, stack: Stack, level: Level, status: MockSessionStatus, myRole: MockRole | null } };

export type JoinMockSessionMutationVariables = Exact<{
  code: string;
  role: MockRole;
}>;


export type JoinMockSessionMutation = { joinMockSession: { id: string, joinCode: string, stack: Stack, level: Level, status: MockSessionStatus, myRole: MockRole | null } };

export type LeaveMockSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type LeaveMockSessionMutation = { leaveMockSession: { seq: number, type: SessionEventType } };

export type PushPromptMutationVariables = Exact<{
  sessionId: string | number;
  promptId?: string | number | null | undefined;
}>;


export type PushPromptMutation = { pushPrompt: { seq: number, type: SessionEventType } };

export type RevealHintToCandidateMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type RevealHintToCandidateMutation = { revealHintToCandidate: { seq: number, type: SessionEventType } };

export type StartTimerMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type StartTimerMutation = { startTimer: { seq: number, type: SessionEventType } };

export type PauseTimerMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type PauseTimerMutation = { pauseTimer: { seq: number, type: SessionEventType } };

export type ResumeTimerMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type ResumeTimerMutation = { resumeTimer: { seq: number, type: SessionEventType } };

export type AddNoteMutationVariables = Exact<{
  sessionId: string | number;
  text: string;
}>;


export type AddNoteMutation = { addNote: { seq: number, type: SessionEventType } };

export type SubmitScorecardMutationVariables = Exact<{
  input: SubmitScorecardInput;
}>;


export type SubmitScorecardMutation = { submitScorecard: { seq: number, type: SessionEventType } };

export type SwapRolesMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type SwapRolesMutation = { swapRoles: { seq: number, type: SessionEventType } };

export type EndMockSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type EndMockSessionMutation = { endMockSession: { seq: number, type: SessionEventType } };

export type UpdateDraftMutationVariables = Exact<{
  sessionId: string | number;
  text: string;
  language?: string | null | undefined;
}>;


export type UpdateDraftMutation = { updateDraft: { written: boolean } };

export type SendChatMessageMutationVariables = Exact<{
  sessionId: string | number;
  text: string;
}>;


export type SendChatMessageMutation = { sendChatMessage: { seq: number, type: SessionEventType } };

export type MockSessionFeedbackQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type MockSessionFeedbackQuery = { mockSessionFeedback: Array<{ attemptId: string | null, feedback: string, interviewerId: string, score: number | null, prompt: { id: string, slug: string, title: string, kind: PromptKind }, scores: Array<{ criterionId: string, title: string, weight: number, score: number }> }> };

export type MockSessionTimelineQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type MockSessionTimelineQuery = { mockSessionTimeline: Array<{ seq: number, type: SessionEventType, actorId: string | null, createdAt: string, visibility: EventVisibility, payload: unknown }> };

export type PromptPickerQueryVariables = Exact<{
  filter?: PromptFilter | null | undefined;
  first: number;
}>;


export type PromptPickerQuery = { prompts: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number } }> } };

export type PromptNoteQueryVariables = Exact<{
  id: string | number;
}>;


export type PromptNoteQuery = { prompt: { id: string, myNote: { body: string, updatedAt: string } | null } };

export type SetPromptNoteMutationVariables = Exact<{
  input: SetPromptNoteInput;
}>;


export type SetPromptNoteMutation = { setPromptNote: { body: string, updatedAt: string } | null };

export type AttemptFieldsFragment = { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null };

export type PracticePromptQueryVariables = Exact<{
  slug: string;
}>;


export type PracticePromptQuery = { prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, stacks: Array<Stack>, hintCount: number, revision: number, body: string, topics: Array<{ id: string, title: string, areaTitle: string }>, rubric: Array<{ id: string, title: string, weight: number }>, myReview: { due: string, state: ReviewState, reps: number } | null, dsa: { harness: string, functionName: string | null, className: string | null, returns: string | null, compare: string, hiddenTestCount: number, params: Array<{ name: string, type: string }>, methods: Array<{ name: string, returns: string, params: Array<{ name: string, type: string }> }>, examples: Array<{ input: unknown, output: unknown, explanation: string | null }>, starterCode: Array<{ language: string, code: string }> } | null, design: { functionalRequirements: Array<string>, nonFunctionalRequirements: Array<string>, scale: Array<{ label: string, value: string }> } | null, behavioural: { competency: string, star: { situation: string, task: string, action: string, result: string } } | null } };

export type PromptAnswersQueryVariables = Exact<{
  id: string | number;
}>;


export type PromptAnswersQuery = { prompt: { id: string, answersRevealed: boolean | null, referenceAnswer: string | null, followUps: Array<string> | null, hiddenTests: Array<{ input: unknown, output: unknown, note: string | null }> | null, rubricDetail: Array<{ id: string, title: string, weight: number, levels: Array<{ score: number, description: string }> }> | null, myReview: { due: string, state: ReviewState, scheduledDays: number } | null } };

export type InProgressAttemptQueryVariables = Exact<{
  promptId: string | number;
}>;


export type InProgressAttemptQuery = { attempts: { edges: Array<{ node: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } }> } };

export type PracticeAttemptQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticeAttemptQuery = { attempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type StartAttemptMutationVariables = Exact<{
  input: StartAttemptInput;
}>;


export type StartAttemptMutation = { startAttempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type RevealHintMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type RevealHintMutation = { revealHint: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type SaveDraftMutationVariables = Exact<{
  input: SaveDraftInput;
}>;


export type SaveDraftMutation = { saveDraft: { id: string, answer: string, language: string | null } };

export type SubmitAttemptMutationVariables = Exact<{
  input: SubmitAttemptInput;
}>;


export type SubmitAttemptMutation = { submitAttempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type PauseAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type PauseAttemptMutation = { pauseAttempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type ResumeAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type ResumeAttemptMutation = { resumeAttempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type AbandonAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type AbandonAttemptMutation = { abandonAttempt: { id: string, promptId: string, promptRevision: number, mode: AttemptMode, status: AttemptStatus, startedAt: string, submittedAt: string | null, abandonedAt: string | null, durationMs: number | null, pausedAt: string | null, pausedMs: number, answer: string, language: string | null, hintsUsed: number, feedback: string | null, score: number | null, rating: ReviewRating | null, practiceSetId: string | null, mockSessionId: string | null, hints: Array<{ index: number, text: string, revealedAt: string }>, selfAssessment: Array<{ criterionId: string, score: number }> | null, scorecard: Array<{ criterionId: string, score: number }> | null } };

export type PracticeQueueQueryVariables = Exact<{
  stack?: Stack | null | undefined;
  kinds?: Array<PromptKind> | PromptKind | null | undefined;
  level?: Level | null | undefined;
  topics?: Array<string> | string | null | undefined;
  count: number;
}>;


export type PracticeQueueQuery = { practiceQueue: Array<{ reason: QueueReason, due: string | null, topic: string | null, inProgressAttemptId: string | null, prompt: { id: string, slug: string, title: string, kind: PromptKind, level: Level, difficulty: Difficulty, suggestedMinutes: number, topics: Array<{ id: string, title: string }> } }> };

export type InProgressAttemptsQueryVariables = Exact<{
  first: number;
}>;


export type InProgressAttemptsQuery = { attempts: { totalCount: number, edges: Array<{ node: { id: string, startedAt: string, practiceSetId: string | null, hintsUsed: number, prompt: { id: string, slug: string, title: string, kind: PromptKind, suggestedMinutes: number } | null } }> } };

export type DueReviewsQueryVariables = Exact<{
  first: number;
}>;


export type DueReviewsQuery = { dueReviews: { totalCount: number, edges: Array<{ node: { promptId: string, due: string, state: ReviewState, lapses: number, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null } }> } };

export type PracticeSetFieldsFragment = { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> };

export type PracticeSetQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticeSetQuery = { practiceSet: { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> } };

export type PracticeSetsQueryVariables = Exact<{
  first: number;
}>;


export type PracticeSetsQuery = { practiceSets: { totalCount: number, edges: Array<{ node: { id: string, status: PracticeSetStatus, startedAt: string, minutes: number, submittedCount: number, averageScore: number | null, remainingMs: number, items: Array<{ position: number }> } }> } };

export type StartPracticeSetMutationVariables = Exact<{
  input: StartPracticeSetInput;
}>;


export type StartPracticeSetMutation = { startPracticeSet: { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> } };

export type PausePracticeSetMutationVariables = Exact<{
  id: string | number;
}>;


export type PausePracticeSetMutation = { pausePracticeSet: { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> } };

export type ResumePracticeSetMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumePracticeSetMutation = { resumePracticeSet: { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> } };

export type FinishPracticeSetMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishPracticeSetMutation = { finishPracticeSet: { id: string, status: PracticeSetStatus, startedAt: string, finishedAt: string | null, pausedAt: string | null, minutes: number, elapsedMs: number, remainingMs: number, submittedCount: number, averageScore: number | null, stack: Stack | null, level: Level | null, kinds: Array<PromptKind>, topics: Array<string>, targets: Array<{ difficulty: Difficulty, targetMs: number }>, items: Array<{ position: number, promptId: string, difficulty: Difficulty, targetMs: number, status: AttemptStatus | null, prompt: { id: string, slug: string, title: string, kind: PromptKind } | null, attempt: { id: string, status: AttemptStatus, score: number | null } | null }> } };

export type ProgressFiguresFragment = { attempts: number, prompts: number, averageScore: number | null, bestScore: number | null, lastPractisedAt: string | null, mastery: number, retrievability: number | null, recentScore: number | null, evidence: number, promptsAnswered: number, promptsAvailable: number, dueReviews: number };

export type ProgressQueryVariables = Exact<{
  stack: Stack;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ProgressQuery = { progress: { stack: Stack, from: string, to: string, timeZone: string, weeks: Array<string>, overall: { attempts: number, prompts: number, averageScore: number | null, bestScore: number | null, lastPractisedAt: string | null, mastery: number, promptsAnswered: number, promptsAvailable: number, dueReviews: number, trend: Array<{ weekStart: string, attempts: number, averageScore: number }> }, kinds: Array<{ kind: PromptKind, attempts: number, averageScore: number | null, mastery: number, promptsAnswered: number, promptsAvailable: number, dueReviews: number }>, topics: Array<{ attempts: number, prompts: number, averageScore: number | null, bestScore: number | null, lastPractisedAt: string | null, mastery: number, retrievability: number | null, recentScore: number | null, evidence: number, promptsAnswered: number, promptsAvailable: number, dueReviews: number, topic: { id: string, title: string, area: string, areaTitle: string }, trend: Array<{ weekStart: string, attempts: number, averageScore: number }> }> } };

export type ReadinessFieldsFragment = { stack: Stack, level: Level, title: string, summary: string, readiness: number, coverage: number, masteryOfCovered: number | null, totalWeight: number, topics: Array<{ weight: number, mastery: number, practised: boolean, contribution: number, gap: number, topic: { id: string, title: string, areaTitle: string } }> };

export type ReadinessQueryVariables = Exact<{
  stack: Stack;
}>;


export type ReadinessQuery = { junior: { stack: Stack, level: Level, title: string, summary: string, readiness: number, coverage: number, masteryOfCovered: number | null, totalWeight: number, topics: Array<{ weight: number, mastery: number, practised: boolean, contribution: number, gap: number, topic: { id: string, title: string, areaTitle: string } }> }, mid: { stack: Stack, level: Level, title: string, summary: string, readiness: number, coverage: number, masteryOfCovered: number | null, totalWeight: number, topics: Array<{ weight: number, mastery: number, practised: boolean, contribution: number, gap: number, topic: { id: string, title: string, areaTitle: string } }> }, senior: { stack: Stack, level: Level, title: string, summary: string, readiness: number, coverage: number, masteryOfCovered: number | null, totalWeight: number, topics: Array<{ weight: number, mastery: number, practised: boolean, contribution: number, gap: number, topic: { id: string, title: string, areaTitle: string } }> }, staff: { stack: Stack, level: Level, title: string, summary: string, readiness: number, coverage: number, masteryOfCovered: number | null, totalWeight: number, topics: Array<{ weight: number, mastery: number, practised: boolean, contribution: number, gap: number, topic: { id: string, title: string, areaTitle: string } }> } };

export type WeakestTopicsQueryVariables = Exact<{
  stack: Stack;
}>;


export type WeakestTopicsQuery = { weakestTopics: Array<{ mastery: number, recentScore: number | null, attempts: number, dueReviews: number, promptsAnswered: number, promptsAvailable: number, topic: { id: string, title: string, areaTitle: string }, recommended: Array<{ reason: QueueReason, prompt: { id: string, slug: string, title: string, kind: PromptKind, difficulty: Difficulty } }> }> };

export type ActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityQuery = { activity: Array<{ date: string, attempts: number, averageScore: number | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PromptTextFragmentDoc = new TypedDocumentString(`
    fragment PromptText on Prompt {
  body
  dsa {
    harness
    functionName
    className
    params {
      name
      type
    }
    returns
    methods {
      name
      returns
      params {
        name
        type
      }
    }
    compare
    examples {
      input
      output
      explanation
    }
    hiddenTestCount
    starterCode {
      language
      code
    }
  }
  design {
    functionalRequirements
    nonFunctionalRequirements
    scale {
      label
      value
    }
  }
  behavioural {
    competency
    star {
      situation
      task
      action
      result
    }
  }
}
    `, {"fragmentName":"PromptText"}) as unknown as TypedDocumentString<PromptTextFragment, unknown>;
export const SessionEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionEventFields on SessionEvent {
  seq
  type
  actorId
  createdAt
  visibility
  payload
}
    `, {"fragmentName":"SessionEventFields"}) as unknown as TypedDocumentString<SessionEventFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}
    `, {"fragmentName":"AttemptFields"}) as unknown as TypedDocumentString<AttemptFieldsFragment, unknown>;
export const PracticeSetFieldsFragmentDoc = new TypedDocumentString(`
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}
    `, {"fragmentName":"PracticeSetFields"}) as unknown as TypedDocumentString<PracticeSetFieldsFragment, unknown>;
export const ProgressFiguresFragmentDoc = new TypedDocumentString(`
    fragment ProgressFigures on TopicProgress {
  attempts
  prompts
  averageScore
  bestScore
  lastPractisedAt
  mastery
  retrievability
  recentScore
  evidence
  promptsAnswered
  promptsAvailable
  dueReviews
}
    `, {"fragmentName":"ProgressFigures"}) as unknown as TypedDocumentString<ProgressFiguresFragment, unknown>;
export const ReadinessFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReadinessFields on Readiness {
  stack
  level
  title
  summary
  readiness
  coverage
  masteryOfCovered
  totalWeight
  topics {
    topic {
      id
      title
      areaTitle
    }
    weight
    mastery
    practised
    contribution
    gap
  }
}
    `, {"fragmentName":"ReadinessFields"}) as unknown as TypedDocumentString<ReadinessFieldsFragment, unknown>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($token: String!) {
  refreshToken(token: $token) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    targetStack
    targetLevel
    timezone
    dailyGoal
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    email
    displayName
    targetStack
    targetLevel
    timezone
    dailyGoal
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const AccountEventsDocument = new TypedDocumentString(`
    subscription AccountEvents {
  accountEvents {
    type
    occurredAt
    sessionId
    reason
    profile {
      id
      email
      displayName
      targetStack
      targetLevel
      timezone
      dailyGoal
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountEventsSubscription, AccountEventsSubscriptionVariables>;
export const ReviewSettingsDocument = new TypedDocumentString(`
    query ReviewSettings {
  reviewSettings {
    desiredRetention
  }
}
    `) as unknown as TypedDocumentString<ReviewSettingsQuery, ReviewSettingsQueryVariables>;
export const SetReviewSettingsDocument = new TypedDocumentString(`
    mutation SetReviewSettings($input: SetReviewSettingsInput!) {
  setReviewSettings(input: $input) {
    desiredRetention
  }
}
    `) as unknown as TypedDocumentString<SetReviewSettingsMutation, SetReviewSettingsMutationVariables>;
export const CatalogFacetsDocument = new TypedDocumentString(`
    query CatalogFacets {
  stacks {
    id
    title
    promptCount
    frameworks
  }
  topics {
    id
    area
    areaTitle
    title
    promptCount
  }
}
    `) as unknown as TypedDocumentString<CatalogFacetsQuery, CatalogFacetsQueryVariables>;
export const CatalogPromptsDocument = new TypedDocumentString(`
    query CatalogPrompts($filter: PromptFilter, $first: Int!, $after: String) {
  prompts(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        title
        kind
        level
        difficulty
        suggestedMinutes
        stacks
        tags
        topics {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogPromptsQuery, CatalogPromptsQueryVariables>;
export const PromptDetailDocument = new TypedDocumentString(`
    query PromptDetail($slug: String!) {
  prompt(slug: $slug) {
    id
    slug
    title
    kind
    level
    difficulty
    suggestedMinutes
    stacks
    tags
    hintCount
    revision
    topics {
      id
      title
      areaTitle
    }
    rubric {
      id
      title
      weight
    }
    ...PromptText
  }
}
    fragment PromptText on Prompt {
  body
  dsa {
    harness
    functionName
    className
    params {
      name
      type
    }
    returns
    methods {
      name
      returns
      params {
        name
        type
      }
    }
    compare
    examples {
      input
      output
      explanation
    }
    hiddenTestCount
    starterCode {
      language
      code
    }
  }
  design {
    functionalRequirements
    nonFunctionalRequirements
    scale {
      label
      value
    }
  }
  behavioural {
    competency
    star {
      situation
      task
      action
      result
    }
  }
}`) as unknown as TypedDocumentString<PromptDetailQuery, PromptDetailQueryVariables>;
export const AttemptHistoryDocument = new TypedDocumentString(`
    query AttemptHistory($filter: AttemptFilter, $first: Int!, $after: String) {
  attempts(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        mode
        status
        startedAt
        submittedAt
        durationMs
        score
        rating
        hintsUsed
        mockSessionId
        practiceSetId
        prompt {
          id
          slug
          title
          kind
          level
          difficulty
          topics {
            id
            title
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AttemptHistoryQuery, AttemptHistoryQueryVariables>;
export const AttemptDetailDocument = new TypedDocumentString(`
    query AttemptDetail($id: ID!) {
  attempt(id: $id) {
    ...AttemptFields
    prompt {
      id
      slug
      title
      kind
      level
      difficulty
      suggestedMinutes
      hintCount
      topics {
        id
        title
        areaTitle
      }
      rubric {
        id
        title
        weight
      }
      referenceAnswer
      followUps
      hiddenTests {
        input
        output
        note
      }
      rubricDetail {
        id
        title
        weight
        levels {
          score
          description
        }
      }
      myReview {
        due
        state
      }
    }
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<AttemptDetailQuery, AttemptDetailQueryVariables>;
export const StreakDocument = new TypedDocumentString(`
    query Streak {
  streak {
    activeToday
    current
    currentStart
    lastActiveDay
    longest
    longestStart
    longestEnd
    timeZone
    today
  }
}
    `) as unknown as TypedDocumentString<StreakQuery, StreakQueryVariables>;
export const MockSessionDocument = new TypedDocumentString(`
    query MockSession($sessionId: ID!) {
  mockSession(sessionId: $sessionId) {
    id
    joinCode
    stack
    level
    status
    phase
    durationMinutes
    swapRoles
    myRole
    lastSeq
    createdAt
    endedAt
    endReason
    participants {
      userId
      displayName
      role
      active
      online
    }
    currentPrompt {
      candidateId
      pushedAt
      closedAt
      hints {
        index
        text
        revealedAt
      }
      draft {
        text
        language
        updatedAt
      }
      prompt {
        id
        slug
        title
        kind
        level
        difficulty
        suggestedMinutes
        hintCount
        topics {
          id
          title
          areaTitle
        }
        rubric {
          id
          title
          weight
        }
        body
        dsa {
          harness
          functionName
          className
          params {
            name
            type
          }
          returns
          methods {
            name
            returns
            params {
              name
              type
            }
          }
          compare
          examples {
            input
            output
            explanation
          }
          hiddenTestCount
          starterCode {
            language
            code
          }
        }
        design {
          functionalRequirements
          nonFunctionalRequirements
          scale {
            label
            value
          }
        }
        behavioural {
          competency
          star {
            situation
            task
            action
            result
          }
        }
      }
    }
    prompts {
      candidateId
      pushedAt
      closedAt
      prompt {
        id
        slug
        title
        kind
      }
    }
    timer {
      status
      durationMs
      remainingMs
      deadline
    }
    chat {
      at
      authorId
      text
    }
    notes {
      at
      authorId
      text
    }
    scorecards {
      promptId
      candidateId
      interviewerId
      feedback
      submittedAt
      scores {
        criterionId
        score
      }
    }
    interviewerMaterial {
      promptId
      hints
      referenceAnswer
      followUps
      hiddenTests
      rubric {
        id
        title
        weight
        levels {
          score
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MockSessionQuery, MockSessionQueryVariables>;
export const MockSessionEventsDocument = new TypedDocumentString(`
    subscription MockSessionEvents($sessionId: ID!, $afterSeq: Int!) {
  mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) {
    ...SessionEventFields
  }
}
    fragment SessionEventFields on SessionEvent {
  seq
  type
  actorId
  createdAt
  visibility
  payload
}`) as unknown as TypedDocumentString<MockSessionEventsSubscription, MockSessionEventsSubscriptionVariables>;
export const CreateMockSessionDocument = new TypedDocumentString(`
    mutation CreateMockSession($input: CreateMockSessionInput!) {
  createMockSession(input: $input) {
    id
    joinCode
    stack
    level
    status
    myRole
  }
}
    `) as unknown as TypedDocumentString<CreateMockSessionMutation, CreateMockSessionMutationVariables>;
export const JoinMockSessionDocument = new TypedDocumentString(`
    mutation JoinMockSession($code: String!, $role: MockRole!) {
  joinMockSession(code: $code, role: $role) {
    id
    joinCode
    stack
    level
    status
    myRole
  }
}
    `) as unknown as TypedDocumentString<JoinMockSessionMutation, JoinMockSessionMutationVariables>;
export const LeaveMockSessionDocument = new TypedDocumentString(`
    mutation LeaveMockSession($sessionId: ID!) {
  leaveMockSession(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<LeaveMockSessionMutation, LeaveMockSessionMutationVariables>;
export const PushPromptDocument = new TypedDocumentString(`
    mutation PushPrompt($sessionId: ID!, $promptId: ID) {
  pushPrompt(sessionId: $sessionId, promptId: $promptId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<PushPromptMutation, PushPromptMutationVariables>;
export const RevealHintToCandidateDocument = new TypedDocumentString(`
    mutation RevealHintToCandidate($sessionId: ID!) {
  revealHintToCandidate(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<RevealHintToCandidateMutation, RevealHintToCandidateMutationVariables>;
export const StartTimerDocument = new TypedDocumentString(`
    mutation StartTimer($sessionId: ID!) {
  startTimer(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<StartTimerMutation, StartTimerMutationVariables>;
export const PauseTimerDocument = new TypedDocumentString(`
    mutation PauseTimer($sessionId: ID!) {
  pauseTimer(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<PauseTimerMutation, PauseTimerMutationVariables>;
export const ResumeTimerDocument = new TypedDocumentString(`
    mutation ResumeTimer($sessionId: ID!) {
  resumeTimer(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<ResumeTimerMutation, ResumeTimerMutationVariables>;
export const AddNoteDocument = new TypedDocumentString(`
    mutation AddNote($sessionId: ID!, $text: String!) {
  addNote(sessionId: $sessionId, text: $text) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<AddNoteMutation, AddNoteMutationVariables>;
export const SubmitScorecardDocument = new TypedDocumentString(`
    mutation SubmitScorecard($input: SubmitScorecardInput!) {
  submitScorecard(input: $input) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<SubmitScorecardMutation, SubmitScorecardMutationVariables>;
export const SwapRolesDocument = new TypedDocumentString(`
    mutation SwapRoles($sessionId: ID!) {
  swapRoles(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<SwapRolesMutation, SwapRolesMutationVariables>;
export const EndMockSessionDocument = new TypedDocumentString(`
    mutation EndMockSession($sessionId: ID!) {
  endMockSession(sessionId: $sessionId) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<EndMockSessionMutation, EndMockSessionMutationVariables>;
export const UpdateDraftDocument = new TypedDocumentString(`
    mutation UpdateDraft($sessionId: ID!, $text: String!, $language: String) {
  updateDraft(sessionId: $sessionId, text: $text, language: $language) {
    written
  }
}
    `) as unknown as TypedDocumentString<UpdateDraftMutation, UpdateDraftMutationVariables>;
export const SendChatMessageDocument = new TypedDocumentString(`
    mutation SendChatMessage($sessionId: ID!, $text: String!) {
  sendChatMessage(sessionId: $sessionId, text: $text) {
    seq
    type
  }
}
    `) as unknown as TypedDocumentString<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const MockSessionFeedbackDocument = new TypedDocumentString(`
    query MockSessionFeedback($sessionId: ID!) {
  mockSessionFeedback(sessionId: $sessionId) {
    attemptId
    feedback
    interviewerId
    score
    prompt {
      id
      slug
      title
      kind
    }
    scores {
      criterionId
      title
      weight
      score
    }
  }
}
    `) as unknown as TypedDocumentString<MockSessionFeedbackQuery, MockSessionFeedbackQueryVariables>;
export const MockSessionTimelineDocument = new TypedDocumentString(`
    query MockSessionTimeline($sessionId: ID!) {
  mockSessionTimeline(sessionId: $sessionId) {
    ...SessionEventFields
  }
}
    fragment SessionEventFields on SessionEvent {
  seq
  type
  actorId
  createdAt
  visibility
  payload
}`) as unknown as TypedDocumentString<MockSessionTimelineQuery, MockSessionTimelineQueryVariables>;
export const PromptPickerDocument = new TypedDocumentString(`
    query PromptPicker($filter: PromptFilter, $first: Int!) {
  prompts(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        slug
        title
        kind
        level
        difficulty
        suggestedMinutes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromptPickerQuery, PromptPickerQueryVariables>;
export const PromptNoteDocument = new TypedDocumentString(`
    query PromptNote($id: ID!) {
  prompt(id: $id) {
    id
    myNote {
      body
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PromptNoteQuery, PromptNoteQueryVariables>;
export const SetPromptNoteDocument = new TypedDocumentString(`
    mutation SetPromptNote($input: SetPromptNoteInput!) {
  setPromptNote(input: $input) {
    body
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetPromptNoteMutation, SetPromptNoteMutationVariables>;
export const PracticePromptDocument = new TypedDocumentString(`
    query PracticePrompt($slug: String!) {
  prompt(slug: $slug) {
    id
    slug
    title
    kind
    level
    difficulty
    suggestedMinutes
    stacks
    hintCount
    revision
    topics {
      id
      title
      areaTitle
    }
    rubric {
      id
      title
      weight
    }
    ...PromptText
    myReview {
      due
      state
      reps
    }
  }
}
    fragment PromptText on Prompt {
  body
  dsa {
    harness
    functionName
    className
    params {
      name
      type
    }
    returns
    methods {
      name
      returns
      params {
        name
        type
      }
    }
    compare
    examples {
      input
      output
      explanation
    }
    hiddenTestCount
    starterCode {
      language
      code
    }
  }
  design {
    functionalRequirements
    nonFunctionalRequirements
    scale {
      label
      value
    }
  }
  behavioural {
    competency
    star {
      situation
      task
      action
      result
    }
  }
}`) as unknown as TypedDocumentString<PracticePromptQuery, PracticePromptQueryVariables>;
export const PromptAnswersDocument = new TypedDocumentString(`
    query PromptAnswers($id: ID!) {
  prompt(id: $id) {
    id
    answersRevealed
    referenceAnswer
    followUps
    hiddenTests {
      input
      output
      note
    }
    rubricDetail {
      id
      title
      weight
      levels {
        score
        description
      }
    }
    myReview {
      due
      state
      scheduledDays
    }
  }
}
    `) as unknown as TypedDocumentString<PromptAnswersQuery, PromptAnswersQueryVariables>;
export const InProgressAttemptDocument = new TypedDocumentString(`
    query InProgressAttempt($promptId: ID!) {
  attempts(filter: {promptId: $promptId, status: IN_PROGRESS}, first: 1) {
    edges {
      node {
        ...AttemptFields
      }
    }
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<InProgressAttemptQuery, InProgressAttemptQueryVariables>;
export const PracticeAttemptDocument = new TypedDocumentString(`
    query PracticeAttempt($id: ID!) {
  attempt(id: $id) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<PracticeAttemptQuery, PracticeAttemptQueryVariables>;
export const StartAttemptDocument = new TypedDocumentString(`
    mutation StartAttempt($input: StartAttemptInput!) {
  startAttempt(input: $input) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<StartAttemptMutation, StartAttemptMutationVariables>;
export const RevealHintDocument = new TypedDocumentString(`
    mutation RevealHint($attemptId: ID!) {
  revealHint(attemptId: $attemptId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<RevealHintMutation, RevealHintMutationVariables>;
export const SaveDraftDocument = new TypedDocumentString(`
    mutation SaveDraft($input: SaveDraftInput!) {
  saveDraft(input: $input) {
    id
    answer
    language
  }
}
    `) as unknown as TypedDocumentString<SaveDraftMutation, SaveDraftMutationVariables>;
export const SubmitAttemptDocument = new TypedDocumentString(`
    mutation SubmitAttempt($input: SubmitAttemptInput!) {
  submitAttempt(input: $input) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<SubmitAttemptMutation, SubmitAttemptMutationVariables>;
export const PauseAttemptDocument = new TypedDocumentString(`
    mutation PauseAttempt($attemptId: ID!) {
  pauseAttempt(attemptId: $attemptId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<PauseAttemptMutation, PauseAttemptMutationVariables>;
export const ResumeAttemptDocument = new TypedDocumentString(`
    mutation ResumeAttempt($attemptId: ID!) {
  resumeAttempt(attemptId: $attemptId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<ResumeAttemptMutation, ResumeAttemptMutationVariables>;
export const AbandonAttemptDocument = new TypedDocumentString(`
    mutation AbandonAttempt($attemptId: ID!) {
  abandonAttempt(attemptId: $attemptId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  promptId
  promptRevision
  mode
  status
  startedAt
  submittedAt
  abandonedAt
  durationMs
  pausedAt
  pausedMs
  answer
  language
  hints {
    index
    text
    revealedAt
  }
  hintsUsed
  selfAssessment {
    criterionId
    score
  }
  scorecard {
    criterionId
    score
  }
  feedback
  score
  rating
  practiceSetId
  mockSessionId
}`) as unknown as TypedDocumentString<AbandonAttemptMutation, AbandonAttemptMutationVariables>;
export const PracticeQueueDocument = new TypedDocumentString(`
    query PracticeQueue($stack: Stack, $kinds: [PromptKind!], $level: Level, $topics: [String!], $count: Int!) {
  practiceQueue(
    stack: $stack
    kinds: $kinds
    level: $level
    topics: $topics
    count: $count
  ) {
    reason
    due
    topic
    inProgressAttemptId
    prompt {
      id
      slug
      title
      kind
      level
      difficulty
      suggestedMinutes
      topics {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PracticeQueueQuery, PracticeQueueQueryVariables>;
export const InProgressAttemptsDocument = new TypedDocumentString(`
    query InProgressAttempts($first: Int!) {
  attempts(filter: {status: IN_PROGRESS}, first: $first) {
    totalCount
    edges {
      node {
        id
        startedAt
        practiceSetId
        hintsUsed
        prompt {
          id
          slug
          title
          kind
          suggestedMinutes
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InProgressAttemptsQuery, InProgressAttemptsQueryVariables>;
export const DueReviewsDocument = new TypedDocumentString(`
    query DueReviews($first: Int!) {
  dueReviews(first: $first) {
    totalCount
    edges {
      node {
        promptId
        due
        state
        lapses
        prompt {
          id
          slug
          title
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DueReviewsQuery, DueReviewsQueryVariables>;
export const PracticeSetDocument = new TypedDocumentString(`
    query PracticeSet($id: ID!) {
  practiceSet(id: $id) {
    ...PracticeSetFields
  }
}
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}`) as unknown as TypedDocumentString<PracticeSetQuery, PracticeSetQueryVariables>;
export const PracticeSetsDocument = new TypedDocumentString(`
    query PracticeSets($first: Int!) {
  practiceSets(first: $first) {
    totalCount
    edges {
      node {
        id
        status
        startedAt
        minutes
        submittedCount
        averageScore
        remainingMs
        items {
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PracticeSetsQuery, PracticeSetsQueryVariables>;
export const StartPracticeSetDocument = new TypedDocumentString(`
    mutation StartPracticeSet($input: StartPracticeSetInput!) {
  startPracticeSet(input: $input) {
    ...PracticeSetFields
  }
}
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}`) as unknown as TypedDocumentString<StartPracticeSetMutation, StartPracticeSetMutationVariables>;
export const PausePracticeSetDocument = new TypedDocumentString(`
    mutation PausePracticeSet($id: ID!) {
  pausePracticeSet(id: $id) {
    ...PracticeSetFields
  }
}
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}`) as unknown as TypedDocumentString<PausePracticeSetMutation, PausePracticeSetMutationVariables>;
export const ResumePracticeSetDocument = new TypedDocumentString(`
    mutation ResumePracticeSet($id: ID!) {
  resumePracticeSet(id: $id) {
    ...PracticeSetFields
  }
}
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}`) as unknown as TypedDocumentString<ResumePracticeSetMutation, ResumePracticeSetMutationVariables>;
export const FinishPracticeSetDocument = new TypedDocumentString(`
    mutation FinishPracticeSet($id: ID!) {
  finishPracticeSet(id: $id) {
    ...PracticeSetFields
  }
}
    fragment PracticeSetFields on PracticeSet {
  id
  status
  startedAt
  finishedAt
  pausedAt
  minutes
  elapsedMs
  remainingMs
  submittedCount
  averageScore
  stack
  level
  kinds
  topics
  targets {
    difficulty
    targetMs
  }
  items {
    position
    promptId
    difficulty
    targetMs
    status
    prompt {
      id
      slug
      title
      kind
    }
    attempt {
      id
      status
      score
    }
  }
}`) as unknown as TypedDocumentString<FinishPracticeSetMutation, FinishPracticeSetMutationVariables>;
export const ProgressDocument = new TypedDocumentString(`
    query Progress($stack: Stack!, $from: String, $to: String) {
  progress(stack: $stack, from: $from, to: $to) {
    stack
    from
    to
    timeZone
    weeks
    overall {
      attempts
      prompts
      averageScore
      bestScore
      lastPractisedAt
      mastery
      promptsAnswered
      promptsAvailable
      dueReviews
      trend {
        weekStart
        attempts
        averageScore
      }
    }
    kinds {
      kind
      attempts
      averageScore
      mastery
      promptsAnswered
      promptsAvailable
      dueReviews
    }
    topics {
      topic {
        id
        title
        area
        areaTitle
      }
      ...ProgressFigures
      trend {
        weekStart
        attempts
        averageScore
      }
    }
  }
}
    fragment ProgressFigures on TopicProgress {
  attempts
  prompts
  averageScore
  bestScore
  lastPractisedAt
  mastery
  retrievability
  recentScore
  evidence
  promptsAnswered
  promptsAvailable
  dueReviews
}`) as unknown as TypedDocumentString<ProgressQuery, ProgressQueryVariables>;
export const ReadinessDocument = new TypedDocumentString(`
    query Readiness($stack: Stack!) {
  junior: readiness(stack: $stack, level: JUNIOR) {
    ...ReadinessFields
  }
  mid: readiness(stack: $stack, level: MID) {
    ...ReadinessFields
  }
  senior: readiness(stack: $stack, level: SENIOR) {
    ...ReadinessFields
  }
  staff: readiness(stack: $stack, level: STAFF) {
    ...ReadinessFields
  }
}
    fragment ReadinessFields on Readiness {
  stack
  level
  title
  summary
  readiness
  coverage
  masteryOfCovered
  totalWeight
  topics {
    topic {
      id
      title
      areaTitle
    }
    weight
    mastery
    practised
    contribution
    gap
  }
}`) as unknown as TypedDocumentString<ReadinessQuery, ReadinessQueryVariables>;
export const WeakestTopicsDocument = new TypedDocumentString(`
    query WeakestTopics($stack: Stack!) {
  weakestTopics(stack: $stack, count: 5, perTopic: 3) {
    topic {
      id
      title
      areaTitle
    }
    mastery
    recentScore
    attempts
    dueReviews
    promptsAnswered
    promptsAvailable
    recommended {
      reason
      prompt {
        id
        slug
        title
        kind
        difficulty
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WeakestTopicsQuery, WeakestTopicsQueryVariables>;
export const ActivityDocument = new TypedDocumentString(`
    query Activity {
  activity {
    date
    attempts
    averageScore
  }
}
    `) as unknown as TypedDocumentString<ActivityQuery, ActivityQueryVariables>;