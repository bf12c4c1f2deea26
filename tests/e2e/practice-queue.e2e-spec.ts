import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ContentImportService } from '@prepstack/catalog';
import { ManualClock } from '@prepstack/platform';
import { AttemptsService } from '@prepstack/practice';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { registerUser, RegisteredUser } from '../harness/identity-factory';
import { ABANDON_ATTEMPT, assessment, expectError, ok, practise, promptId, signIn, startAttempt, submit } from '../harness/practice-factory';
import { startTestApp, TestApp } from '../harness/test-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const QUEUE = `query($stack: Stack, $kinds: [PromptKind!], $topics: [String!], $level: Level, $count: Int) {
  practiceQueue(stack: $stack, kinds: $kinds, topics: $topics, level: $level, count: $count) {
    reason due topic inProgressAttemptId prompt { slug }
  }
}`;
const SET_FIELDS = `id status minutes startedAt finishedAt elapsedMs remainingMs submittedCount averageScore kinds topics
  targets { difficulty targetMs }
  items { position promptId difficulty targetMs status prompt { slug } attempt { id status score practiceSetId } }`;
const START_SET = `mutation($input: StartPracticeSetInput!) { startPracticeSet(input: $input) { ${SET_FIELDS} } }`;
const SET = `query($id: ID!) { practiceSet(id: $id) { ${SET_FIELDS} } }`;
const setAction = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${SET_FIELDS} } }`;
const NOTE = 'mutation($input: SetPromptNoteInput!) { setPromptNote(input: $input) { promptId body updatedAt } }';
const MY_NOTE = 'query($id: ID!) { prompt(id: $id) { myNote { body } } }';
const HISTORY = `query($filter: AttemptFilter, $first: Int, $after: String) { attempts(filter: $filter, first: $first, after: $after) {
  totalCount edges { cursor node { id status mode score prompt { slug } } } pageInfo { hasNextPage hasPreviousPage endCursor }
} }`;

const slugsOf = (queue: { prompt: { slug: string } }[]) => queue.map((q) => q.prompt.slug);

