import {
  CriterionScore,
  EndReason,
  EventVisibility,
  MockPhase,
  MockRole,
  MockSessionStatus,
  SessionEvent,
  SessionEventPayloads,
  SessionEventType,
  TimerStatus,
} from './domain';

export interface ParticipantState {
  userId: string;
  displayName: string;
  role: MockRole;
  /** False once the participant left the session. */
  active: boolean;
  /** Open subscriptions of this participant (presence: online while > 0). */
  connections: number;
  joinedAt: string;
}

export interface PushedPrompt {
  promptId: string;
  title: string;
  /** Who answered it: the candidate when it was pushed. */
  candidateId: string | null;
  interviewerId: string | null;
  pushedAt: string;
  /** When the next prompt replaced it or the session ended. */
  closedAt: string | null;
  /** Hints revealed to the candidate, in order. */
  hints: { index: number; text: string; at: string }[];
  /** The candidate's latest draft while this prompt was current. */
  draft: { text: string; language: string | null; at: string } | null;
}

export interface TimerState {
  status: TimerStatus;
  /** Planned length, ms. */
  durationMs: number;
  /** Remaining when last paused (or the full length before the start), ms. */
  remainingMs: number;
  /** When it runs out (while RUNNING), ISO-8601. */
  deadline: string | null;
}

export interface ScorecardState {
  promptId: string;
  candidateId: string;
  interviewerId: string;
  scores: CriterionScore[];
  feedback: string;
  at: string;
}

/** A mock session as its events say it is, up to `lastSeq`. */
export interface SessionState {
  id: string;
  lastSeq: number;
  joinCode: string;
  createdBy: string | null;
  createdAt: string | null;
  stack: string;
  level: string;
  plannedPromptIds: string[];
  durationMinutes: number;
  swapRoles: boolean;
  status: MockSessionStatus;
  phase: MockPhase;
  participants: Map<string, ParticipantState>;
  prompts: PushedPrompt[];
  timer: TimerState;
  notes: { authorId: string; text: string; at: string }[];
  /** Latest scorecard per (prompt, candidate). */
  scorecards: ScorecardState[];
  chat: { authorId: string; text: string; at: string }[];
  endedAt: string | null;
  endReason: EndReason | null;
  attempts: SessionEventPayloads['ATTEMPTS_RECORDED']['attempts'];
  /** Whether the ending's attempts have been recorded (ATTEMPTS_RECORDED is in the log). */
  attemptsRecorded: boolean;
}

export function emptySession(id: string): SessionState {
  return {
    id,
    lastSeq: 0,
    joinCode: '',
    createdBy: null,
    createdAt: null,
    stack: '',
    level: '',
    plannedPromptIds: [],
    durationMinutes: 0,
    swapRoles: false,
    status: MockSessionStatus.LIVE,
    phase: MockPhase.LOBBY,
    participants: new Map(),
    prompts: [],
    timer: { status: TimerStatus.IDLE, durationMs: 0, remainingMs: 0, deadline: null },
    notes: [],
    scorecards: [],
    chat: [],
    endedAt: null,
    endReason: null,
    attempts: [],
    attemptsRecorded: false,
  };
}

/** The active participant holding `role` (interviewer or candidate), if any. */
export function holderOf(state: SessionState, role: MockRole): ParticipantState | undefined {
  return [...state.participants.values()].find((p) => p.active && p.role === role);
}

/** The role of an active participant, or undefined for anybody else. */
export function roleOf(state: SessionState, userId: string): MockRole | undefined {
  const p = state.participants.get(userId);
  return p?.active ? p.role : undefined;
}

export function currentPrompt(state: SessionState): PushedPrompt | undefined {
  const last = state.prompts.at(-1);
  return last && !last.closedAt ? last : undefined;
}

type Handler<T extends SessionEventType> = (s: SessionState, e: SessionEvent<T>) => void;

