import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { ContentImportService } from '@prepstack/catalog';
import { ManualClock } from '@prepstack/platform';
import { AttemptsService } from '@prepstack/practice';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { registerUser, RegisteredUser } from '../harness/identity-factory';
import {
  ABANDON_ATTEMPT,
  assessment,
  expectError,
  ok,
  practise,
  promptId,
  REVEAL_HINT,
  SAVE_DRAFT,
  signIn,
  startAttempt,
  submit,
  SUBMIT_ATTEMPT,
  submitInput,
} from '../harness/practice-factory';
import { startTestApp, TestApp } from '../harness/test-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const ANSWERS = `query($id: ID!) { prompt(id: $id) {
  answersRevealed referenceAnswer followUps hiddenTests { input output }
  rubricDetail { id weight levels { score description } }
  myReview { due state scheduledDays reps } myNote { body }
} }`;
const DUE = `query($first: Int, $after: String) { dueReviews(first: $first, after: $after) {
  totalCount edges { cursor node { promptId due state prompt { slug referenceAnswer } } } pageInfo { hasNextPage endCursor }
} }`;
const QUEUE = `query($stack: Stack, $kinds: [PromptKind!], $topics: [String!], $level: Level, $count: Int) {
  practiceQueue(stack: $stack, kinds: $kinds, topics: $topics, level: $level, count: $count) {
    reason due topic inProgressAttemptId prompt { id slug }
  }
}`;
const SET_TIMEZONE = 'mutation($tz: String!) { updateProfile(input: { timezone: $tz }) { timezone } }';

describe('solo practice over HTTP', () => {
  let t: TestApp;
  let content: ContentDir;
  // Monday 3 March 2025, 09:00 UTC; moved forward by the tests, never back.
  const clock = new ManualClock(new Date('2025-03-03T09:00:00Z'));
  const ids: Record<string, string> = {};
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: 'practice-e2e-secret-0123456789abcdef' }, { clock });
    content = await createContentDir([
      { slug: 'loop-sum', kind: 'DSA', reference: 'SECRET-DSA-REFERENCE', fields: { followUps: ['What about overflow?'] } },
      { slug: 'loop-sql', fields: { topics: ['backend/sql'] }, reference: 'SECRET-SQL-REFERENCE' },
      { slug: 'race-sql', fields: { topics: ['backend/sql'] } },
      { slug: 'input-sql', fields: { topics: ['backend/sql'] } },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
    for (const slug of ['loop-sum', 'loop-sql', 'race-sql', 'input-sql']) ids[slug] = await promptId(t, slug);
  });
  afterAll(async () => {
    await t?.close();
    await content?.dispose();
  });

  describe('the full loop: start → hint → submit → reference → due later → queue', () => {
    let ada: RegisteredUser;
    let attemptId: string;
    let submittedAt: Date;

    beforeAll(async () => {
      ada = await registerUser(t);
    });

    it('starts a solo attempt with the start time and the content revision, answers hidden', async () => {
      const attempt = await startAttempt(t, ada, ids['loop-sum']);
      attemptId = attempt.id;
      expect(attempt).toMatchObject({ mode: 'SOLO', status: 'IN_PROGRESS', promptRevision: 1, startedAt: clock.now().toISOString(), hintsUsed: 0, hints: [], score: null });
      const before = ok(await t.gql(ANSWERS, { id: ids['loop-sum'] }, ada.auth)).prompt;
      expect(before).toMatchObject({ answersRevealed: false, referenceAnswer: null, followUps: null, hiddenTests: null, rubricDetail: null, myReview: null });
      // Starting again resumes the attempt in progress.
      expect((await startAttempt(t, ada, ids['loop-sum'])).id).toBe(attemptId);
    });

    it('reveals hints one at a time, each with its time, and saves a draft', async () => {
      clock.advance(MINUTE);
      const first = ok(await t.gql(REVEAL_HINT, { attemptId }, ada.auth)).revealHint;
      expect(first.hints).toEqual([{ index: 0, text: 'First hint.', revealedAt: clock.now().toISOString() }]);
      clock.advance(2 * MINUTE);
      const second = ok(await t.gql(REVEAL_HINT, { attemptId }, ada.auth)).revealHint;
      expect(second.hints.map((h: { text: string }) => h.text)).toEqual(['First hint.', 'Second hint.']);
      expect(second.hints[1].revealedAt).toBe(clock.now().toISOString());
      expect(second.hintsUsed).toBe(2);
      const draft = ok(await t.gql(SAVE_DRAFT, { input: { attemptId, answer: 'function sumAll(n) {', language: 'javascript' } }, ada.auth)).saveDraft;
      expect(draft).toMatchObject({ answer: 'function sumAll(n) {', language: 'javascript', status: 'IN_PROGRESS' });
    });

    it('submits with a self-assessment: duration, hints used and a rubric-weighted score', async () => {
      clock.advance(3 * MINUTE);
      submittedAt = clock.now();
      // criterion-1 weighs 90, criterion-2 10: round(100 × (90·2 + 10·3) / (3 × 100)) = 70.
      const res = await submit(t, ada, attemptId, { answer: 'return nums.reduce((a, b) => a + b, 0)', selfAssessment: assessment(2, 3), rating: 'GOOD' });
      expect(ok(res).submitAttempt).toMatchObject({
        status: 'SUBMITTED',
        submittedAt: submittedAt.toISOString(),
        durationMs: 6 * MINUTE,
        hintsUsed: 2,
        score: 70,
        rating: 'GOOD',
        language: 'javascript',
        selfAssessment: [
          { criterionId: 'criterion-1', score: 2 },
          { criterionId: 'criterion-2', score: 3 },
        ],
      });
    });

    it('shows the reference answer, rubric levels, hidden tests and follow-ups to the user who submitted, and to nobody else', async () => {
      const after = ok(await t.gql(ANSWERS, { id: ids['loop-sum'] }, ada.auth)).prompt;
      expect(after.answersRevealed).toBe(true);
      expect(after.referenceAnswer).toContain('SECRET-DSA-REFERENCE');
      expect(after.followUps).toEqual(['What about overflow?']);
      expect(after.hiddenTests).toHaveLength(8);
      expect(after.rubricDetail[0]).toEqual({
        id: 'criterion-1',
        weight: 90,
        levels: [
          { score: 1, description: 'Touches on it.' },
          { score: 2, description: 'Covers it with gaps.' },
          { score: 3, description: 'Covers it fully.' },
        ],
      });
      const anonymous = ok(await t.gql(ANSWERS, { id: ids['loop-sum'] })).prompt;
      expect(anonymous).toMatchObject({ answersRevealed: false, referenceAnswer: null, hiddenTests: null, rubricDetail: null, followUps: null, myReview: null });
      const eve = await registerUser(t);
      expect(ok(await t.gql(ANSWERS, { id: ids['loop-sum'] }, eve.auth)).prompt.referenceAnswer).toBeNull();
      // Every path that returns a prompt goes through the same fields: lists, history.
      const list = ok(await t.gql('{ prompts(first: 50) { edges { node { slug referenceAnswer } } } }', undefined, ada.auth)).prompts.edges;
      expect(Object.fromEntries(list.map((e: any) => [e.node.slug, e.node.referenceAnswer !== null]))).toEqual({
        'loop-sum': true,
        'loop-sql': false,
        'race-sql': false,
        'input-sql': false,
      });
      const history = ok(await t.gql('{ attempts { edges { node { id prompt { referenceAnswer } } } } }', undefined, ada.auth)).attempts;
      expect(history.edges[0].node.prompt.referenceAnswer).toContain('SECRET-DSA-REFERENCE');
    });

    it('schedules the review later with FSRS, not due today', async () => {
      const { myReview } = ok(await t.gql(ANSWERS, { id: ids['loop-sum'] }, ada.auth)).prompt;
      // ts-fsrs, default weights, retention 0.9: a first GOOD comes back 3 days later.
      expect(myReview).toMatchObject({ state: 'REVIEW', reps: 1, scheduledDays: 3 });
      expect(new Date(myReview.due).getTime()).toBe(submittedAt.getTime() + 3 * DAY);
      expect(ok(await t.gql(DUE, {}, ada.auth)).dueReviews.totalCount).toBe(0);
      const queue = ok(await t.gql(QUEUE, { count: 10 }, ada.auth)).practiceQueue;
      expect(queue.map((q: any) => q.prompt.slug)).not.toContain('loop-sum');
      expect(queue.every((q: any) => q.reason === 'NEW')).toBe(true);
    });

    it("counts a review as due from the start of its day in the user's time zone", async () => {
      // Wednesday 20:00 UTC: the review is due Thursday 09:06 UTC.
      clock.set(new Date(submittedAt.getTime() + 3 * DAY - 13 * 60 * MINUTE));
      await signIn(t, ada);
      expect(ok(await t.gql(DUE, {}, ada.auth)).dueReviews.totalCount).toBe(0);
      // In Tokyo (UTC+9) it is already Thursday 05:00, and the review is due today.
      expect(ok(await t.gql(SET_TIMEZONE, { tz: 'Asia/Tokyo' }, ada.auth)).updateProfile.timezone).toBe('Asia/Tokyo');
      const due = ok(await t.gql(DUE, {}, ada.auth)).dueReviews;
      expect(due.totalCount).toBe(1);
      expect(due.edges[0].node).toMatchObject({ promptId: ids['loop-sum'], state: 'REVIEW', prompt: { slug: 'loop-sum' } });
      ok(await t.gql(SET_TIMEZONE, { tz: 'UTC' }, ada.auth));
    });

    it('puts the due review first in the practice queue once it is due', async () => {
      clock.set(new Date(submittedAt.getTime() + 3 * DAY));
      await signIn(t, ada);
      const due = ok(await t.gql(DUE, {}, ada.auth)).dueReviews;
      expect(due.edges.map((e: any) => e.node.promptId)).toEqual([ids['loop-sum']]);
      const queue = ok(await t.gql(QUEUE, { count: 3 }, ada.auth)).practiceQueue;
      expect(queue[0]).toMatchObject({ reason: 'DUE_REVIEW', prompt: { slug: 'loop-sum' }, due: new Date(submittedAt.getTime() + 3 * DAY).toISOString() });
      expect(queue.slice(1).every((q: any) => q.reason === 'NEW')).toBe(true);
      expect(queue).toHaveLength(3);
    });

    it('reviewing it again pushes the next review further out and logs each review', async () => {
      const again = await practise(t, ada, ids['loop-sum'], { rating: 'GOOD' });
      expect(again.status).toBe('SUBMITTED');
      const { myReview } = ok(await t.gql(ANSWERS, { id: ids['loop-sum'] }, ada.auth)).prompt;
      expect(myReview.reps).toBe(2);
      expect(myReview.scheduledDays).toBeGreaterThan(3);
      expect(ok(await t.gql(DUE, {}, ada.auth)).dueReviews.totalCount).toBe(0);
      const [{ count }] = await db().query('SELECT count(*)::int AS count FROM review_log WHERE user_id = $1', [ada.id]);
      expect(count).toBe(2);
    });
  });

  describe('concurrent submits', () => {
    it('with one idempotency key: every call gets the first result, one review is written', async () => {
      const user = await registerUser(t);
      const attempt = await startAttempt(t, user, ids['race-sql']);
      const input = submitInput(attempt.id, { idempotencyKey: 'same-key', selfAssessment: assessment(3, 3) });
      const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(SUBMIT_ATTEMPT, { input }, user.auth)));
      const submitted = results.map((r) => ok(r).submitAttempt);
      expect(new Set(submitted.map((s) => s.submittedAt)).size).toBe(1);
      expect(submitted.every((s) => s.id === attempt.id && s.score === 100)).toBe(true);
      const [row] = await db().query(
        `SELECT (SELECT count(*)::int FROM attempt WHERE user_id = $1) AS attempts,
                (SELECT count(*)::int FROM review_log WHERE user_id = $1) AS logs,
                (SELECT reps FROM review_card WHERE user_id = $1) AS reps`,
        [user.id],
      );
      expect(row).toEqual({ attempts: 1, logs: 1, reps: 1 });
    });

    it('with different keys: exactly one submits, the others get CONFLICT', async () => {
      const user = await registerUser(t);
      const attempt = await startAttempt(t, user, ids['race-sql']);
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => submit(t, user, attempt.id, { idempotencyKey: `key-${i}` })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expectError(r, 'CONFLICT', { reason: 'ALREADY_SUBMITTED' });
      const [{ logs }] = await db().query('SELECT count(*)::int AS logs FROM review_log WHERE user_id = $1', [user.id]);
      expect(logs).toBe(1);
    });
  });

  describe('concurrent starts and hints', () => {
    it('start the same attempt once, and reveal each hint once, in order', async () => {
      const user = await registerUser(t);
      const started = await Promise.all(Array.from({ length: 5 }, () => startAttempt(t, user, ids['loop-sum'])));
      expect(new Set(started.map((a) => a.id)).size).toBe(1);
      const revealed = await Promise.all(Array.from({ length: 4 }, () => t.gql(REVEAL_HINT, { attemptId: started[0].id }, user.auth)));
      expect(revealed.filter((r) => r.errors)).toHaveLength(1);
      expectError(revealed.find((r) => r.errors)!, 'CONFLICT', { reason: 'NO_MORE_HINTS' });
      const attempt = ok(await t.gql('query($id: ID!) { attempt(id: $id) { hints { index text } } }', { id: started[0].id }, user.auth)).attempt;
      expect(attempt.hints).toEqual([
        { index: 0, text: 'First hint.' },
        { index: 1, text: 'Second hint.' },
        { index: 2, text: 'Third hint.' },
      ]);
    });
  });

  describe('batching', () => {
    it('asks the database once per request whether the user submitted on the prompts of a page', async () => {
      const user = await registerUser(t);
      await practise(t, user, ids['loop-sql']);
      const spy = vi.spyOn(t.app.get(AttemptsService), 'submittedPromptIds');
      try {
        const page = ok(await t.gql('{ prompts(first: 50) { edges { node { slug answersRevealed referenceAnswer followUps rubricDetail { id } } } } }', undefined, user.auth));
        expect(page.prompts.edges.filter((e: any) => e.node.answersRevealed).map((e: any) => e.node.slug)).toEqual(['loop-sql']);
        expect(spy).toHaveBeenCalledTimes(1);
        expect(spy.mock.calls[0][1]).toHaveLength(4);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('pausing the clock', () => {
    const PAUSE = `mutation($attemptId: ID!) { pauseAttempt(attemptId: $attemptId) { status startedAt pausedAt pausedMs durationMs answer } }`;
    const RESUME = `mutation($attemptId: ID!) { resumeAttempt(attemptId: $attemptId) { status pausedAt pausedMs } }`;
    let owner: RegisteredUser;

    beforeAll(async () => {
      owner = await registerUser(t);
    });

    it('leaves paused time out of the duration, pauses and resumes idempotently, and ends a pause at the submit', async () => {
      const attempt = await startAttempt(t, owner, ids['race-sql']);
      expect(attempt).toMatchObject({ pausedAt: null, pausedMs: 0 });
      clock.advance(2 * MINUTE);
      const paused = ok(await t.gql(PAUSE, { attemptId: attempt.id }, owner.auth)).pauseAttempt;
      expect(paused).toMatchObject({ status: 'IN_PROGRESS', pausedAt: clock.now().toISOString(), pausedMs: 0 });
      clock.advance(MINUTE);
      // A second pause keeps the first one's start.
      expect(ok(await t.gql(PAUSE, { attemptId: attempt.id }, owner.auth)).pauseAttempt.pausedAt).toBe(paused.pausedAt);
      // Drafts still save while paused.
      ok(await t.gql(SAVE_DRAFT, { input: { attemptId: attempt.id, answer: 'while paused' } }, owner.auth));
      clock.advance(4 * MINUTE);
      expect(ok(await t.gql(RESUME, { attemptId: attempt.id }, owner.auth)).resumeAttempt).toEqual({ status: 'IN_PROGRESS', pausedAt: null, pausedMs: 5 * MINUTE });
      expect(ok(await t.gql(RESUME, { attemptId: attempt.id }, owner.auth)).resumeAttempt.pausedMs).toBe(5 * MINUTE);
      clock.advance(3 * MINUTE);
      ok(await t.gql(PAUSE, { attemptId: attempt.id }, owner.auth));
      clock.advance(2 * MINUTE);
      // 2 + 1 + 4 + 3 + 2 minutes since the start (inside the access token's 15), of which 5 + 2 paused.
      const submitted = ok(await submit(t, owner, attempt.id)).submitAttempt;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', pausedAt: null, pausedMs: 7 * MINUTE, durationMs: 5 * MINUTE, answer: 'My answer.' });
      const [row] = await db().query('SELECT paused_at, paused_ms::int AS paused_ms, duration_ms::int AS duration_ms FROM attempt WHERE id = $1', [attempt.id]);
      expect(row).toEqual({ paused_at: null, paused_ms: 7 * MINUTE, duration_ms: 5 * MINUTE });
      expectError(await t.gql(PAUSE, { attemptId: attempt.id }, owner.auth), 'CONFLICT', { reason: 'NOT_IN_PROGRESS' });
      expectError(await t.gql(RESUME, { attemptId: attempt.id }, owner.auth), 'CONFLICT', { reason: 'NOT_IN_PROGRESS' });
    });

    it("abandoning a paused attempt ends the pause; another user's attempt is NOT_FOUND", async () => {
      await signIn(t, owner);
      const attempt = await startAttempt(t, owner, ids['loop-sql']);
      ok(await t.gql(PAUSE, { attemptId: attempt.id }, owner.auth));
      clock.advance(MINUTE);
      expect(ok(await t.gql(ABANDON_ATTEMPT, { attemptId: attempt.id }, owner.auth)).abandonAttempt).toMatchObject({ status: 'ABANDONED', pausedAt: null, pausedMs: MINUTE });
      const other = await registerUser(t);
      expectError(await t.gql(PAUSE, { attemptId: attempt.id }, other.auth), 'NOT_FOUND', { field: 'attemptId' });
      expectError(await t.gql(RESUME, { attemptId: 'not-a-uuid' }, other.auth), 'BAD_USER_INPUT', { field: 'attemptId' });
    });
  });

  describe('bad input', () => {
    let owner: RegisteredUser;
    let other: RegisteredUser;
    let attemptId: string;

    beforeAll(async () => {
      owner = await registerUser(t);
      other = await registerUser(t);
      attemptId = (await startAttempt(t, owner, ids['input-sql'])).id;
    });

    it("answers NOT_FOUND for another user's attempt, exactly as for one that does not exist", async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const id of [attemptId, missing]) {
        expectError(await t.gql('query($id: ID!) { attempt(id: $id) { id } }', { id }, other.auth), 'NOT_FOUND', { field: 'id' });
        expectError(await t.gql(REVEAL_HINT, { attemptId: id }, other.auth), 'NOT_FOUND', { field: 'attemptId' });
        expectError(await t.gql(SAVE_DRAFT, { input: { attemptId: id, answer: 'x' } }, other.auth), 'NOT_FOUND', { field: 'input.attemptId' });
        expectError(await submit(t, other, id), 'NOT_FOUND', { field: 'input.attemptId' });
        expectError(await t.gql(ABANDON_ATTEMPT, { attemptId: id }, other.auth), 'NOT_FOUND', { field: 'attemptId' });
      }
      const foreign = await t.gql('query($id: ID!) { attempt(id: $id) { id } }', { id: attemptId }, other.auth);
      const absent = await t.gql('query($id: ID!) { attempt(id: $id) { id } }', { id: missing }, other.auth);
      expect(foreign.errors![0].message.replace(attemptId, '<id>')).toBe(absent.errors![0].message.replace(missing, '<id>'));
      expect(ok(await t.gql('{ attempts { totalCount } }', undefined, other.auth)).attempts.totalCount).toBe(0);
    });

    it('names the field of an answer over 64 KiB (counted in bytes), an unknown criterion, a score out of range, a missing criterion', async () => {
      // 32,769 two-byte characters: under 64 Ki characters, over 64 KiB.
      const tooLong = 'é'.repeat(32_769);
      expectError(await submit(t, owner, attemptId, { answer: tooLong }), 'BAD_USER_INPUT', { field: 'input.answer' });
      expectError(await t.gql(SAVE_DRAFT, { input: { attemptId, answer: tooLong } }, owner.auth), 'BAD_USER_INPUT', { field: 'input.answer' });
      expect(ok(await t.gql(SAVE_DRAFT, { input: { attemptId, answer: 'é'.repeat(32_768) } }, owner.auth)).saveDraft.answer).toHaveLength(32_768);
      expectError(await submit(t, owner, attemptId, { selfAssessment: [...assessment(1, 1), { criterionId: 'charisma', score: 2 }] }), 'BAD_USER_INPUT', {
        field: 'input.selfAssessment.2.criterionId',
      });
      expectError(await submit(t, owner, attemptId, { selfAssessment: assessment(4, 1) }), 'BAD_USER_INPUT', { field: 'input.selfAssessment.0.score' });
      expectError(await submit(t, owner, attemptId, { selfAssessment: assessment(1, -1) }), 'BAD_USER_INPUT', { field: 'input.selfAssessment.1.score' });
      expectError(await submit(t, owner, attemptId, { selfAssessment: assessment(1) }), 'BAD_USER_INPUT', { field: 'input.selfAssessment' });
      expectError(await submit(t, owner, attemptId, { selfAssessment: [...assessment(1, 1), { criterionId: 'criterion-1', score: 3 }] }), 'BAD_USER_INPUT', {
        field: 'input.selfAssessment.2.criterionId',
      });
      expectError(await t.gql(REVEAL_HINT, { attemptId: 'not-a-uuid' }, owner.auth), 'BAD_USER_INPUT', { field: 'attemptId' });
      // None of it wrote anything.
      expect(ok(await t.gql('query($id: ID!) { attempt(id: $id) { status } }', { id: attemptId }, owner.auth)).attempt.status).toBe('IN_PROGRESS');
    });

    it('returns the first result for the same idempotency key and writes nothing; another key is a CONFLICT', async () => {
      const input = submitInput(attemptId, { idempotencyKey: 'retry-me', selfAssessment: assessment(1, 0) });
      const first = ok(await t.gql(SUBMIT_ATTEMPT, { input }, owner.auth)).submitAttempt;
      expect(first.score).toBe(30);
      clock.advance(MINUTE);
      const before = await db().query('SELECT updated_at FROM attempt WHERE id = $1', [attemptId]);
      const again = ok(await t.gql(SUBMIT_ATTEMPT, { input: { ...input, answer: 'changed my mind', selfAssessment: assessment(3, 3) } }, owner.auth)).submitAttempt;
      expect(again).toEqual(first);
      expect(await db().query('SELECT updated_at FROM attempt WHERE id = $1', [attemptId])).toEqual(before);
      const [{ logs }] = await db().query('SELECT count(*)::int AS logs FROM review_log WHERE attempt_id = $1', [attemptId]);
      expect(logs).toBe(1);
      expectError(await submit(t, owner, attemptId, { idempotencyKey: 'another-key' }), 'CONFLICT', { reason: 'ALREADY_SUBMITTED', field: 'input.idempotencyKey' });
    });

    it('refuses to change a submitted attempt, and a hint past the last one', async () => {
      expectError(await t.gql(REVEAL_HINT, { attemptId }, owner.auth), 'CONFLICT', { reason: 'NOT_IN_PROGRESS' });
      expectError(await t.gql(SAVE_DRAFT, { input: { attemptId, answer: 'x' } }, owner.auth), 'CONFLICT', { reason: 'NOT_IN_PROGRESS' });
      expectError(await t.gql(ABANDON_ATTEMPT, { attemptId }, owner.auth), 'CONFLICT', { reason: 'ALREADY_SUBMITTED' });
      const fresh = await startAttempt(t, owner, ids['loop-sql']);
      ok(await t.gql(REVEAL_HINT, { attemptId: fresh.id }, owner.auth));
      expectError(await t.gql(REVEAL_HINT, { attemptId: fresh.id }, owner.auth), 'CONFLICT', { reason: 'NO_MORE_HINTS' });
      const abandoned = ok(await t.gql(ABANDON_ATTEMPT, { attemptId: fresh.id }, owner.auth)).abandonAttempt;
      expect(abandoned).toMatchObject({ status: 'ABANDONED', hintsUsed: 1, score: null });
      expectError(await submit(t, owner, fresh.id), 'CONFLICT', { reason: 'NOT_IN_PROGRESS' });
    });

    it('asks for a sign-in for every personal query and mutation', async () => {
      expectError(await t.gql(`mutation { startAttempt(input: { promptId: "${ids['loop-sql']}" }) { id } }`), 'UNAUTHENTICATED');
      expectError(await t.gql('{ attempts { totalCount } }'), 'UNAUTHENTICATED');
      expectError(await t.gql('{ dueReviews { totalCount } }'), 'UNAUTHENTICATED');
      expectError(await t.gql('{ practiceQueue { reason } }'), 'UNAUTHENTICATED');
      // On a public query, a token that does not work fails the personal fields only, each with UNAUTHENTICATED.
      const stale = await t.gql(ANSWERS, { id: ids['loop-sql'] }, { authorization: 'Bearer not.a.token' });
      expect(stale.data.prompt).toMatchObject({ answersRevealed: null, referenceAnswer: null, myNote: null });
      expect(stale.errors!.length).toBeGreaterThan(1);
      expect(stale.errors!.every((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason === 'INVALID')).toBe(true);
    });
  });
});
