import { describe, expect, it } from 'vitest';
import { describeEvent, namesOf, replayAt } from './replay-model';
import { applyEvent, SessionFold, type SessionEvent, type SessionView } from './session-model';

const IVY = 'u-ivy';
const CAL = 'u-cal';

function snapshot(over: Partial<SessionView> = {}): SessionView {
  return {
    id: 's1',
    joinCode: 'ABC234',
    stack: 'go',
    level: 'MID',
    status: 'LIVE',
    phase: 'LOBBY',
    durationMinutes: 30,
    swapRoles: false,
    myRole: 'INTERVIEWER',
    lastSeq: 3,
    createdAt: '2025-01-01T10:00:00.000Z',
    endedAt: null,
    endReason: null,
    participants: [
      { userId: IVY, displayName: 'Ivy', role: 'INTERVIEWER', active: true, online: true },
      { userId: CAL, displayName: 'Cal', role: 'CANDIDATE', active: true, online: false },
    ],
    currentPrompt: {
      candidateId: CAL,
      pushedAt: '2025-01-01T10:01:00.000Z',
      closedAt: null,
      hints: [],
      draft: null,
      prompt: { id: 'p1', title: 'Sum', slug: 'sum' } as never,
    },
    prompts: [],
    timer: { status: 'IDLE', durationMs: 1_800_000, remainingMs: 1_800_000, deadline: null },
    chat: [],
    notes: [],
    scorecards: [],
    interviewerMaterial: null,
    ...over,
  };
}

let at = 0;
const ev = (seq: number, type: SessionEvent['type'], payload: unknown, actorId: string | null = IVY): SessionEvent => ({
  seq,
  type,
  payload,
  actorId,
  visibility: 'ALL',
  createdAt: new Date(Date.parse('2025-01-01T10:00:00.000Z') + 1000 * at++).toISOString(),
});

describe('applyEvent', () => {
  it('folds chat, drafts, hints, timer and presence into the view, each once', () => {
    let v = snapshot();
    const step = (e: SessionEvent) => (v = applyEvent(v, e, IVY).view);
    step(ev(4, 'PRESENCE_CHANGED', { userId: CAL, delta: 1 }));
    step(ev(5, 'TIMER_STARTED', { durationMs: 1_800_000, deadline: '2025-01-01T10:31:00.000Z' }));
    step(ev(6, 'HINT_REVEALED', { promptId: 'p1', index: 0, text: 'First hint.' }));
    step(ev(7, 'DRAFT_UPDATED', { promptId: 'p1', text: 'func sum', language: 'go' }, CAL));
    step(ev(8, 'CHAT_MESSAGE', { text: 'hello' }, CAL));
    step(ev(8, 'CHAT_MESSAGE', { text: 'hello' }, CAL));
    step(ev(9, 'DRAFT_UPDATED', { promptId: 'other', text: 'ignored', language: null }, CAL));
    step(ev(10, 'TIMER_PAUSED', { remainingMs: 1_000 }));
    expect(v.lastSeq).toBe(10);
    expect(v.participants.find((p) => p.userId === CAL)?.online).toBe(true);
    expect(v.phase).toBe('IN_PROGRESS');
    expect(v.timer).toMatchObject({ status: 'PAUSED', remainingMs: 1_000, deadline: null });
    expect(v.currentPrompt?.hints.map((h) => h.text)).toEqual(['First hint.']);
    expect(v.currentPrompt?.draft?.text).toBe('func sum');
    expect(v.chat.map((m) => m.text)).toEqual(['hello']);
  });

  it('asks for the session again where the event does not carry enough', () => {
    const v = snapshot();
    expect(applyEvent(v, ev(4, 'PROMPT_PUSHED', { promptId: 'p2', title: 'Two', candidateId: CAL }), IVY).refetch).toBe(true);
    expect(applyEvent(v, ev(4, 'PRESENCE_CHANGED', { userId: CAL, delta: -1 }), IVY).refetch).toBe(true);
    const swapped = applyEvent(v, ev(4, 'ROLES_SWAPPED', { interviewerId: CAL, candidateId: IVY }), IVY);
    expect(swapped.refetch).toBe(true);
    expect(swapped.view.myRole).toBe('CANDIDATE');
    const ended = applyEvent(v, ev(4, 'SESSION_ENDED', { reason: 'ENDED_BY_INTERVIEWER' }), IVY);
    expect(ended.view).toMatchObject({ status: 'ENDED', phase: 'ENDED', endReason: 'ENDED_BY_INTERVIEWER' });
  });
});