const HANDLERS: { [T in SessionEventType]: Handler<T> } = {
  SESSION_CREATED: (s, e) => {
    Object.assign(s, e.payload, { createdBy: e.actorId, createdAt: e.createdAt });
    s.timer = { status: TimerStatus.IDLE, durationMs: e.payload.durationMinutes * 60_000, remainingMs: e.payload.durationMinutes * 60_000, deadline: null };
  },
  PARTICIPANT_JOINED: (s, e) => {
    const before = s.participants.get(e.payload.userId);
    s.participants.set(e.payload.userId, {
      userId: e.payload.userId,
      displayName: e.payload.displayName,
      role: e.payload.role,
      active: true,
      connections: before?.connections ?? 0,
      joinedAt: e.createdAt,
    });
  },
  PARTICIPANT_LEFT: (s, e) => {
    const p = s.participants.get(e.payload.userId);
    if (p) p.active = false;
  },
  PRESENCE_CHANGED: (s, e) => {
    const p = s.participants.get(e.payload.userId);
    if (p) p.connections = Math.max(0, p.connections + e.payload.delta);
  },
  PROMPT_PUSHED: (s, e) => {
    const open = currentPrompt(s);
    if (open) open.closedAt = e.createdAt;
    s.prompts.push({
      promptId: e.payload.promptId,
      title: e.payload.title,
      candidateId: e.payload.candidateId,
      interviewerId: e.actorId,
      pushedAt: e.createdAt,
      closedAt: null,
      hints: [],
      draft: null,
    });
  },
  HINT_REVEALED: (s, e) => {
    currentPrompt(s)?.hints.push({ index: e.payload.index, text: e.payload.text, at: e.createdAt });
  },
  TIMER_STARTED: (s, e) => {
    s.phase = MockPhase.IN_PROGRESS;
    s.timer = { status: TimerStatus.RUNNING, durationMs: e.payload.durationMs, remainingMs: e.payload.durationMs, deadline: e.payload.deadline };
  },
  TIMER_PAUSED: (s, e) => {
    s.timer = { ...s.timer, status: TimerStatus.PAUSED, remainingMs: e.payload.remainingMs, deadline: null };
  },
  TIMER_RESUMED: (s, e) => {
    s.timer = { ...s.timer, status: TimerStatus.RUNNING, deadline: e.payload.deadline };
  },
  TIMER_EXPIRED: (s) => {
    s.timer = { ...s.timer, status: TimerStatus.EXPIRED, remainingMs: 0, deadline: null };
  },
  NOTE_ADDED: (s, e) => {
    s.notes.push({ authorId: e.actorId ?? '', text: e.payload.text, at: e.createdAt });
  },
  SCORECARD_SUBMITTED: (s, e) => {
    const card = { ...e.payload, interviewerId: e.actorId ?? '', at: e.createdAt };
    const i = s.scorecards.findIndex((c) => c.promptId === card.promptId && c.candidateId === card.candidateId);
    if (i >= 0) s.scorecards[i] = card;
    else s.scorecards.push(card);
  },
  ROLES_SWAPPED: (s, e) => {
    const interviewer = s.participants.get(e.payload.interviewerId);
    const candidate = s.participants.get(e.payload.candidateId);
    if (interviewer) interviewer.role = MockRole.INTERVIEWER;
    if (candidate) candidate.role = MockRole.CANDIDATE;
    const open = currentPrompt(s);
    if (open) open.closedAt = e.createdAt;
  },
  DRAFT_UPDATED: (s, e) => {
    const open = currentPrompt(s);
    if (open && open.promptId === e.payload.promptId) open.draft = { text: e.payload.text, language: e.payload.language, at: e.createdAt };
  },
  CHAT_MESSAGE: (s, e) => {
    s.chat.push({ authorId: e.actorId ?? '', text: e.payload.text, at: e.createdAt });
  },
  SESSION_ENDED: (s, e) => {
    s.status = MockSessionStatus.ENDED;
    s.phase = MockPhase.ENDED;
    s.endedAt = e.createdAt;
    s.endReason = e.payload.reason;
    const open = currentPrompt(s);
    if (open) open.closedAt = e.createdAt;
    if (s.timer.status === TimerStatus.RUNNING) s.timer = { ...s.timer, status: TimerStatus.EXPIRED, deadline: null };
  },
  ATTEMPTS_RECORDED: (s, e) => {
    s.attempts = e.payload.attempts;
    s.attemptsRecorded = true;
  },
};

/**
 * Applies events, in seq order, to a state (mutated and returned). Events at or below
 * `state.lastSeq` are ignored, so a fold can be resumed from a cached state.
 *
 * @throws Error on a gap in seq (the caller read the log wrongly)
 */
export function foldEvents(state: SessionState, events: Iterable<SessionEvent>): SessionState {
  for (const event of events) {
    if (event.seq <= state.lastSeq) continue;
    if (event.seq !== state.lastSeq + 1) throw new Error(`session ${state.id}: event ${event.seq} after ${state.lastSeq}`);
    (HANDLERS[event.type] as Handler<SessionEventType>)(state, event);
    state.lastSeq = event.seq;
  }
  return state;
}

/**
 * Whether a participant may receive an event. ALL events go to every participant; an
 * INTERVIEWERS event only to someone who was an interviewer when it was written and is one
 * when it is delivered (so a role swap does not hand the new interviewer the notes and
 * scorecards about themselves).
 */
export function mayReceive(event: SessionEvent, roleWhenWritten: MockRole | undefined, roleNow: MockRole | undefined): boolean {
  if (roleNow === undefined) return false;
  if (event.visibility === EventVisibility.ALL) return true;
  return roleWhenWritten === MockRole.INTERVIEWER && roleNow === MockRole.INTERVIEWER;
}

/** Remaining time on the timer at `now`, ms (0 when expired). */
export function remainingMs(timer: TimerState, now: Date): number {
  if (timer.status === TimerStatus.RUNNING && timer.deadline) return Math.max(0, Date.parse(timer.deadline) - now.getTime());
  if (timer.status === TimerStatus.EXPIRED) return 0;
  return timer.remainingMs;
}

/**
 * Applies a role-changing event (join, leave, swap) to a user → role map; other events leave
 * it as it is. Used where the full fold is not needed: visibility at replay and delivery.
 */
export function trackRoles(roles: Map<string, MockRole | undefined>, e: SessionEvent): void {
  if (e.type === 'PARTICIPANT_JOINED') {
    const p = e.payload as SessionEventPayloads['PARTICIPANT_JOINED'];
    roles.set(p.userId, p.role);
  } else if (e.type === 'PARTICIPANT_LEFT') {
    roles.set((e.payload as SessionEventPayloads['PARTICIPANT_LEFT']).userId, undefined);
  } else if (e.type === 'ROLES_SWAPPED') {
    const p = e.payload as SessionEventPayloads['ROLES_SWAPPED'];
    roles.set(p.interviewerId, MockRole.INTERVIEWER);
    roles.set(p.candidateId, MockRole.CANDIDATE);
  }
}
