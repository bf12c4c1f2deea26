import type { MockRole, TimerStatus } from '../../gql/graphql';
import { ROLE_LABEL } from '../../lib/labels';
import { durationWords } from '../../lib/server-clock';
import type { SessionEvent, SessionEventPayloads } from './session-model';

/** What a session looked like right after one event of its log: what a replay shows. */
export interface ReplayState {
  /** Index of the event in the timeline. */
  index: number;
  /** ms since the first event. */
  elapsedMs: number;
  prompt: { promptId: string; title: string; candidateId: string | null } | null;
  hints: string[];
  draft: { text: string; language: string | null } | null;
  chat: { at: string; authorId: string; text: string }[];
  notes: { at: string; text: string }[];
  timer: TimerStatus;
  roles: Record<string, MockRole | null>;
  ended: boolean;
}

/** Display names by user id, from the timeline's own PARTICIPANT_JOINED events. */
export function namesOf(events: SessionEvent[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const e of events) {
    if (e.type === 'PARTICIPANT_JOINED') {
      const p = e.payload as SessionEventPayloads['PARTICIPANT_JOINED'];
      names[p.userId] = p.displayName;
    }
  }
  return names;
}

/** Folds the timeline up to and including `index` (the replay's position). */
export function replayAt(events: SessionEvent[], index: number): ReplayState {
  const start = events.length ? Date.parse(events[0].createdAt) : 0;
  const s: ReplayState = { index, elapsedMs: 0, prompt: null, hints: [], draft: null, chat: [], notes: [], timer: 'IDLE', roles: {}, ended: false };
  for (const e of events.slice(0, index + 1)) {
    s.elapsedMs = Date.parse(e.createdAt) - start;
    switch (e.type) {
      case 'PARTICIPANT_JOINED': {
        const p = e.payload as SessionEventPayloads['PARTICIPANT_JOINED'];
        s.roles[p.userId] = p.role;
        break;
      }
      case 'PARTICIPANT_LEFT':
        s.roles[(e.payload as SessionEventPayloads['PARTICIPANT_LEFT']).userId] = null;
        break;
      case 'PROMPT_PUSHED': {
        const p = e.payload as SessionEventPayloads['PROMPT_PUSHED'];
        s.prompt = { promptId: p.promptId, title: p.title, candidateId: p.candidateId };
        s.hints = [];
        s.draft = null;
        break;
      }
      case 'HINT_REVEALED':
        s.hints = [...s.hints, (e.payload as SessionEventPayloads['HINT_REVEALED']).text];
        break;
      case 'DRAFT_UPDATED': {
        const p = e.payload as SessionEventPayloads['DRAFT_UPDATED'];
        if (s.prompt && s.prompt.promptId === p.promptId) s.draft = { text: p.text, language: p.language };
        break;
      }
      case 'CHAT_MESSAGE':
        s.chat = [...s.chat, { at: e.createdAt, authorId: e.actorId ?? '', text: (e.payload as SessionEventPayloads['CHAT_MESSAGE']).text }];
        break;
      case 'NOTE_ADDED':
        s.notes = [...s.notes, { at: e.createdAt, text: (e.payload as SessionEventPayloads['NOTE_ADDED']).text }];
        break;
      case 'TIMER_STARTED':
      case 'TIMER_RESUMED':
        s.timer = 'RUNNING';
        break;
      case 'TIMER_PAUSED':
        s.timer = 'PAUSED';
        break;
      case 'TIMER_EXPIRED':
        s.timer = 'EXPIRED';
        break;
      case 'ROLES_SWAPPED': {
        const p = e.payload as SessionEventPayloads['ROLES_SWAPPED'];
        s.roles[p.interviewerId] = 'INTERVIEWER';
        s.roles[p.candidateId] = 'CANDIDATE';
        s.prompt = null;
        s.hints = [];
        s.draft = null;
        break;
      }
      case 'SESSION_ENDED':
        s.ended = true;
        break;
      default:
        break;
    }
  }
  return s;
}

/** One line for an event of the log, in words. */
export function describeEvent(e: SessionEvent, names: Record<string, string>): string {
  const who = (id: string | null | undefined) => (id ? (names[id] ?? 'Someone') : 'The server');
  switch (e.type) {
    case 'SESSION_CREATED': {
      const p = e.payload as SessionEventPayloads['SESSION_CREATED'];
      return `${who(e.actorId)} created the session (${p.durationMinutes} min)`;
    }
    case 'PARTICIPANT_JOINED': {
      const p = e.payload as SessionEventPayloads['PARTICIPANT_JOINED'];
      return `${p.displayName} joined as ${ROLE_LABEL[p.role].toLowerCase()}`;
    }
    case 'PARTICIPANT_LEFT':
      return `${who((e.payload as SessionEventPayloads['PARTICIPANT_LEFT']).userId)} left`;
    case 'PRESENCE_CHANGED': {
      const p = e.payload as SessionEventPayloads['PRESENCE_CHANGED'];
      return `${who(p.userId)} ${p.delta > 0 ? 'connected' : 'disconnected'}`;
    }
    case 'PROMPT_PUSHED':
      return `Prompt shown: ${(e.payload as SessionEventPayloads['PROMPT_PUSHED']).title}`;
    case 'HINT_REVEALED':
      return `Hint ${(e.payload as SessionEventPayloads['HINT_REVEALED']).index + 1} revealed`;
    case 'TIMER_STARTED':
      return `Timer started (${durationWords((e.payload as SessionEventPayloads['TIMER_STARTED']).durationMs)})`;
    case 'TIMER_PAUSED':
      return `Timer paused, ${durationWords((e.payload as SessionEventPayloads['TIMER_PAUSED']).remainingMs)} left`;
    case 'TIMER_RESUMED':
      return 'Timer resumed';
    case 'TIMER_EXPIRED':
      return 'Time ran out';
    case 'NOTE_ADDED':
      return `${who(e.actorId)} noted: ${(e.payload as SessionEventPayloads['NOTE_ADDED']).text}`;
    case 'SCORECARD_SUBMITTED':
      return `${who(e.actorId)} submitted a scorecard`;
    case 'ROLES_SWAPPED': {
      const p = e.payload as SessionEventPayloads['ROLES_SWAPPED'];
      return `Roles swapped: ${who(p.interviewerId)} interviews ${who(p.candidateId)}`;
    }
    case 'DRAFT_UPDATED': {
      const p = e.payload as SessionEventPayloads['DRAFT_UPDATED'];
      return `${who(e.actorId)} wrote (${p.text.length} character${p.text.length === 1 ? '' : 's'})`;
    }
    case 'CHAT_MESSAGE':
      return `${who(e.actorId)}: ${(e.payload as SessionEventPayloads['CHAT_MESSAGE']).text}`;
    case 'SESSION_ENDED':
      return (e.payload as SessionEventPayloads['SESSION_ENDED']).reason === 'TIMER_EXPIRED' ? 'Session ended: time ran out' : 'Session ended by the interviewer';
    case 'ATTEMPTS_RECORDED': {
      const n = (e.payload as SessionEventPayloads['ATTEMPTS_RECORDED']).attempts.length;
      return `${n} scored prompt${n === 1 ? '' : 's'} recorded as attempts`;
    }
  }
}
