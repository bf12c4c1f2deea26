import { describe, expect, it } from 'vitest';
import { EndReason, EventVisibility, MockPhase, MockRole, MockSessionStatus, SessionEvent, SessionEventPayloads, SessionEventType, TimerStatus, visibilityOf } from './domain';
import { emptySession, foldEvents, mayReceive, remainingMs, roleOf } from './session-state';

let seq = 0;
const at = (min: number) => new Date(Date.UTC(2026, 10, 21, 10, min)).toISOString();
function ev<T extends SessionEventType>(type: T, payload: SessionEventPayloads[T], actorId: string | null = 'ivy', minute = seq): SessionEvent<T> {
  seq++;
  return { sessionId: 's1', seq, type, actorId, payload, visibility: visibilityOf(type), createdAt: at(minute) };
}

function session(): SessionEvent[] {
  seq = 0;
  return [
    ev('SESSION_CREATED', { joinCode: 'ABC234', stack: 'go', level: 'MID', plannedPromptIds: ['p1', 'p2'], durationMinutes: 45, swapRoles: true }),
    ev('PARTICIPANT_JOINED', { userId: 'ivy', displayName: 'Ivy', role: MockRole.INTERVIEWER }),
    ev('PARTICIPANT_JOINED', { userId: 'cal', displayName: 'Cal', role: MockRole.CANDIDATE }, 'cal'),
    ev('PROMPT_PUSHED', { promptId: 'p1', title: 'One', candidateId: 'cal' }),
    ev('HINT_REVEALED', { promptId: 'p1', index: 0, text: 'Think of a map.' }),
    ev('DRAFT_UPDATED', { promptId: 'p1', text: 'v1', language: 'go' }, 'cal'),
    ev('DRAFT_UPDATED', { promptId: 'p1', text: 'v2', language: 'go' }, 'cal'),
    ev('NOTE_ADDED', { text: 'Good start.' }),
    ev('SCORECARD_SUBMITTED', { promptId: 'p1', candidateId: 'cal', scores: [{ criterionId: 'c', score: 2 }], feedback: 'Solid.' }),
  ];
}

describe('foldEvents', () => {
  it('builds the session state from its log', () => {
    const s = foldEvents(emptySession('s1'), session());
    expect(s).toMatchObject({ lastSeq: 9, joinCode: 'ABC234', stack: 'go', status: MockSessionStatus.LIVE, phase: MockPhase.LOBBY });
    expect(roleOf(s, 'ivy')).toBe(MockRole.INTERVIEWER);
    expect(roleOf(s, 'cal')).toBe(MockRole.CANDIDATE);
    expect(s.prompts[0]).toMatchObject({ promptId: 'p1', candidateId: 'cal', hints: [{ index: 0 }], draft: { text: 'v2' } });
    expect(s.notes).toHaveLength(1);
    expect(s.scorecards).toEqual([expect.objectContaining({ promptId: 'p1', candidateId: 'cal', interviewerId: 'ivy' })]);
  });

  it('resumes from a cached state and ignores events it already has', () => {
    const events = session();
    const s = foldEvents(emptySession('s1'), events.slice(0, 5));
    foldEvents(s, events);
    expect(s.lastSeq).toBe(9);
    expect(s.prompts[0].hints).toHaveLength(1);
  });

  it('refuses a gap in seq', () => {
    const events = session();
    expect(() => foldEvents(emptySession('s1'), [events[0], events[2]])).toThrow(/event 3 after 1/);
  });

  it('swaps roles, closes the open prompt and lets the next one follow', () => {
    const events = session();
    events.push(ev('ROLES_SWAPPED', { interviewerId: 'cal', candidateId: 'ivy' }, 'ivy'));
    events.push(ev('PROMPT_PUSHED', { promptId: 'p2', title: 'Two', candidateId: 'ivy' }, 'ivy'));
    const s = foldEvents(emptySession('s1'), events);
    expect(roleOf(s, 'cal')).toBe(MockRole.INTERVIEWER);
    expect(roleOf(s, 'ivy')).toBe(MockRole.CANDIDATE);
    expect(s.prompts[0].closedAt).not.toBeNull();
    expect(s.prompts[1]).toMatchObject({ promptId: 'p2', candidateId: 'ivy', closedAt: null });
  });

  it('runs the timer: start, pause with the time left, resume, end', () => {
    const events = session();
    events.push(ev('TIMER_STARTED', { durationMs: 2_700_000, deadline: at(55) }, 'ivy', 10));
    let s = foldEvents(emptySession('s1'), events);
    expect(s.phase).toBe(MockPhase.IN_PROGRESS);
    expect(remainingMs(s.timer, new Date(at(25)))).toBe(30 * 60_000);
    events.push(ev('TIMER_PAUSED', { remainingMs: 30 * 60_000 }, 'ivy', 25));
    s = foldEvents(emptySession('s1'), events);
    expect(remainingMs(s.timer, new Date(at(59)))).toBe(30 * 60_000);
    events.push(ev('TIMER_RESUMED', { deadline: at(90) }, 'ivy', 60));
    events.push(ev('TIMER_EXPIRED', {}, null, 90));
    events.push(ev('SESSION_ENDED', { reason: EndReason.TIMER_EXPIRED }, null, 90));
    s = foldEvents(emptySession('s1'), events);
    expect(s).toMatchObject({ status: MockSessionStatus.ENDED, phase: MockPhase.ENDED, endReason: EndReason.TIMER_EXPIRED });
    expect(s.timer.status).toBe(TimerStatus.EXPIRED);
    expect(s.prompts[0].closedAt).toBe(at(90));
  });

  it('counts presence per participant across several connections', () => {
    const events = session();
    events.push(ev('PRESENCE_CHANGED', { userId: 'cal', delta: 1 }, 'cal'));
    events.push(ev('PRESENCE_CHANGED', { userId: 'cal', delta: 1 }, 'cal'));
    events.push(ev('PRESENCE_CHANGED', { userId: 'cal', delta: -1 }, 'cal'));
    expect(foldEvents(emptySession('s1'), events).participants.get('cal')!.connections).toBe(1);
  });
});

describe('mayReceive', () => {
  const note = { visibility: EventVisibility.INTERVIEWERS } as SessionEvent;
  const chat = { visibility: EventVisibility.ALL } as SessionEvent;

  it('sends ALL events to every participant and nothing to others', () => {
    expect(mayReceive(chat, MockRole.CANDIDATE, MockRole.CANDIDATE)).toBe(true);
    expect(mayReceive(chat, MockRole.OBSERVER, MockRole.OBSERVER)).toBe(true);
    expect(mayReceive(chat, undefined, undefined)).toBe(false);
  });

  it('sends interviewer-only events to those who were and are interviewers', () => {
    expect(mayReceive(note, MockRole.INTERVIEWER, MockRole.INTERVIEWER)).toBe(true);
    expect(mayReceive(note, MockRole.CANDIDATE, MockRole.CANDIDATE)).toBe(false);
    expect(mayReceive(note, MockRole.OBSERVER, MockRole.OBSERVER)).toBe(false);
    // after a swap, neither side gets the other's notes about them
    expect(mayReceive(note, MockRole.CANDIDATE, MockRole.INTERVIEWER)).toBe(false);
    expect(mayReceive(note, MockRole.INTERVIEWER, MockRole.CANDIDATE)).toBe(false);
  });
});
