import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentImportService } from '@prepstack/catalog';
import { ManualClock } from '@prepstack/platform';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { createTestDatabase } from '../harness/database';
import { registerUser, RegisteredUser } from '../harness/identity-factory';
import { startTestApp, TestApp } from '../harness/test-app';
import { openWs, WsConnection, WsSubscription } from '../harness/ws-client';

const SESSION_FIELDS = `id joinCode status phase lastSeq myRole
  participants { userId role active online }
  currentPrompt { prompt { id slug } hints { index text } draft { text language } }
  timer { status remainingMs } notes { text } scorecards { promptId scores { criterionId score } feedback }
  interviewerMaterial { referenceAnswer hints rubric { id levels { score description } } hiddenTests }`;
const CREATE = `mutation($input: CreateMockSessionInput!) { createMockSession(input: $input) { ${SESSION_FIELDS} } }`;
const JOIN = `mutation($code: String!, $role: MockRole!) { joinMockSession(code: $code, role: $role) { ${SESSION_FIELDS} } }`;
const SESSION = `query($id: ID!) { mockSession(sessionId: $id) { ${SESSION_FIELDS} } }`;
const EVENTS = 'subscription($id: ID!, $after: Int) { mockSessionEvents(sessionId: $id, afterSeq: $after) { seq type actorId visibility payload } }';
/** A session action: `sessionId: $id` plus the extra arguments named with their types. */
const act = (name: string, extra: Record<string, string> = {}) => {
  const declared = ['$id: ID!', ...Object.entries(extra).map(([k, type]) => `$${k}: ${type}`)].join(', ');
  const passed = ['sessionId: $id', ...Object.keys(extra).map((k) => `${k}: $${k}`)].join(', ');
  return `mutation(${declared}) { ${name}(${passed}) { seq type } }`;
};
const TEXT = { text: 'String!' };
// Several app processes verify each other's tokens, as replicas do.
const ENV = { JWT_SECRET: 'interviews-e2e-secret-0123456789abcdef' };
const DRAFT = 'mutation($id: ID!, $text: String!, $lang: String) { updateDraft(sessionId: $id, text: $text, language: $lang) { written } }';
const SCORECARD = 'mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { seq type } }';

interface Event {
  seq: number;
  type: string;
  actorId: string | null;
  visibility: string;
  payload: any;
}

/** Takes `n` events from a subscription, failing on errors. */
async function take(sub: WsSubscription, n: number, timeoutMs = 5_000): Promise<Event[]> {
  const out: Event[] = [];
  while (out.length < n) {
    const result = await sub.next(timeoutMs);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    out.push(result.data!.mockSessionEvents);
  }
  return out;
}

/** Takes events until one of `type` arrives. */
async function until(sub: WsSubscription, type: string): Promise<Event[]> {
  const out: Event[] = [];
  for (;;) {
    const [e] = await take(sub, 1);
    out.push(e);
    if (e.type === type) return out;
  }
}

