import type { CriterionScore } from '@prepstack/practice';

/**
 * The mock-interview vocabulary and the one map of event payloads (STYLE.md 5: event payloads
 * are typed by one map). An event is `(sessionId, seq)` with a type, an actor, a payload and a
 * visibility; a session's state is the fold of its events (session-state.ts).
 */

export enum MockRole {
  INTERVIEWER = 'INTERVIEWER',
  CANDIDATE = 'CANDIDATE',
  OBSERVER = 'OBSERVER',
}

/** Who may receive an event: everybody in the session, or interviewers only. */
export enum EventVisibility {
  ALL = 'ALL',
  INTERVIEWERS = 'INTERVIEWERS',
}

export enum MockSessionStatus {
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}

export enum MockPhase {
  /** Created; the timer has not started. */
  LOBBY = 'LOBBY',
  IN_PROGRESS = 'IN_PROGRESS',
  ENDED = 'ENDED',
}

export enum TimerStatus {
  IDLE = 'IDLE',
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  EXPIRED = 'EXPIRED',
}

export enum EndReason {
  ENDED_BY_INTERVIEWER = 'ENDED_BY_INTERVIEWER',
  TIMER_EXPIRED = 'TIMER_EXPIRED',
}

/** A rubric criterion's score, 0 (not addressed) .. 3, as practice defines it. */
export type { CriterionScore };

/** Payload of each event type. Times are ISO-8601 strings, durations milliseconds. */
export interface SessionEventPayloads {
  SESSION_CREATED: { joinCode: string; stack: string; level: string; plannedPromptIds: string[]; durationMinutes: number; swapRoles: boolean };
  PARTICIPANT_JOINED: { userId: string; displayName: string; role: MockRole };
  PARTICIPANT_LEFT: { userId: string };
  /** A subscription of the user opened (+1) or closed (-1). */
  PRESENCE_CHANGED: { userId: string; delta: 1 | -1 };
  PROMPT_PUSHED: { promptId: string; title: string; candidateId: string | null };
  HINT_REVEALED: { promptId: string; index: number; text: string };
  TIMER_STARTED: { durationMs: number; deadline: string };
  TIMER_PAUSED: { remainingMs: number };
  TIMER_RESUMED: { deadline: string };
  TIMER_EXPIRED: Record<string, never>;
  NOTE_ADDED: { text: string };
  SCORECARD_SUBMITTED: { promptId: string; candidateId: string; scores: CriterionScore[]; feedback: string };
  ROLES_SWAPPED: { interviewerId: string; candidateId: string };
  DRAFT_UPDATED: { promptId: string | null; text: string; language: string | null };
  CHAT_MESSAGE: { text: string };
  SESSION_ENDED: { reason: EndReason };
  ATTEMPTS_RECORDED: { attempts: { promptId: string; candidateId: string; attemptId: string; score: number }[] };
}

export type SessionEventType = keyof SessionEventPayloads;

export const SESSION_EVENT_TYPES = [
  'SESSION_CREATED',
  'PARTICIPANT_JOINED',
  'PARTICIPANT_LEFT',
  'PRESENCE_CHANGED',
  'PROMPT_PUSHED',
  'HINT_REVEALED',
  'TIMER_STARTED',
  'TIMER_PAUSED',
  'TIMER_RESUMED',
  'TIMER_EXPIRED',
  'NOTE_ADDED',
  'SCORECARD_SUBMITTED',
  'ROLES_SWAPPED',
  'DRAFT_UPDATED',
  'CHAT_MESSAGE',
  'SESSION_ENDED',
  'ATTEMPTS_RECORDED',
] as const satisfies readonly SessionEventType[];

/** Event types only interviewers receive while they are interviewers. */
export const INTERVIEWER_ONLY: ReadonlySet<SessionEventType> = new Set(['NOTE_ADDED', 'SCORECARD_SUBMITTED']);

/** A committed event, as stored and as published. */
export interface SessionEvent<T extends SessionEventType = SessionEventType> {
  sessionId: string;
  /** 1, 2, 3… per session, gap-free. */
  seq: number;
  type: T;
  /** The user who acted; null for events the server raised (timer expiry). */
  actorId: string | null;
  payload: SessionEventPayloads[T];
  visibility: EventVisibility;
  /** ISO-8601 */
  createdAt: string;
}

/** What an action asks the log to append (seq and time are assigned by the log). */
export interface NewEvent<T extends SessionEventType = SessionEventType> {
  type: T;
  payload: SessionEventPayloads[T];
}

export function newEvent<T extends SessionEventType>(type: T, payload: SessionEventPayloads[T]): NewEvent<T> {
  return { type, payload };
}

export function visibilityOf(type: SessionEventType): EventVisibility {
  return INTERVIEWER_ONLY.has(type) ? EventVisibility.INTERVIEWERS : EventVisibility.ALL;
}