describe('SessionFold', () => {
  it('rebases on a newer snapshot and folds the events after it in again; an older one is ignored', () => {
    const fold = new SessionFold(snapshot(), IVY);
    fold.apply(ev(4, 'CHAT_MESSAGE', { text: 'one' }));
    fold.apply(ev(5, 'CHAT_MESSAGE', { text: 'two' }));
    // A snapshot read after event 4: event 5 goes on top of it.
    const at4 = snapshot({ lastSeq: 4, chat: [{ at: 'x', authorId: IVY, text: 'one' }] });
    expect(fold.rebase(at4)).toBe(true);
    expect(fold.view.chat.map((m) => m.text)).toEqual(['one', 'two']);
    expect(fold.view.lastSeq).toBe(5);
    expect(fold.rebase(snapshot({ lastSeq: 3 }))).toBe(false);
    // A snapshot ahead of the events: those it includes are not applied twice.
    fold.rebase(snapshot({ lastSeq: 7, chat: [1, 2, 3].map((n) => ({ at: 'x', authorId: IVY, text: String(n) })) }));
    fold.apply(ev(6, 'CHAT_MESSAGE', { text: 'late 6' }));
    fold.apply(ev(8, 'CHAT_MESSAGE', { text: 'new 8' }));
    expect(fold.view.chat.map((m) => m.text)).toEqual(['1', '2', '3', 'new 8']);
  });
});

describe('replay', () => {
  it('shows the session as it was after any event, in words', () => {
    at = 0;
    const events = [
      ev(1, 'SESSION_CREATED', { joinCode: 'X', stack: 'go', level: 'MID', plannedPromptIds: [], durationMinutes: 30, swapRoles: false }),
      ev(2, 'PARTICIPANT_JOINED', { userId: IVY, displayName: 'Ivy', role: 'INTERVIEWER' }),
      ev(3, 'PARTICIPANT_JOINED', { userId: CAL, displayName: 'Cal', role: 'CANDIDATE' }, CAL),
      ev(4, 'PROMPT_PUSHED', { promptId: 'p1', title: 'Sum', candidateId: CAL }),
      ev(5, 'DRAFT_UPDATED', { promptId: 'p1', text: 'a', language: 'go' }, CAL),
      ev(6, 'DRAFT_UPDATED', { promptId: 'p1', text: 'ab', language: 'go' }, CAL),
      ev(7, 'CHAT_MESSAGE', { text: 'hi' }, CAL),
      ev(8, 'SESSION_ENDED', { reason: 'ENDED_BY_INTERVIEWER' }),
    ];
    const names = namesOf(events);
    expect(replayAt(events, 4)).toMatchObject({ prompt: { title: 'Sum' }, draft: { text: 'a' }, chat: [], ended: false, elapsedMs: 4_000 });
    expect(replayAt(events, 7)).toMatchObject({ draft: { text: 'ab' }, chat: [{ text: 'hi' }], ended: true });
    expect(events.map((e) => describeEvent(e, names))).toEqual([
      'Ivy created the session (30 min)',
      'Ivy joined as interviewer',
      'Cal joined as candidate',
      'Prompt shown: Sum',
      'Cal wrote (1 character)',
      'Cal wrote (2 characters)',
      'Cal: hi',
      'Session ended by the interviewer',
    ]);
  });
});
