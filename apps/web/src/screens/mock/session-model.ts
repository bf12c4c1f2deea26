import type { MockRole, MockSessionQuery, SessionEventFieldsFragment, SessionEventType } from '../../gql/graphql';

export type SessionView = MockSessionQuery['mockSession'];
export type SessionEvent = SessionEventFieldsFragment;

/**
 * Payload of each event type, as the API writes them (libs/interviews/src/domain.ts,
 * SessionEventPayloads): times are ISO-8601 strings, durations ms. The schema types `payload`
 * as JSON; this is the client's reading of it.
 */
export interface SessionEventPayloads {
  SESSION_CREATED: { joinCode: string; stack: string; level: string; plannedPromptIds: string[]; durationMinutes: number; swapRoles: boolean };
  PARTICIPANT_JOINED: { userId: string; displayName: string; role: MockRole };
  PARTICIPANT_LEFT: { userId: string };
  PRESENCE_CHANGED: { userId: string; delta: 1 | -1 };
  PROMPT_PUSHED: { promptId: string; title: string; candidateId: string | null };
  HINT_REVEALED: { promptId: string; index: number; text: string };
  TIMER_STARTED: { durationMs: number; deadline: string };
  TIMER_PAUSED: { remainingMs: number };
  TIMER_RESUMED: { deadline: string };
  TIMER_EXPIRED: Record<string, never>;
  NOTE_ADDED: { text: string };
  SCORECARD_SUBMITTED: { promptId: string; candidateId: string; scores: { criterionId: string; score: number }[]; feedback: string };
  ROLES_SWAPPED: { interviewerId: string; candidateId: string };
  DRAFT_UPDATED: { promptId: string | null; text: string; language: string | null };
  CHAT_MESSAGE: { text: string };
  SESSION_ENDED: { reason: 'ENDED_BY_INTERVIEWER' | 'TIMER_EXPIRED' };
  ATTEMPTS_RECORDED: { attempts: { promptId: string; candidateId: string; attemptId: string; score: number }[] };
}

/** The timer's status in words. */
export const TIMER_STATUS = { IDLE: 'not started', RUNNING: 'running', PAUSED: 'paused', EXPIRED: 'time is up' } as const;

/** A participant's display name, for chat lines and scorecards. */
export const nameOf = (view: SessionView, userId: string | null | undefined) => view.participants.find((p) => p.userId === userId)?.displayName ?? 'Someone';

/** An event with its payload typed by its type. */
export function payloadOf<T extends SessionEventType>(event: SessionEvent, type: T): SessionEventPayloads[T] | null {
  return event.type === type ? (event.payload as SessionEventPayloads[T]) : null;
}

/**
 * Applies one event to a session view, returning a new view (the parts that change are new
 * objects, so a screen re-renders them). `refetch` says the event changes what the event itself
 * does not carry (a pushed prompt's text, the material a new role may see, presence that may
 * still hold through another tab), so the room reads the session again.
 */
