import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ContentImportService } from '@prepstack/catalog';
import { ManualClock } from '@prepstack/platform';
import { createContentDir, ContentDir } from '../harness/content-factory';
import { registerUser, RegisteredUser } from '../harness/identity-factory';
import { assessment, expectError, ok, practise, promptId, signIn } from '../harness/practice-factory';
import { startTestApp, TestApp } from '../harness/test-app';

const DAY = 86_400_000;
const FIGURES = `attempts prompts averageScore bestScore lastPractisedAt trend { weekStart attempts averageScore }
  mastery retrievability recentScore evidence promptsAvailable promptsAnswered dueReviews`;
const PROGRESS = `query($stack: Stack!, $from: String, $to: String) { progress(stack: $stack, from: $from, to: $to) {
  stack from to timeZone weeks overall { ${FIGURES} } kinds { kind ${FIGURES} } topics { topic { id title } ${FIGURES} } } }`;
const WEAKEST = `query($stack: Stack!, $count: Int, $perTopic: Int) { weakestTopics(stack: $stack, count: $count, perTopic: $perTopic) {
  topic { id } mastery recentScore attempts promptsAnswered recommended { reason prompt { slug } } } }`;
const QUEUE = 'query($topics: [String!], $count: Int) { practiceQueue(stack: node, topics: $topics, count: $count) { reason prompt { slug } } }';
const READINESS = `query($stack: Stack!, $level: Level!) { readiness(stack: $stack, level: $level) {
  stack level title readiness coverage masteryOfCovered totalWeight topics { topic { id } weight mastery practised contribution gap } } }`;
const STREAK = '{ streak { current longest currentStart lastActiveDay longestStart longestEnd today activeToday timeZone } }';
const ACTIVITY = 'query($from: String, $to: String) { activity(from: $from, to: $to) { date attempts averageScore } }';
const SET_ZONE = 'mutation($tz: String!) { updateProfile(input: { timezone: $tz }) { timezone } }';

/** FSRS-6 forgetting curve with ts-fsrs's default w₂₀ = 0.1542, written out by hand. */
const DECAY = -0.1542;
const FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
const recall = (days: number, stability: number) => Math.pow(1 + (FACTOR * Math.floor(days)) / stability, DECAY);
/** Weight of a score `days` old: half-life 30 days. */
const weight = (days: number) => Math.pow(0.5, days / 30);