describe('mock interviews', () => {
  let t: TestApp;
  let content: ContentDir;
  let clock: ManualClock;
  let ivy: RegisteredUser;
  let cal: RegisteredUser;
  let eve: RegisteredUser;
  let promptIds: string[];
  const sockets: WsConnection[] = [];
  const ws = (user: RegisteredUser, app: TestApp = t) => {
    const c = openWs(app.baseUrl, user.accessToken);
    sockets.push(c);
    return c;
  };

  beforeAll(async () => {
    clock = new ManualClock();
    t = await startTestApp(ENV, { clock });
    content = await createContentDir([
      { slug: 'mock-dsa', kind: 'DSA', reference: 'REFERENCE-DSA' },
      { slug: 'mock-design', kind: 'SYSTEM_DESIGN', reference: 'REFERENCE-DESIGN' },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
    const res = await t.gql('{ a: prompt(slug: "mock-dsa") { id } b: prompt(slug: "mock-design") { id } }');
    promptIds = [res.data.a.id, res.data.b.id];
    ivy = await registerUser(t, { displayName: 'Ivy' });
    cal = await registerUser(t, { displayName: 'Cal' });
    eve = await registerUser(t, { displayName: 'Eve' });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
    await t?.close();
    await content?.dispose();
  });

  async function newSession(app: TestApp = t, interviewer = ivy, candidate = cal) {
    const ids = await app.gql('{ a: prompt(slug: "mock-dsa") { id } b: prompt(slug: "mock-design") { id } }');
    const planned = [ids.data.a.id, ids.data.b.id];
    const created = await app.gql(CREATE, { input: { stack: 'go', level: 'MID', promptIds: planned, durationMinutes: 30, swapRoles: true } }, interviewer.auth);
    expect(created.errors).toBeUndefined();
    const session = created.data.createMockSession;
    const joined = await app.gql(JOIN, { code: session.joinCode.toLowerCase(), role: 'CANDIDATE' }, candidate.auth);
    expect(joined.errors).toBeUndefined();
    return session.id as string;
  }

  it('runs a whole mock interview from create to feedback, live on both sides', async () => {
    const id = await newSession();
    const iSub = ws(ivy).subscribe(EVENTS, { id });
    const cSub = ws(cal).subscribe(EVENTS, { id });
    // the log so far: created, Ivy joined, Cal joined; then each one's presence
    expect((await take(iSub, 3)).map((e) => e.type)).toEqual(['SESSION_CREATED', 'PARTICIPANT_JOINED', 'PARTICIPANT_JOINED']);
    await until(cSub, 'PARTICIPANT_JOINED');

    expect((await t.gql(act('pushPrompt'), { id }, ivy.auth)).errors).toBeUndefined();
    const pushed = await until(cSub, 'PROMPT_PUSHED');
    expect(pushed.at(-1)!.payload).toMatchObject({ promptId: promptIds[0], candidateId: cal.id });

    await t.gql(act('revealHintToCandidate'), { id }, ivy.auth);
    expect((await until(cSub, 'HINT_REVEALED')).at(-1)!.payload).toMatchObject({ index: 0, text: 'First hint.' });

    await t.gql(act('startTimer'), { id }, ivy.auth);
    await t.gql(act('addNote', TEXT), { id, text: 'Asked a good clarifying question.' }, ivy.auth);
    const draft = await t.gql(DRAFT, { id, text: 'func sumAll(nums []int) int {', lang: 'go' }, cal.auth);
    expect(draft.data.updateDraft.written).toBe(true);
    const seenByIvy = await until(iSub, 'DRAFT_UPDATED');
    expect(seenByIvy.at(-1)!.payload).toMatchObject({ text: 'func sumAll(nums []int) int {', language: 'go' });
    expect(seenByIvy.map((e) => e.type)).toContain('NOTE_ADDED');

    await t.gql(act('sendChatMessage', TEXT), { id, text: 'Can I assume the input fits in memory?' }, cal.auth);
    const seenByCal = await until(cSub, 'CHAT_MESSAGE');
    expect(seenByCal.map((e) => e.type)).not.toContain('NOTE_ADDED');

    // the interviewer sees the material; the candidate does not
    const asIvy = (await t.gql(SESSION, { id }, ivy.auth)).data.mockSession;
    expect(asIvy.interviewerMaterial).toMatchObject({ referenceAnswer: 'REFERENCE-DSA' });
    expect(asIvy.interviewerMaterial.hiddenTests).toHaveLength(8);
    expect(asIvy.notes).toHaveLength(1);
    const asCal = (await t.gql(SESSION, { id }, cal.auth)).data.mockSession;
    expect(asCal).toMatchObject({ myRole: 'CANDIDATE', interviewerMaterial: null, notes: [], timer: { status: 'RUNNING' } });
    expect(asCal.currentPrompt.draft.text).toBe('func sumAll(nums []int) int {');
    expect(JSON.stringify(asCal)).not.toContain('REFERENCE-DSA');

    const scores = [
      { criterionId: 'criterion-1', score: 3 },
      { criterionId: 'criterion-2', score: 1 },
    ];
    const card = await t.gql(SCORECARD, { input: { sessionId: id, scores, feedback: 'Clear and correct; name things better.' } }, ivy.auth);
    expect(card.errors).toBeUndefined();

    expect((await t.gql(act('endMockSession'), { id }, ivy.auth)).errors).toBeUndefined();
    const tail = await until(cSub, 'SESSION_ENDED');
    expect(tail.map((e) => e.type)).not.toContain('SCORECARD_SUBMITTED');

    const feedback = await t.gql(
      'query($id: ID!) { mockSessionFeedback(sessionId: $id) { prompt { slug } scores { criterionId weight score } feedback score attemptId } }',
      { id },
      cal.auth,
    );
    expect(feedback.errors).toBeUndefined();
    // weights 90/10 (content factory); score = round(100 × (90×3 + 10×1) / (3 × 100)) = 93
    expect(feedback.data.mockSessionFeedback).toEqual([
      expect.objectContaining({ prompt: { slug: 'mock-dsa' }, feedback: 'Clear and correct; name things better.', score: 93, attemptId: expect.any(String) }),
    ]);
    const [attempt] = await t.app.get((await import('typeorm')).DataSource).query('SELECT mode, status, score, answer FROM attempt WHERE mock_session_id = $1', [id]);
    expect(attempt).toMatchObject({ mode: 'MOCK', status: 'SUBMITTED', score: 93, answer: 'func sumAll(nums []int) int {' });

    const timeline = await t.gql('query($id: ID!) { mockSessionTimeline(sessionId: $id) { seq type } }', { id }, cal.auth);
    const seqs = timeline.data.mockSessionTimeline.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(timeline.data.mockSessionTimeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['SESSION_CREATED', 'DRAFT_UPDATED', 'SESSION_ENDED', 'ATTEMPTS_RECORDED']));
    expect(timeline.data.mockSessionTimeline.map((e: { type: string }) => e.type)).not.toContain('NOTE_ADDED');
  });

  it('gives a candidate who was cut off every missed event once, in order, on resubscribing with afterSeq', async () => {
    const id = await newSession();
    const first = ws(cal);
    const sub = first.subscribe(EVENTS, { id });
    const seen = await take(sub, 3);
    await first.dispose();

    await t.gql(act('pushPrompt'), { id }, ivy.auth);
    await t.gql(act('addNote', TEXT), { id, text: 'private' }, ivy.auth);
    await t.gql(act('revealHintToCandidate'), { id }, ivy.auth);
    await t.gql(act('sendChatMessage', TEXT), { id, text: 'hello again' }, ivy.auth);

    const again = ws(cal).subscribe(EVENTS, { id, after: seen.at(-1)!.seq });
    const missed = await until(again, 'CHAT_MESSAGE');
    const log = await t.app.get((await import('typeorm')).DataSource).query(
      `SELECT seq, type FROM session_event WHERE session_id = $1 AND seq > $2 AND visibility = 'ALL' AND seq <= $3 ORDER BY seq`,
      [id, seen.at(-1)!.seq, missed.at(-1)!.seq],
    );
    expect(missed.map((e) => [e.seq, e.type])).toEqual(log.map((r: { seq: number; type: string }) => [r.seq, r.type]));
    expect(missed.map((e) => e.type)).not.toContain('NOTE_ADDED');
    expect(new Set(missed.map((e) => e.seq)).size).toBe(missed.length);
  });

  it('refuses a non-participant, and a candidate probing interviewer-only actions and data', async () => {
    const id = await newSession();
    const outsider = await t.gql(SESSION, { id }, eve.auth);
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(act('sendChatMessage', TEXT), { id, text: 'hi' }, eve.auth)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refused = await ws(eve).subscribe(EVENTS, { id }).next();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    for (const mutation of [act('pushPrompt'), act('revealHintToCandidate'), act('startTimer'), act('endMockSession'), act('swapRoles')]) {
      const res = await t.gql(mutation, { id }, cal.auth);
      expect(res.errors?.[0].extensions?.code, mutation).toBe('FORBIDDEN');
    }
    expect((await t.gql(act('addNote', TEXT), { id, text: 'x' }, cal.auth)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const card = await t.gql(SCORECARD, { input: { sessionId: id, scores: [], feedback: '' } }, cal.auth);
    expect(card.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const early = await t.gql('query($id: ID!) { mockSessionTimeline(sessionId: $id) { seq } }', { id }, cal.auth);
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('rejects drafts over 64 KB, drafts from the interviewer, a taken role and bad scorecards with clear errors', async () => {
    const id = await newSession();
    const big = await t.gql(DRAFT, { id, text: 'é'.repeat(33 * 1024) }, cal.auth);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await t.gql(DRAFT, { id, text: 'x' }, ivy.auth)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const code = (await t.gql(SESSION, { id }, ivy.auth)).data.mockSession.joinCode;
    expect((await t.gql(JOIN, { code, role: 'CANDIDATE' }, eve.auth)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
    expect((await t.gql(JOIN, { code: 'ZZZZZZ', role: 'OBSERVER' }, eve.auth)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await t.gql(act('pushPrompt'), { id }, ivy.auth);
    const unknown = await t.gql(SCORECARD, { input: { sessionId: id, scores: [{ criterionId: 'nope', score: 1 }], feedback: '' } }, ivy.auth);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores.0.criterionId' });
    const range = await t.gql(SCORECARD, { input: { sessionId: id, scores: [{ criterionId: 'criterion-1', score: 4 }], feedback: '' } }, ivy.auth);
    expect(range.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await t.gql(SCORECARD, { input: { sessionId: id, scores: [{ criterionId: 'criterion-1', score: 2 }], feedback: '' } }, ivy.auth);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores' });
  });

  it('keeps the latest draft when the candidate types faster than 20 writes a second', async () => {
    const id = await newSession();
    await t.gql(act('pushPrompt'), { id }, ivy.auth);
    const results = [];
    for (let i = 1; i <= 30; i++) results.push((await t.gql(DRAFT, { id, text: `draft ${i}` }, cal.auth)).data.updateDraft.written);
    expect(results.filter((w: boolean) => !w).length).toBeGreaterThan(0);
    // The held draft is written when the window opens (within a second; allow for a busy machine).
    let latest = '';
    for (let i = 0; i < 50 && latest !== 'draft 30'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      latest = (await t.gql(SESSION, { id }, ivy.auth)).data.mockSession.currentPrompt.draft.text;
    }
    expect(latest).toBe('draft 30');
  });

  it('swaps roles: the next planned prompt follows for the new candidate', async () => {
    const id = await newSession();
    await t.gql(act('pushPrompt'), { id }, ivy.auth);
    expect((await t.gql(act('swapRoles'), { id }, ivy.auth)).errors).toBeUndefined();
    const asCal = (await t.gql(SESSION, { id }, cal.auth)).data.mockSession;
    expect(asCal.myRole).toBe('INTERVIEWER');
    expect(asCal.currentPrompt.prompt.id).toBe(promptIds[1]);
    expect(asCal.interviewerMaterial.referenceAnswer).toBe('REFERENCE-DESIGN');
    expect((await t.gql(SESSION, { id }, ivy.auth)).data.mockSession).toMatchObject({ myRole: 'CANDIDATE', interviewerMaterial: null });
  });

  it('loses nothing across an API restart mid-session', async () => {
    // The database outlives both processes.
    const db = await createTestDatabase();
    const first = await startTestApp(ENV, { clock, db });
    await first.app.get(ContentImportService).importDirectory(content.dir);
    const [host, guest] = [await registerUser(first), await registerUser(first)];
    const id = await newSession(first, host, guest);
    const sub = openWs(first.baseUrl, guest.accessToken);
    const seen = await take(sub.subscribe(EVENTS, { id }), 3);
    await first.gql(act('pushPrompt'), { id }, host.auth);
    await sub.dispose();
    await first.close();

    const second = await startTestApp(ENV, { clock, db });
    try {
      await second.gql(act('sendChatMessage', TEXT), { id, text: 'after the restart' }, host.auth);
      const resumed = openWs(second.baseUrl, guest.accessToken);
      sockets.push(resumed);
      const events = await until(resumed.subscribe(EVENTS, { id, after: seen.at(-1)!.seq }), 'CHAT_MESSAGE');
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['PROMPT_PUSHED', 'CHAT_MESSAGE']));
      expect(events[0].seq).toBe(seen.at(-1)!.seq + 1);
      events.forEach((e, i) => i > 0 && expect(e.seq).toBeGreaterThan(events[i - 1].seq));
    } finally {
      await second.close();
      await db.drop();
    }
  });

  it('delivers events produced on a second API process through Redis', async () => {
    const env = { ...ENV, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await startTestApp(env, { clock });
    const b = await startTestApp(env, { clock, db: a.db });
    try {
      await a.app.get(ContentImportService).importDirectory(content.dir);
      const [host, guest] = [await registerUser(a), await registerUser(a)];
      const id = await newSession(a, host, guest);
      const sub = openWs(a.baseUrl, guest.accessToken);
      sockets.push(sub);
      const stream = sub.subscribe(EVENTS, { id });
      await take(stream, 3);
      await b.gql(act('sendChatMessage', TEXT), { id, text: 'from process b' }, host.auth);
      const got = await until(stream, 'CHAT_MESSAGE');
      expect(got.at(-1)!.payload).toEqual({ text: 'from process b' });
    } finally {
      await b.close();
      await a.close();
      await a.db.drop();
    }
  });

  it('turns introspection off on the WebSocket path in production, as on HTTP', async () => {
    const prod = await startTestApp({ ...ENV, NODE_ENV: 'production' });
    try {
      const user = await registerUser(prod);
      const http = await prod.gql('{ __schema { queryType { name } } }', {}, user.auth);
      expect(http.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const socket = openWs(prod.baseUrl, user.accessToken);
      sockets.push(socket);
      // graphql-ws answers a refused operation with an error message: `done` rejects with its errors.
      const refused = await socket.subscribe('{ __schema { queryType { name } } }').done.then(() => [], (errors) => errors);
      expect(refused[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await prod.close();
    }
  });

  // Last, and on an app of its own: it moves a clock past the access tokens' lifetime.
  it('ends the session by itself when the timer runs out', async () => {
    const own = new ManualClock();
    const app = await startTestApp(ENV, { clock: own });
    try {
      await app.app.get(ContentImportService).importDirectory(content.dir);
      const host = await registerUser(app);
      const created = await app.gql(CREATE, { input: { stack: 'go', level: 'MID', durationMinutes: 5 } }, host.auth);
      const id = created.data.createMockSession.id;
      await app.gql(act('startTimer'), { id }, host.auth);
      own.advance(5 * 60_000 + 1);
      const dataSource = app.app.get((await import('typeorm')).DataSource);
      for (let i = 0; i < 50; i++) {
        // Ending and recording the attempts are two steps: wait for both.
        const [row] = await dataSource.query('SELECT status, attempts_recorded_at FROM mock_session WHERE id = $1', [id]);
        if (row.status === 'ENDED' && row.attempts_recorded_at) {
          const types = (await dataSource.query('SELECT type FROM session_event WHERE session_id = $1 ORDER BY seq', [id])).map((r: { type: string }) => r.type);
          expect(types.slice(-3)).toEqual(['TIMER_EXPIRED', 'SESSION_ENDED', 'ATTEMPTS_RECORDED']);
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the session did not end when its timer ran out');
    } finally {
      await app.close();
    }
  });
});