export function applyEvent(view: SessionView, event: SessionEvent, me: string): { view: SessionView; refetch: boolean } {
  if (event.seq <= view.lastSeq) return { view, refetch: false };
  const next: SessionView = { ...view, lastSeq: event.seq };
  const current = view.currentPrompt;
  let refetch = false;
  switch (event.type) {
    case 'PARTICIPANT_JOINED': {
      const p = event.payload as SessionEventPayloads['PARTICIPANT_JOINED'];
      const before = view.participants.find((x) => x.userId === p.userId);
      const joined = { userId: p.userId, displayName: p.displayName, role: p.role, active: true, online: before?.online ?? false };
      next.participants = before ? view.participants.map((x) => (x.userId === p.userId ? joined : x)) : [...view.participants, joined];
      if (p.userId === me) next.myRole = p.role;
      break;
    }
    case 'PARTICIPANT_LEFT': {
      const p = event.payload as SessionEventPayloads['PARTICIPANT_LEFT'];
      next.participants = view.participants.map((x) => (x.userId === p.userId ? { ...x, active: false } : x));
      if (p.userId === me) next.myRole = null;
      break;
    }
    case 'PRESENCE_CHANGED': {
      const p = event.payload as SessionEventPayloads['PRESENCE_CHANGED'];
      // Online as soon as one connection opens; offline only when the server says none is left.
      if (p.delta > 0) next.participants = view.participants.map((x) => (x.userId === p.userId ? { ...x, online: true } : x));
      else refetch = true;
      break;
    }
    case 'HINT_REVEALED': {
      const p = event.payload as SessionEventPayloads['HINT_REVEALED'];
      if (current && current.prompt.id === p.promptId && !current.hints.some((h) => h.index === p.index)) {
        next.currentPrompt = { ...current, hints: [...current.hints, { index: p.index, text: p.text, revealedAt: event.createdAt }] };
      }
      break;
    }
    case 'TIMER_STARTED': {
      const p = event.payload as SessionEventPayloads['TIMER_STARTED'];
      next.phase = 'IN_PROGRESS';
      next.timer = { status: 'RUNNING', durationMs: p.durationMs, remainingMs: p.durationMs, deadline: p.deadline };
      break;
    }
    case 'TIMER_PAUSED': {
      const p = event.payload as SessionEventPayloads['TIMER_PAUSED'];
      next.timer = { ...view.timer, status: 'PAUSED', remainingMs: p.remainingMs, deadline: null };
      break;
    }
    case 'TIMER_RESUMED': {
      const p = event.payload as SessionEventPayloads['TIMER_RESUMED'];
      next.timer = { ...view.timer, status: 'RUNNING', deadline: p.deadline };
      break;
    }
    case 'TIMER_EXPIRED':
      next.timer = { ...view.timer, status: 'EXPIRED', remainingMs: 0, deadline: null };
      break;
    case 'NOTE_ADDED': {
      const p = event.payload as SessionEventPayloads['NOTE_ADDED'];
      next.notes = [...view.notes, { at: event.createdAt, authorId: event.actorId ?? '', text: p.text }];
      break;
    }
    case 'SCORECARD_SUBMITTED': {
      const p = event.payload as SessionEventPayloads['SCORECARD_SUBMITTED'];
      const card = { promptId: p.promptId, candidateId: p.candidateId, interviewerId: event.actorId ?? '', feedback: p.feedback, submittedAt: event.createdAt, scores: p.scores };
      const same = (c: { promptId: string; candidateId: string }) => c.promptId === p.promptId && c.candidateId === p.candidateId;
      next.scorecards = view.scorecards.some(same) ? view.scorecards.map((c) => (same(c) ? card : c)) : [...view.scorecards, card];
      break;
    }
    case 'DRAFT_UPDATED': {
      const p = event.payload as SessionEventPayloads['DRAFT_UPDATED'];
      if (current && current.prompt.id === p.promptId) next.currentPrompt = { ...current, draft: { text: p.text, language: p.language, updatedAt: event.createdAt } };
      break;
    }
    case 'CHAT_MESSAGE': {
      const p = event.payload as SessionEventPayloads['CHAT_MESSAGE'];
      next.chat = [...view.chat, { at: event.createdAt, authorId: event.actorId ?? '', text: p.text }];
      break;
    }
    case 'ROLES_SWAPPED': {
      const p = event.payload as SessionEventPayloads['ROLES_SWAPPED'];
      const role = (userId: string): MockRole | null => (userId === p.interviewerId ? 'INTERVIEWER' : userId === p.candidateId ? 'CANDIDATE' : null);
      next.participants = view.participants.map((x) => ({ ...x, role: role(x.userId) ?? x.role }));
      next.myRole = role(me) ?? view.myRole;
      next.currentPrompt = null;
      next.interviewerMaterial = null;
      refetch = true;
      break;
    }
    case 'SESSION_ENDED': {
      const p = event.payload as SessionEventPayloads['SESSION_ENDED'];
      next.status = 'ENDED';
      next.phase = 'ENDED';
      next.endedAt = event.createdAt;
      next.endReason = p.reason;
      next.currentPrompt = null;
      next.interviewerMaterial = null;
      if (view.timer.status === 'RUNNING') next.timer = { ...view.timer, status: 'EXPIRED', deadline: null };
      refetch = true;
      break;
    }
    case 'PROMPT_PUSHED':
    case 'ATTEMPTS_RECORDED':
      refetch = true;
      break;
    case 'SESSION_CREATED':
      break;
  }
  return { view: next, refetch };
}

/** Events kept past the last snapshot before the room reads the session again anyway. */
const MAX_BUFFER = 300;

/**
 * A session as the room shows it: the last snapshot the API returned (mockSession, up to its
 * lastSeq) with the events followed since folded in. A newer snapshot replaces the base and
 * the events after it are folded in again, so snapshot and events can arrive in any order.
 */
export class SessionFold {
  private base: SessionView;
  private events: SessionEvent[] = [];
  view: SessionView;

  constructor(
    snapshot: SessionView,
    private readonly me: string,
  ) {
    this.base = snapshot;
    this.view = snapshot;
  }

  /** @returns whether the session should be read again */
  apply(event: SessionEvent): boolean {
    if (event.seq <= this.view.lastSeq) return false;
    this.events.push(event);
    const { view, refetch } = applyEvent(this.view, event, this.me);
    this.view = view;
    return refetch || this.events.length > MAX_BUFFER;
  }

  /** A snapshot read again; ignored when older than the one in use. @returns whether the view changed */
  rebase(snapshot: SessionView): boolean {
    if (snapshot.lastSeq < this.base.lastSeq) return false;
    this.base = snapshot;
    this.events = this.events.filter((e) => e.seq > snapshot.lastSeq);
    this.view = this.events.reduce((v, e) => applyEvent(v, e, this.me).view, snapshot);
    return true;
  }
}