describe('progress review over HTTP', () => {
  let t: TestApp;
  let content: ContentDir;
  const clock = new ManualClock(new Date('2025-06-02T08:00:00Z'));
  const ids: Record<string, string> = {};
  const db = () => t.app.get(DataSource);

  /** Moves the clock to `iso` and signs the user in again (tokens live 15 minutes). */
  async function at(user: RegisteredUser, iso: string) {
    clock.set(new Date(iso));
    await signIn(t, user);
  }

  beforeAll(async () => {
    content = await createContentDir([
      { slug: 'sql-1', fields: { topics: ['backend/sql'] } },
      { slug: 'sql-2', fields: { topics: ['backend/sql'] } },
      { slug: 'sql-3', fields: { topics: ['backend/sql'] } },
      { slug: 'sql-4', fields: { topics: ['backend/sql'], difficulty: 'MEDIUM' } },
      { slug: 'cache-1', fields: { topics: ['backend/caching'] } },
      { slug: 'java-1', fields: { topics: ['java/spring'], stacks: ['java'] } },
      { slug: 'dsa-1', kind: 'DSA', fields: { topics: ['dsa/arrays-hashing'] } },
    ]);
    // A role profile of our own: readiness over backend/sql (weight 3) and backend/caching (1).
    await content.writeRaw(
      'roles/node-junior.yaml',
      'stack: node\nlevel: JUNIOR\ntitle: Junior Node.js developer\nsummary: Test profile.\ntopics:\n  backend/sql: 3\n  backend/caching: 1\n  dsa/arrays-hashing: 0\n',
    );
    await content.writeRaw('roles/node-mid.yaml', 'stack: node\nlevel: MID\ntitle: Mid\nsummary: Test.\ntopics:\n  backend/sql: 3\n  backend/caching: 1\n');
    await content.writeRaw('roles/node-senior.yaml', 'stack: node\nlevel: SENIOR\ntitle: Senior\nsummary: Test.\ntopics:\n  backend/sql: 3\n  backend/caching: 1\n  dsa/arrays-hashing: 2\n');
    t = await startTestApp({ JWT_SECRET: 'progress-e2e-secret-0123456789abcdefgh', CONTENT_DIR: content.dir }, { clock });
    await t.app.get(ContentImportService).importDirectory(content.dir);
    for (const slug of ['sql-1', 'sql-2', 'sql-3', 'sql-4', 'cache-1', 'java-1', 'dsa-1']) ids[slug] = await promptId(t, slug);
  });
  afterAll(async () => {
    await t?.close();
    await content?.dispose();
  });

  describe('progress per topic, kind and stack, with weeks in the user\'s time zone', () => {
    let nyc: RegisteredUser;
    let other: RegisteredUser;

    beforeAll(async () => {
      clock.set(new Date('2025-06-02T08:00:00Z'));
      nyc = await registerUser(t);
      ok(await t.gql(SET_ZONE, { tz: 'America/New_York' }, nyc.auth)); // EDT, UTC−4
      // Scores with the content factory's rubric (weights 90/10): round(100 × (90a + 10b) / 300).
      await at(nyc, '2025-06-02T12:00:00Z'); // Mon 2 Jun, 08:00 in New York
      await practise(t, nyc, ids['sql-1'], { selfAssessment: assessment(2, 0), rating: 'HARD' }); // 60
      await at(nyc, '2025-06-09T03:30:00Z'); // Sun 8 Jun, 23:30 in New York: still week 2 Jun there
      await practise(t, nyc, ids['sql-2'], { selfAssessment: assessment(3, 3), rating: 'EASY' }); // 100
      await at(nyc, '2025-06-10T12:00:00Z');
      await practise(t, nyc, ids['sql-1'], { selfAssessment: assessment(1, 0), rating: 'AGAIN' }); // 30
      await at(nyc, '2025-06-18T12:00:00Z');
      await practise(t, nyc, ids['sql-3'], { selfAssessment: assessment(3, 0), rating: 'GOOD' }); // 90
      await practise(t, nyc, ids['dsa-1'], { selfAssessment: assessment(2, 2), rating: 'GOOD' }); // 67
      await practise(t, nyc, ids['java-1'], { selfAssessment: assessment(3, 3) }); // another stack: not in node's figures
      // Somebody else's attempts never show.
      other = await registerUser(t);
      await practise(t, other, ids['sql-1'], { selfAssessment: assessment(0, 0) });
    });

    it('counts attempts, prompts, mean and best score, last practised and a weekly trend per topic', async () => {
      const p = ok(await t.gql(PROGRESS, { stack: 'node', from: '2025-06-01', to: '2025-06-18' }, nyc.auth)).progress;
      expect(p).toMatchObject({ stack: 'node', from: '2025-06-01', to: '2025-06-18', timeZone: 'America/New_York' });
      // 1 Jun is a Sunday: its ISO week starts on 26 May.
      expect(p.weeks).toEqual(['2025-05-26', '2025-06-02', '2025-06-09', '2025-06-16']);
      const sql = p.topics.find((x: any) => x.topic.id === 'backend/sql');
      expect(sql).toMatchObject({ attempts: 4, prompts: 3, averageScore: 70, bestScore: 100, lastPractisedAt: '2025-06-18T12:00:00.000Z' });
      // The Sunday-night attempt is in the week of 2 Jun in New York (in UTC it would be 9 Jun's).
      expect(sql.trend).toEqual([
        { weekStart: '2025-06-02', attempts: 2, averageScore: 80 },
        { weekStart: '2025-06-09', attempts: 1, averageScore: 30 },
        { weekStart: '2025-06-16', attempts: 1, averageScore: 90 },
      ]);
      expect(p.topics.find((x: any) => x.topic.id === 'dsa/arrays-hashing')).toMatchObject({ attempts: 1, averageScore: 67, trend: [{ weekStart: '2025-06-16', attempts: 1, averageScore: 67 }] });
      // Untouched topics of the stack are listed with zeros; other stacks' topics are not.
      expect(p.topics.find((x: any) => x.topic.id === 'backend/caching')).toMatchObject({ attempts: 0, averageScore: null, mastery: 0, promptsAvailable: 1, trend: [] });
      expect(p.topics.map((x: any) => x.topic.id)).not.toContain('java/spring');
      // Rolled up: (60 + 100 + 30 + 90 + 67) / 5 = 69.4 over 4 prompts.
      expect(p.overall).toMatchObject({ attempts: 5, prompts: 4, averageScore: 69.4, bestScore: 100, promptsAnswered: 4, promptsAvailable: 6 });
      expect(p.overall.trend).toEqual([
        { weekStart: '2025-06-02', attempts: 2, averageScore: 80 },
        { weekStart: '2025-06-09', attempts: 1, averageScore: 30 },
        { weekStart: '2025-06-16', attempts: 2, averageScore: 78.5 },
      ]);
      const kinds = Object.fromEntries(p.kinds.map((k: any) => [k.kind, k]));
      expect(Object.keys(kinds)).toEqual(['DSA', 'SYSTEM_DESIGN', 'BEHAVIOURAL', 'KNOWLEDGE']);
      expect(kinds.KNOWLEDGE).toMatchObject({ attempts: 4, prompts: 3, averageScore: 70, promptsAvailable: 5 });
      expect(kinds.DSA).toMatchObject({ attempts: 1, averageScore: 67, bestScore: 67 });
      expect(kinds.SYSTEM_DESIGN).toMatchObject({ attempts: 0, averageScore: null, bestScore: null, lastPractisedAt: null, mastery: 0 });
    });

    it('cuts the window at local midnight in the user\'s time zone', async () => {
      const p = ok(await t.gql(PROGRESS, { stack: 'node', from: '2025-06-09', to: '2025-06-18' }, nyc.auth)).progress;
      // 09:30 UTC on 9 Jun is still 8 Jun in New York: out of the window.
      expect(p.topics.find((x: any) => x.topic.id === 'backend/sql')).toMatchObject({ attempts: 2, prompts: 2, averageScore: 60, bestScore: 90 });
      const until8 = ok(await t.gql(PROGRESS, { stack: 'node', from: '2025-06-08', to: '2025-06-08' }, nyc.auth)).progress;
      expect(until8.overall).toMatchObject({ attempts: 1, bestScore: 100 });
    });

    it('computes mastery from FSRS retrievability, recency-weighted scores and evidence', async () => {
      const p = ok(await t.gql(PROGRESS, { stack: 'node' }, nyc.auth)).progress;
      expect(p).toMatchObject({ from: '2025-03-27', to: '2025-06-18' }); // default: the last 84 days
      const cards: { slug: string; stability: number; due: Date }[] = await db().query(
        `SELECT p.slug, c.stability, c.due FROM review_card c JOIN prompt p ON p.id = c.prompt_id WHERE c.user_id = $1`,
        [nyc.id],
      );
      const s = Object.fromEntries(cards.map((c) => [c.slug, c.stability]));
      // Now is 18 Jun 12:00 UTC. Last reviews: sql-1 10 Jun 12:00 (8 days), sql-2 9 Jun 03:30 (9 whole days), sql-3 now.
      const rBar = (recall(8, s['sql-1']) + recall(9 + 8.5 / 24, s['sql-2']) + 1) / 3;
      // Scores 60 (16 days old), 100 (9 d 8.5 h), 30 (8 days), 90 (now).
      const ages = [16, 9 + 8.5 / 24, 8, 0];
      const scores = [60, 100, 30, 90];
      const sHat = ages.reduce((sum, a, i) => sum + weight(a) * scores[i], 0) / ages.reduce((sum, a) => sum + weight(a), 0);
      const sql = p.topics.find((x: any) => x.topic.id === 'backend/sql');
      expect(sql.retrievability).toBeCloseTo(rBar, 4);
      expect(sql.recentScore).toBeCloseTo(sHat, 2);
      expect(sql.evidence).toBe(1); // 3 prompts answered of 4 available: min(1, 3 / 3)
      expect(sql.mastery).toBeCloseTo((rBar * sHat) / 100, 4);
      expect(sql.promptsAnswered).toBe(3);
      // dsa-1 just reviewed (R = 1), one score of 67, the only prompt of its topic: 0.67.
      expect(p.topics.find((x: any) => x.topic.id === 'dsa/arrays-hashing')).toMatchObject({ mastery: 0.67, retrievability: 1, recentScore: 67, evidence: 1 });
      // Due now: before the end of 18 Jun in New York (19 Jun 04:00 UTC), on node prompts.
      const endOfToday = new Date('2025-06-19T04:00:00Z').getTime();
      const due = cards.filter((c) => c.slug !== 'java-1' && new Date(c.due).getTime() < endOfToday);
      expect(p.overall.dueReviews).toBe(due.length);
      expect(sql.dueReviews).toBe(due.filter((c) => c.slug.startsWith('sql-')).length);
    });

    it('lists the weakest practised topics with the practice queue narrowed to each', async () => {
      const weakest = ok(await t.gql(WEAKEST, { stack: 'node', count: 5, perTopic: 3 }, nyc.auth)).weakestTopics;
      const progress = ok(await t.gql(PROGRESS, { stack: 'node' }, nyc.auth)).progress;
      const practised = progress.topics.filter((x: any) => x.promptsAnswered > 0).sort((a: any, b: any) => a.mastery - b.mastery);
      expect(weakest.map((w: any) => w.topic.id)).toEqual(practised.map((x: any) => x.topic.id));
      expect(weakest.map((w: any) => w.topic.id)).not.toContain('backend/caching'); // never practised: not weak, not started
      for (const w of weakest) {
        const queue = ok(await t.gql(QUEUE, { topics: [w.topic.id], count: 3 }, nyc.auth)).practiceQueue;
        expect(w.recommended).toEqual(queue);
      }
      const sql = weakest.find((w: any) => w.topic.id === 'backend/sql');
      expect(sql.recommended.map((r: any) => r.prompt.slug)).toContain('sql-4');
      expect(ok(await t.gql(WEAKEST, { stack: 'node', count: 1 }, nyc.auth)).weakestTopics).toHaveLength(1);
    });

    it('refuses bad input, naming the argument', async () => {
      expectError(await t.gql(PROGRESS, { stack: 'node', from: '2025-06-10', to: '2025-06-01' }, nyc.auth), 'BAD_USER_INPUT', { field: 'from' });
      expectError(await t.gql(PROGRESS, { stack: 'node', from: '2024-01-01', to: '2025-06-01' }, nyc.auth), 'BAD_USER_INPUT', { field: 'from' });
      expectError(await t.gql(PROGRESS, { stack: 'node', from: '2025-02-30' }, nyc.auth), 'BAD_USER_INPUT', { field: 'from' });
      expectError(await t.gql(PROGRESS, { stack: 'cobol' }, nyc.auth), 'BAD_USER_INPUT', { field: 'stack' });
      expectError(await t.gql(WEAKEST, { stack: 'node', count: 0 }, nyc.auth), 'BAD_USER_INPUT', { field: 'count' });
      expectError(await t.gql(WEAKEST, { stack: 'node', count: 21 }, nyc.auth), 'BAD_USER_INPUT', { field: 'count' });
      expectError(await t.gql(WEAKEST, { stack: 'node', perTopic: 11 }, nyc.auth), 'BAD_USER_INPUT', { field: 'perTopic' });
      expectError(await t.gql(ACTIVITY, { from: '2024-01-01', to: '2025-06-01' }, nyc.auth), 'BAD_USER_INPUT', { field: 'from' });
      expectError(await t.gql(PROGRESS, { stack: 'node' }), 'UNAUTHENTICATED');
    });
  });

  describe('streaks and activity across a time-zone boundary', () => {
    let kyo: RegisteredUser;

    beforeAll(async () => {
      clock.set(new Date('2025-06-02T08:00:00Z'));
      kyo = await registerUser(t);
      ok(await t.gql(SET_ZONE, { tz: 'Asia/Tokyo' }, kyo.auth)); // UTC+9
      await at(kyo, '2025-06-02T14:30:00Z'); // 2 Jun 23:30 in Tokyo
      await practise(t, kyo, ids['sql-1']);
      await at(kyo, '2025-06-02T15:30:00Z'); // 3 Jun 00:30 in Tokyo, the same UTC day
      await practise(t, kyo, ids['sql-2'], { selfAssessment: assessment(3, 3) });
      await at(kyo, '2025-06-03T16:00:00Z'); // 4 Jun 01:00 in Tokyo, 3 Jun in UTC
      await practise(t, kyo, ids['sql-3'], { selfAssessment: assessment(1, 0) });
    });

    it('counts days in the profile\'s time zone', async () => {
      // Tokyo: 2, 3 and 4 Jun; today is 4 Jun there.
      expect(ok(await t.gql(STREAK, {}, kyo.auth)).streak).toEqual({
        current: 3,
        longest: 3,
        currentStart: '2025-06-02',
        lastActiveDay: '2025-06-04',
        longestStart: '2025-06-02',
        longestEnd: '2025-06-04',
        today: '2025-06-04',
        activeToday: true,
        timeZone: 'Asia/Tokyo',
      });
      expect(ok(await t.gql(ACTIVITY, { from: '2025-06-01', to: '2025-06-05' }, kyo.auth)).activity).toEqual([
        { date: '2025-06-01', attempts: 0, averageScore: null },
        { date: '2025-06-02', attempts: 1, averageScore: 67 },
        { date: '2025-06-03', attempts: 1, averageScore: 100 },
        { date: '2025-06-04', attempts: 1, averageScore: 30 },
        { date: '2025-06-05', attempts: 0, averageScore: null },
      ]);
      // The same attempts in UTC fall on 2 Jun (two) and 3 Jun: a two-day streak.
      ok(await t.gql(SET_ZONE, { tz: 'UTC' }, kyo.auth));
      expect(ok(await t.gql(STREAK, {}, kyo.auth)).streak).toMatchObject({ current: 2, longest: 2, today: '2025-06-03', activeToday: true, lastActiveDay: '2025-06-03' });
      expect(ok(await t.gql(ACTIVITY, { from: '2025-06-02', to: '2025-06-03' }, kyo.auth)).activity).toEqual([
        { date: '2025-06-02', attempts: 2, averageScore: 83.5 },
        { date: '2025-06-03', attempts: 1, averageScore: 30 },
      ]);
    });

    it('keeps a streak alive through yesterday and ends it the day after', async () => {
      await at(kyo, '2025-06-05T10:00:00Z'); // UTC: 5 Jun, last active 3 Jun: broken
      expect(ok(await t.gql(STREAK, {}, kyo.auth)).streak).toMatchObject({ current: 0, longest: 2, currentStart: null, today: '2025-06-05' });
      ok(await t.gql(SET_ZONE, { tz: 'Asia/Tokyo' }, kyo.auth)); // Tokyo: 5 Jun 19:00, last active 4 Jun: alive
      expect(ok(await t.gql(STREAK, {}, kyo.auth)).streak).toMatchObject({ current: 3, longest: 3, activeToday: false, today: '2025-06-05' });
      await at(kyo, '2025-06-05T16:00:00Z'); // 6 Jun 01:00 in Tokyo
      expect(ok(await t.gql(STREAK, {}, kyo.auth)).streak).toMatchObject({ current: 0, longest: 3, lastActiveDay: '2025-06-04', today: '2025-06-06' });
      // The default heatmap is the last 365 days, every day listed.
      const year = ok(await t.gql(ACTIVITY, {}, kyo.auth)).activity;
      expect(year).toHaveLength(365);
      expect(year.at(-1)).toEqual({ date: '2025-06-06', attempts: 0, averageScore: null });
      expect(year.reduce((n: number, d: { attempts: number }) => n + d.attempts, 0)).toBe(3);
    });
  });

  describe('readiness', () => {
    let ready: RegisteredUser;

    beforeAll(async () => {
      clock.set(new Date('2025-07-01T09:00:00Z'));
      ready = await registerUser(t);
    });

    it('moves as attempts are added: coverage-weighted mastery over the role profile', async () => {
      const before = ok(await t.gql(READINESS, { stack: 'node', level: 'MID' }, ready.auth)).readiness;
      expect(before).toMatchObject({ title: 'Mid', readiness: 0, coverage: 0, masteryOfCovered: null, totalWeight: 4 });

      // sql-1 scored 90 and just reviewed: M(sql) = R 1 × 0.9 × evidence 1/3 = 0.3.
      await practise(t, ready, ids['sql-1'], { selfAssessment: assessment(3, 0) });
      const one = ok(await t.gql(READINESS, { stack: 'node', level: 'MID' }, ready.auth)).readiness;
      // readiness = 3 × 0.3 / 4 = 0.225; coverage 3/4.
      expect(one).toMatchObject({ readiness: 0.225, coverage: 0.75, masteryOfCovered: 0.3 });
      expect(one.topics).toEqual([
        { topic: { id: 'backend/sql' }, weight: 3, mastery: 0.3, practised: true, contribution: 0.225, gap: 0.525 },
        { topic: { id: 'backend/caching' }, weight: 1, mastery: 0, practised: false, contribution: 0, gap: 0.25 },
      ]);

      // cache-1 scored 100, the topic's only prompt: M(caching) = 1. readiness = (0.9 + 1) / 4.
      await practise(t, ready, ids['cache-1'], { selfAssessment: assessment(3, 3) });
      expect(ok(await t.gql(READINESS, { stack: 'node', level: 'MID' }, ready.auth)).readiness).toMatchObject({ readiness: 0.475, coverage: 1, masteryOfCovered: 0.475 });

      // sql-2 scored 100: Ŝ = 95, evidence 2/3, M(sql) = 0.6333; readiness = (3 × 0.6333 + 1) / 4 = 0.725.
      await practise(t, ready, ids['sql-2'], { selfAssessment: assessment(3, 3) });
      const three = ok(await t.gql(READINESS, { stack: 'node', level: 'MID' }, ready.auth)).readiness;
      expect(three).toMatchObject({ readiness: 0.725, coverage: 1 });
      expect(three.topics[0]).toMatchObject({ mastery: 0.6333 });

      // Thirty days on, memory fades (FSRS) and readiness drops with it.
      clock.advance(30 * DAY);
      await signIn(t, ready);
      expect(ok(await t.gql(READINESS, { stack: 'node', level: 'MID' }, ready.auth)).readiness.readiness).toBeLessThan(0.725);
    });

    it('answers NOT_FOUND for a level without a valid profile, and lists the loaded profiles', async () => {
      // node-junior.yaml has a weight of 0: invalid, so not loaded.
      expectError(await t.gql(READINESS, { stack: 'node', level: 'JUNIOR' }, ready.auth), 'NOT_FOUND', { field: 'level' });
      expectError(await t.gql(READINESS, { stack: 'go', level: 'MID' }, ready.auth), 'NOT_FOUND');
      expectError(await t.gql(READINESS, { stack: 'node', level: 'PRINCIPAL' }, ready.auth), 'BAD_USER_INPUT', { field: 'level' });
      const profiles = ok(await t.gql('{ roleProfiles(stack: node) { level title topics { topic { id } weight } } }')).roleProfiles;
      expect(profiles.map((p: any) => p.level)).toEqual(['MID', 'SENIOR']);
      expect(profiles[1].topics).toEqual([
        { topic: { id: 'backend/sql' }, weight: 3 },
        { topic: { id: 'backend/caching' }, weight: 1 },
        { topic: { id: 'dsa/arrays-hashing' }, weight: 2 },
      ]);
    });
  });
  describe('export of the user\'s own data', () => {
    let cal: RegisteredUser;
    let ivy: RegisteredUser;
    let sessionId: string;
    const get = (path: string, headers: Record<string, string> = {}) => request(t.baseUrl).get(path).set(headers).buffer(true).parse((res, done) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done(null, body));
    });

    beforeAll(async () => {
      clock.set(new Date('2025-08-01T09:00:00Z'));
      cal = await registerUser(t, { displayName: 'Cal Candidate' });
      ivy = await registerUser(t, { displayName: 'Ivy Interviewer' });
      await practise(t, cal, ids['sql-1'], { answer: 'CAL-SOLO-ANSWER, with "quotes"\nand a second line', selfAssessment: assessment(3, 0) });
      clock.advance(60_000); // exports list attempts by start time
      await practise(t, cal, ids['cache-1'], { answer: '=SUM(A1:A9)', selfAssessment: assessment(1, 1), rating: 'HARD' });
      await practise(t, ivy, ids['sql-1'], { answer: 'IVY-SOLO-ANSWER' });
      clock.advance(60_000);
      ok(await t.gql('mutation($input: SetPromptNoteInput!) { setPromptNote(input: $input) { body } }', { input: { promptId: ids['sql-1'], body: 'CAL-NOTE' } }, cal.auth));
      ok(await t.gql('mutation($input: SetPromptNoteInput!) { setPromptNote(input: $input) { body } }', { input: { promptId: ids['sql-1'], body: 'IVY-NOTE' } }, ivy.auth));
      ok(await t.gql('mutation { setReviewSettings(input: { desiredRetention: 0.85 }) { desiredRetention } }', {}, cal.auth));

      // A mock interview: Ivy interviews Cal on dsa-1.
      const created = ok(
        await t.gql(
          'mutation($input: CreateMockSessionInput!) { createMockSession(input: $input) { id joinCode } }',
          { input: { stack: 'node', level: 'JUNIOR', promptIds: [ids['dsa-1']], durationMinutes: 30 } },
          ivy.auth,
        ),
      ).createMockSession;
      sessionId = created.id;
      ok(await t.gql('mutation($code: String!) { joinMockSession(code: $code, role: CANDIDATE) { id } }', { code: created.joinCode }, cal.auth));
      const act = (mutation: string, vars: Record<string, unknown>, user: RegisteredUser) => t.gql(mutation, { id: sessionId, ...vars }, user.auth).then(ok);
      await act('mutation($id: ID!) { pushPrompt(sessionId: $id) { seq } }', {}, ivy);
      await act('mutation($id: ID!, $text: String!) { updateDraft(sessionId: $id, text: $text, language: "typescript") { written } }', { text: 'CAL-DRAFT' }, cal);
      await act('mutation($id: ID!, $text: String!) { sendChatMessage(sessionId: $id, text: $text) { seq } }', { text: 'CAL-CHAT' }, cal);
      await act('mutation($id: ID!, $text: String!) { sendChatMessage(sessionId: $id, text: $text) { seq } }', { text: 'IVY-CHAT' }, ivy);
      await act('mutation($id: ID!, $text: String!) { addNote(sessionId: $id, text: $text) { seq } }', { text: 'IVY-PRIVATE-NOTE' }, ivy);
      ok(
        await t.gql(
          'mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { seq } }',
          { input: { sessionId, scores: assessment(3, 1), feedback: 'FEEDBACK-FOR-CAL' } },
          ivy.auth,
        ),
      );
      await act('mutation($id: ID!) { endMockSession(sessionId: $id) { seq } }', {}, ivy);
    });

    it('refuses a request without a valid bearer token', async () => {
      const missing = await get('/export/me.json');
      expect(missing.status).toBe(401);
      expect(missing.headers['www-authenticate']).toBe('Bearer realm="prepstack"');
      expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'UNAUTHENTICATED', reason: 'MISSING' } });
      const forged = await get('/export/attempts.csv', { authorization: 'Bearer not.a.token' });
      expect(forged.status).toBe(401);
      expect(forged.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(JSON.parse(forged.body)).toMatchObject({ error: { code: 'UNAUTHENTICATED', reason: 'INVALID' } });
      expect((await get('/export/me.json', { authorization: 'Basic abc' })).status).toBe(401);
    });

    it('exports everything the user created as JSON, and nothing of anyone else\'s', async () => {
      const res = await get('/export/me.json', cal.auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="prepstack-export-2025-08-01.json"');
      expect(res.headers['cache-control']).toBe('no-store');
      const data = JSON.parse(res.body);
      expect(data).toMatchObject({
        format: 'prepstack-export/1',
        profile: { id: cal.id, email: cal.email, displayName: 'Cal Candidate', timezone: 'UTC' },
        reviewSettings: { desiredRetention: 0.85 },
      });
      expect(data.profile).not.toHaveProperty('passwordHash');
      expect(data.attempts.map((a: any) => [a.promptSlug, a.mode, a.status])).toEqual([
        ['sql-1', 'SOLO', 'SUBMITTED'],
        ['cache-1', 'SOLO', 'SUBMITTED'],
        ['dsa-1', 'MOCK', 'SUBMITTED'],
      ]);
      expect(data.attempts[0]).toMatchObject({ answer: 'CAL-SOLO-ANSWER, with "quotes"\nand a second line', score: 90, selfAssessment: assessment(3, 0) });
      // The mock attempt carries the interviewer's scorecard and feedback: round(100 × (270 + 10) / 300) = 93.
      expect(data.attempts[2]).toMatchObject({ mockSessionId: sessionId, answer: 'CAL-DRAFT', score: 93, feedback: 'FEEDBACK-FOR-CAL', scorecard: assessment(3, 1) });
      expect(data.reviewLogs.map((l: any) => l.attemptId).sort()).toEqual(data.attempts.map((a: any) => a.id).sort());
      expect(data.reviewCards.map((c: any) => c.promptSlug)).toEqual(['cache-1', 'dsa-1', 'sql-1']);
      expect(data.notes).toEqual([{ promptId: ids['sql-1'], promptSlug: 'sql-1', body: 'CAL-NOTE', updatedAt: expect.any(String) }]);
      expect(data.mockSessions).toHaveLength(1);
      expect(data.mockSessions[0]).toMatchObject({
        id: sessionId,
        myRole: 'CANDIDATE',
        createdByMe: false,
        status: 'ENDED',
        feedbackReceived: [{ promptSlug: 'dsa-1', score: 93, feedback: 'FEEDBACK-FOR-CAL', scorecard: assessment(3, 1) }],
      });
      expect(data.mockSessions[0].myEvents.map((e: any) => [e.type, e.payload.text])).toEqual([
        ['DRAFT_UPDATED', 'CAL-DRAFT'],
        ['CHAT_MESSAGE', 'CAL-CHAT'],
      ]);
      const text = res.body;
      for (const foreign of [ivy.id, ivy.email, 'Ivy Interviewer', 'IVY-SOLO-ANSWER', 'IVY-NOTE', 'IVY-CHAT', 'IVY-PRIVATE-NOTE']) expect(text).not.toContain(foreign);
    });

    it('gives the interviewer what she wrote in the session, without the candidate\'s', async () => {
      const data = JSON.parse((await get('/export/me.json', ivy.auth)).body);
      expect(data.attempts.map((a: any) => a.answer)).toEqual(['IVY-SOLO-ANSWER']);
      const session = data.mockSessions[0];
      expect(session).toMatchObject({ id: sessionId, myRole: 'INTERVIEWER', createdByMe: true, feedbackReceived: [] });
      expect(session.myEvents.map((e: any) => e.type)).toEqual(['CHAT_MESSAGE', 'NOTE_ADDED', 'SCORECARD_SUBMITTED']);
      expect(session.myEvents[2].payload).toEqual({ promptId: ids['dsa-1'], scores: assessment(3, 1), feedback: 'FEEDBACK-FOR-CAL' });
      for (const foreign of [cal.id, cal.email, 'Cal Candidate', 'CAL-DRAFT', 'CAL-CHAT', 'CAL-NOTE', 'CAL-SOLO-ANSWER']) expect(JSON.stringify(data)).not.toContain(foreign);
    });

    it('exports attempts as a quoted CSV attachment', async () => {
      const res = await get('/export/attempts.csv', cal.auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers['content-disposition']).toBe('attachment; filename="prepstack-attempts-2025-08-01.csv"');
      const rows = parseCsv(res.body);
      expect(rows[0].slice(0, 4)).toEqual(['attempt_id', 'prompt_id', 'prompt_slug', 'prompt_title']);
      expect(rows).toHaveLength(4);
      const column = (name: string) => rows[0].indexOf(name);
      expect(rows.slice(1).map((r) => [r[column('prompt_slug')], r[column('mode')], r[column('score')]])).toEqual([
        ['sql-1', 'SOLO', '90'],
        ['cache-1', 'SOLO', '33'],
        ['dsa-1', 'MOCK', '93'],
      ]);
      expect(rows[1][column('answer')]).toBe('CAL-SOLO-ANSWER, with "quotes"\nand a second line');
      expect(res.body).toContain('"CAL-SOLO-ANSWER, with ""quotes""\nand a second line"');
      // A formula is defused for spreadsheets; the JSON export keeps it as written.
      expect(rows[2][column('answer')]).toBe("'=SUM(A1:A9)");
      expect(rows[3][column('feedback')]).toBe('FEEDBACK-FOR-CAL');
      expect(res.body).not.toContain('IVY-SOLO-ANSWER');
    });
  });
});

/** RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}