describe('practice queue, practice sets, history, notes and settings over HTTP', () => {
  let t: TestApp;
  let content: ContentDir;
  const clock = new ManualClock(new Date('2025-06-02T08:00:00Z'));
  const ids: Record<string, string> = {};
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: 'practice-queue-e2e-secret-0123456789ab' }, { clock });
    // Catalog order: level, difficulty, title (`Title of <slug>`).
    content = await createContentDir([
      { slug: 'a-sql-1', fields: { topics: ['backend/sql'] } },
      { slug: 'b-sql-2', fields: { topics: ['backend/sql'] } },
      { slug: 'c-sql-3', fields: { topics: ['backend/sql'], difficulty: 'MEDIUM' } },
      { slug: 'd-cache-1', fields: { topics: ['backend/caching'] } },
      { slug: 'e-cache-2', fields: { topics: ['backend/caching'] } },
      { slug: 'f-java-gc', fields: { topics: ['java/jvm'], stacks: ['java'] } },
      { slug: 'g-dsa', kind: 'DSA', reference: 'SECRET-G-REFERENCE' },
      { slug: 'h-design', kind: 'SYSTEM_DESIGN', fields: { level: 'SENIOR', difficulty: 'HARD' } },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
    for (const slug of ['a-sql-1', 'b-sql-2', 'c-sql-3', 'd-cache-1', 'e-cache-2', 'f-java-gc', 'g-dsa', 'h-design']) ids[slug] = await promptId(t, slug);
  });
  afterAll(async () => {
    await t?.close();
    await content?.dispose();
  });

  describe('practiceQueue', () => {
    let user: RegisteredUser;
    let inProgress: string;

    beforeAll(async () => {
      user = await registerUser(t);
      // backend/sql goes badly (score 3: weak), backend/caching well (100).
      await practise(t, user, ids['a-sql-1'], { selfAssessment: assessment(0, 1), rating: 'AGAIN' });
      await practise(t, user, ids['d-cache-1'], { selfAssessment: assessment(3, 3), rating: 'EASY' });
      inProgress = (await startAttempt(t, user, ids['e-cache-2'])).id;
    });

    it('lists unseen prompts of weak topics, then new ones, each once, the one in progress marked', async () => {
      const queue = ok(await t.gql(QUEUE, { kinds: ['KNOWLEDGE'] }, user.auth)).practiceQueue;
      expect(queue.map((q: any) => [q.prompt.slug, q.reason, q.topic])).toEqual([
        ['b-sql-2', 'WEAK_TOPIC', 'backend/sql'],
        ['c-sql-3', 'WEAK_TOPIC', 'backend/sql'],
        ['e-cache-2', 'NEW', null],
        ['f-java-gc', 'NEW', null],
      ]);
      expect(queue.find((q: any) => q.prompt.slug === 'e-cache-2').inProgressAttemptId).toBe(inProgress);
    });

    it('puts reviews first once they are due, most overdue first', async () => {
      clock.advance(DAY);
      await signIn(t, user);
      const queue = ok(await t.gql(QUEUE, { kinds: ['KNOWLEDGE'], count: 3 }, user.auth)).practiceQueue;
      expect(queue.map((q: any) => [q.prompt.slug, q.reason])).toEqual([
        ['a-sql-1', 'DUE_REVIEW'],
        ['b-sql-2', 'WEAK_TOPIC'],
        ['c-sql-3', 'WEAK_TOPIC'],
      ]);
      expect(queue[0].due).not.toBeNull();
    });

    it('filters every group by stack, kinds, topics (or areas) and level', async () => {
      expect(slugsOf(ok(await t.gql(QUEUE, { stack: 'python', kinds: ['KNOWLEDGE'] }, user.auth)).practiceQueue)).not.toContain('f-java-gc');
      expect(slugsOf(ok(await t.gql(QUEUE, { topics: ['backend/caching'] }, user.auth)).practiceQueue)).toEqual(['e-cache-2']);
      expect(slugsOf(ok(await t.gql(QUEUE, { topics: ['java', 'dsa'] }, user.auth)).practiceQueue)).toEqual(['f-java-gc', 'g-dsa']);
      expect(slugsOf(ok(await t.gql(QUEUE, { level: 'SENIOR', kinds: ['SYSTEM_DESIGN'] }, user.auth)).practiceQueue)).toEqual(['h-design']);
      expectError(await t.gql(QUEUE, { count: 51 }, user.auth), 'BAD_USER_INPUT', { field: 'count' });
      expectError(await t.gql(QUEUE, { topics: ['Not a topic'] }, user.auth), 'BAD_USER_INPUT', { field: 'topics' });
    });
  });

  describe('practice sets', () => {
    let user: RegisteredUser;
    let setId: string;

    beforeAll(async () => {
      user = await registerUser(t);
    });

    it('starts with prompts from the queue, a server timer and a target time per difficulty', async () => {
      const set = ok(await t.gql(START_SET, { input: { kinds: ['KNOWLEDGE'], topics: ['backend'], size: 3, minutes: 20 } }, user.auth)).startPracticeSet;
      setId = set.id;
      expect(set).toMatchObject({ status: 'RUNNING', minutes: 20, elapsedMs: 0, remainingMs: 20 * MINUTE, submittedCount: 0, averageScore: null });
      expect(set.items.map((i: any) => i.prompt.slug)).toEqual(['a-sql-1', 'b-sql-2', 'd-cache-1']);
      // Three EASY prompts share 20 minutes: 400 s each.
      expect(set.targets).toEqual([{ difficulty: 'EASY', targetMs: 400_000 }]);
      expect(set.items.every((i: any) => i.targetMs === 400_000 && i.status === null)).toBe(true);
    });

    it('splits the budget by difficulty, EASY 1 : MEDIUM 2 : HARD 3', async () => {
      const other = await registerUser(t);
      const set = ok(await t.gql(START_SET, { input: { topics: ['backend/sql'], size: 3, minutes: 40 } }, other.auth)).startPracticeSet;
      expect(set.targets).toEqual([
        { difficulty: 'EASY', targetMs: 10 * MINUTE },
        { difficulty: 'MEDIUM', targetMs: 20 * MINUTE },
      ]);
      expectError(await t.gql(START_SET, { input: { topics: ['dsa/graphs'], size: 3, minutes: 40 } }, other.auth), 'BAD_USER_INPUT', { field: 'input' });
      expectError(await t.gql(START_SET, { input: { size: 0, minutes: 40 } }, other.auth), 'BAD_USER_INPUT', { field: 'input.size' });
      expectError(await t.gql(SET, { id: setId }, other.auth), 'NOT_FOUND', { field: 'id' });
    });

    it('pauses and resumes: paused time does not count', async () => {
      clock.advance(5 * MINUTE);
      const paused = ok(await t.gql(setAction('pausePracticeSet'), { id: setId }, user.auth)).pausePracticeSet;
      expect(paused).toMatchObject({ status: 'PAUSED', elapsedMs: 5 * MINUTE });
      clock.advance(10 * MINUTE);
      await signIn(t, user);
      expect(ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet).toMatchObject({ status: 'PAUSED', elapsedMs: 5 * MINUTE, remainingMs: 15 * MINUTE });
      expect(ok(await t.gql(setAction('pausePracticeSet'), { id: setId }, user.auth)).pausePracticeSet.elapsedMs).toBe(5 * MINUTE);
      expect(ok(await t.gql(setAction('resumePracticeSet'), { id: setId }, user.auth)).resumePracticeSet.status).toBe('RUNNING');
      clock.advance(2 * MINUTE);
      await signIn(t, user);
      expect(ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet).toMatchObject({ elapsedMs: 7 * MINUTE, remainingMs: 13 * MINUTE });
    });

    it('shows progress as attempts join the set, and finishes when every prompt is done', async () => {
      await signIn(t, user);
      const first = await startAttempt(t, user, ids['a-sql-1'], setId);
      expect(first.practiceSetId).toBe(setId);
      let set = ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet;
      expect(set.items[0]).toMatchObject({ status: 'IN_PROGRESS', attempt: { id: first.id } });
      ok(await submit(t, user, first.id, { selfAssessment: assessment(3, 0) }));
      set = ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet;
      expect(set).toMatchObject({ status: 'RUNNING', submittedCount: 1, averageScore: 90 });
      expect(set.items[0]).toMatchObject({ status: 'SUBMITTED', attempt: { score: 90 } });

      expectError(await t.gql('mutation($input: StartAttemptInput!) { startAttempt(input: $input) { id } }', { input: { promptId: ids['e-cache-2'], practiceSetId: setId } }, user.auth), 'BAD_USER_INPUT', {
        field: 'input.promptId',
      });
      const stranger = await registerUser(t);
      expectError(await t.gql('mutation($input: StartAttemptInput!) { startAttempt(input: $input) { id } }', { input: { promptId: ids['a-sql-1'], practiceSetId: setId } }, stranger.auth), 'NOT_FOUND', {
        field: 'input.practiceSetId',
      });

      const second = await startAttempt(t, user, ids['b-sql-2'], setId);
      ok(await t.gql(ABANDON_ATTEMPT, { attemptId: second.id }, user.auth));
      clock.advance(MINUTE);
      const third = await startAttempt(t, user, ids['d-cache-1'], setId);
      // round(100 × (90·1 + 10·3) / 300) = 40; the set's mean of 90 and 40 is 65.
      ok(await submit(t, user, third.id, { selfAssessment: assessment(1, 3) }));
      set = ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet;
      expect(set).toMatchObject({ status: 'FINISHED', finishedAt: clock.now().toISOString(), elapsedMs: 8 * MINUTE, submittedCount: 2, averageScore: 65 });
      expect(set.items.map((i: any) => i.status)).toEqual(['SUBMITTED', 'ABANDONED', 'SUBMITTED']);
      clock.advance(MINUTE);
      expect(ok(await t.gql(SET, { id: setId }, user.auth)).practiceSet.elapsedMs).toBe(8 * MINUTE);
      expectError(await t.gql(setAction('pausePracticeSet'), { id: setId }, user.auth), 'CONFLICT', { reason: 'SET_FINISHED' });
      expectError(await t.gql('mutation($input: StartAttemptInput!) { startAttempt(input: $input) { id } }', { input: { promptId: ids['b-sql-2'], practiceSetId: setId } }, user.auth), 'CONFLICT');
    });

    it('is TIME_UP when the budget runs out, cannot pause then, and can be finished', async () => {
      await signIn(t, user);
      const set = ok(await t.gql(START_SET, { input: { size: 1, minutes: 1 } }, user.auth)).startPracticeSet;
      clock.advance(61_000);
      expect(ok(await t.gql(SET, { id: set.id }, user.auth)).practiceSet).toMatchObject({ status: 'TIME_UP', remainingMs: 0, elapsedMs: 61_000 });
      expectError(await t.gql(setAction('pausePracticeSet'), { id: set.id }, user.auth), 'CONFLICT', { reason: 'TIME_UP' });
      expect(ok(await t.gql(setAction('finishPracticeSet'), { id: set.id }, user.auth)).finishPracticeSet.status).toBe('FINISHED');
      const list = ok(await t.gql('{ practiceSets(first: 10) { totalCount edges { node { id status } } } }', undefined, user.auth)).practiceSets;
      expect(list.totalCount).toBe(2);
      expect(list.edges[0].node.id).toBe(set.id);
    });
  });

  describe('history', () => {
    it('filters by prompt, stack, kind, topic or area, status and time, and pages newest first', async () => {
      const user = await registerUser(t);
      const started = clock.now();
      const sql = await practise(t, user, ids['a-sql-1']);
      clock.advance(MINUTE);
      const dsa = await practise(t, user, ids['g-dsa']);
      clock.advance(MINUTE);
      const java = await practise(t, user, ids['f-java-gc']);
      clock.advance(MINUTE);
      const open = await startAttempt(t, user, ids['e-cache-2']);
      const history = async (filter: Record<string, unknown>, first = 20, after?: string) => ok(await t.gql(HISTORY, { filter, first, after }, user.auth)).attempts;
      const idsOf = (c: any) => c.edges.map((e: any) => e.node.id);

      expect(idsOf(await history({}))).toEqual([open.id, java.id, dsa.id, sql.id]);
      expect(idsOf(await history({ kind: 'DSA' }))).toEqual([dsa.id]);
      expect(idsOf(await history({ topic: 'backend' }))).toEqual([open.id, sql.id]);
      expect(idsOf(await history({ topic: 'backend/caching' }))).toEqual([open.id]);
      expect(idsOf(await history({ stack: 'python' }))).toEqual([open.id, dsa.id, sql.id]);
      expect(idsOf(await history({ promptId: ids['g-dsa'] }))).toEqual([dsa.id]);
      expect(idsOf(await history({ status: 'IN_PROGRESS' }))).toEqual([open.id]);
      expect(idsOf(await history({ from: new Date(started.getTime() + MINUTE).toISOString(), to: new Date(started.getTime() + 2 * MINUTE).toISOString() }))).toEqual([dsa.id]);

      const page1 = await history({}, 3);
      expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      const page2 = await history({}, 3, page1.pageInfo.endCursor);
      expect(idsOf(page2)).toEqual([sql.id]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expectError(await t.gql(HISTORY, { after: 'bm9wZQ' }, user.auth), 'BAD_USER_INPUT', { field: 'after' });
      expectError(await t.gql(HISTORY, { filter: { topic: 'Backend!' } }, user.auth), 'BAD_USER_INPUT', { field: 'filter.topic' });
    });
  });

  describe('notes', () => {
    it('keeps a personal note per prompt, visible to its author only; empty deletes', async () => {
      const user = await registerUser(t);
      const other = await registerUser(t);
      const id = ids['h-design'];
      expect(ok(await t.gql(NOTE, { input: { promptId: id, body: 'Start from the read path.' } }, user.auth)).setPromptNote).toMatchObject({
        promptId: id,
        body: 'Start from the read path.',
      });
      ok(await t.gql(NOTE, { input: { promptId: id, body: 'Start from the write path.' } }, user.auth));
      expect(ok(await t.gql(MY_NOTE, { id }, user.auth)).prompt.myNote).toEqual({ body: 'Start from the write path.' });
      expect(ok(await t.gql(MY_NOTE, { id }, other.auth)).prompt.myNote).toBeNull();
      expect(ok(await t.gql(MY_NOTE, { id })).prompt.myNote).toBeNull();
      expect(ok(await t.gql(NOTE, { input: { promptId: id, body: '  ' } }, user.auth)).setPromptNote).toBeNull();
      expect(ok(await t.gql(MY_NOTE, { id }, user.auth)).prompt.myNote).toBeNull();
      expectError(await t.gql(NOTE, { input: { promptId: id, body: 'ü'.repeat(8_193) } }, user.auth), 'BAD_USER_INPUT', { field: 'input.body' });
      expectError(await t.gql(NOTE, { input: { promptId: randomUUID(), body: 'x' } }, user.auth), 'NOT_FOUND', { field: 'input.promptId' });
    });
  });

  describe('review settings', () => {
    it('defaults to a desired retention of 0.9, accepts 0.7..0.99, and schedules by it', async () => {
      const relaxed = await registerUser(t);
      expect(ok(await t.gql('{ reviewSettings { desiredRetention } }', undefined, relaxed.auth)).reviewSettings.desiredRetention).toBe(0.9);
      const set = 'mutation($r: Float!) { setReviewSettings(input: { desiredRetention: $r }) { desiredRetention } }';
      expectError(await t.gql(set, { r: 0.5 }, relaxed.auth), 'BAD_USER_INPUT', { field: 'input.desiredRetention' });
      expectError(await t.gql(set, { r: 1 }, relaxed.auth), 'BAD_USER_INPUT', { field: 'input.desiredRetention' });
      expect(ok(await t.gql(set, { r: 0.7 }, relaxed.auth)).setReviewSettings.desiredRetention).toBe(0.7);
      expect(ok(await t.gql('{ reviewSettings { desiredRetention } }', undefined, relaxed.auth)).reviewSettings.desiredRetention).toBe(0.7);
      const usual = await registerUser(t);
      await practise(t, relaxed, ids['b-sql-2'], { rating: 'GOOD' });
      await practise(t, usual, ids['b-sql-2'], { rating: 'GOOD' });
      const days = async (u: RegisteredUser) =>
        ok(await t.gql('query($id: ID!) { prompt(id: $id) { myReview { scheduledDays } } }', { id: ids['b-sql-2'] }, u.auth)).prompt.myReview.scheduledDays;
      // Accepting more forgetting (0.7 instead of 0.9) spaces reviews further apart.
      expect(await days(relaxed)).toBeGreaterThan(await days(usual));
    });
  });

  describe('mock attempts (AttemptsService.recordMockAttempt, for the interviews library)', () => {
    it('records a scored MOCK attempt once per session, candidate and prompt, and schedules its review', async () => {
      const candidate = await registerUser(t);
      const attempts = t.app.get(AttemptsService);
      const now = clock.now();
      const input = {
        userId: candidate.id,
        promptId: ids['g-dsa'],
        mockSessionId: randomUUID(),
        startedAt: new Date(now.getTime() - 20 * MINUTE),
        submittedAt: now,
        answer: 'function sumAll(nums) { return nums.reduce((a, b) => a + b, 0); }',
        language: 'javascript',
        scorecard: [
          { criterionId: 'criterion-1', score: 2 },
          { criterionId: 'criterion-2', score: 1 },
        ],
        feedback: 'Clear, but test the empty array.',
      };
      const results = await Promise.all([attempts.recordMockAttempt(input), attempts.recordMockAttempt(input), attempts.recordMockAttempt(input)]);
      // round(100 × (90·2 + 10·1) / 300) = 63 → HARD.
      expect(results).toEqual([results[0], results[0], results[0]]);
      expect(results[0].score).toBe(63);
      const [row] = await db().query(
        `SELECT (SELECT count(*)::int FROM attempt WHERE user_id = $1) AS attempts,
                (SELECT count(*)::int FROM review_log WHERE user_id = $1) AS logs,
                (SELECT rating FROM review_log WHERE user_id = $1) AS rating`,
        [candidate.id],
      );
      expect(row).toEqual({ attempts: 1, logs: 1, rating: 'HARD' });

      const attempt = ok(await t.gql(`query($id: ID!) { attempt(id: $id) { mode status durationMs score rating scorecard { criterionId score } feedback mockSessionId prompt { referenceAnswer myReview { reps } } } }`, { id: results[0].attemptId }, candidate.auth)).attempt;
      expect(attempt).toMatchObject({
        mode: 'MOCK',
        status: 'SUBMITTED',
        durationMs: 20 * MINUTE,
        score: 63,
        rating: 'HARD',
        feedback: 'Clear, but test the empty array.',
        mockSessionId: input.mockSessionId,
        prompt: { myReview: { reps: 1 } },
      });
      expect(attempt.prompt.referenceAnswer).toContain('SECRET-G-REFERENCE');

      await expect(attempts.recordMockAttempt({ ...input, mockSessionId: randomUUID(), scorecard: [{ criterionId: 'criterion-9', score: 1 }] })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'scorecard.0.criterionId' },
      });
      await expect(attempts.recordMockAttempt({ ...input, mockSessionId: randomUUID(), userId: randomUUID() })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'userId' },
      });
    });
  });
});
