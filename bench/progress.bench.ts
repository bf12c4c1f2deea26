/**
 * Progress reads at scale: a database with 1,000,000 attempts across 2,000 users (one of them
 * with 10,000), generated in SQL, and the `progress` and `readiness` queries of that heaviest
 * user measured through real HTTP GraphQL against the built app: a fixed number of sequential
 * requests each, so every figure is the latency of one request on an idle server. The baseline
 * is the same aggregate SQL (libs/progress/src/sql.ts, same parameters) run directly with pg, so
 * the ratio shows what the API adds (auth, profile lookup, GraphQL). EXPLAIN (ANALYZE, BUFFERS)
 * of every progress query goes to bench/output/progress-plans.txt.
 *
 * Targets: p95 < 30 ms for progress and for readiness.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SignJWT } from 'jose';
import { Client, Pool } from 'pg';
import { addDays, localDateOf } from '../libs/progress/src/local-date';
import { FORGETTING_CURVE } from '../libs/progress/src/mastery';
import { ACTIVITY_SQL, MASTERY_INPUTS_SQL, STREAK_RUNS_SQL, WINDOW_FIGURES_SQL } from '../libs/progress/src/sql';
import { ms, table } from './lib/format';
import type { BenchDefinition, TargetCheck } from './lib/types';

const USERS = Number(process.env.BENCH_PROGRESS_USERS ?? 2_000);
const ATTEMPTS = Number(process.env.BENCH_PROGRESS_ATTEMPTS ?? 1_000_000);
const HEAVY_ATTEMPTS = Number(process.env.BENCH_PROGRESS_HEAVY ?? 10_000);
/** Measured sequential requests per query (after WARMUP unmeasured ones). */
const REQUESTS = Number(process.env.BENCH_PROGRESS_REQUESTS ?? 300);
const WARMUP = 30;
const TARGET_P95_MS = 30;
const STACK = 'node';
const LEVEL = 'SENIOR';
const HEAVY_ZONE = 'Europe/Berlin';
const JWT_SECRET = 'progress-bench-secret-0123456789abcdef0123456789';
/** A fixed argon2id hash: nobody logs in as a generated user. */
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0YmVuY2g$3Hd0jQf1m5kS8f5rWtq0b0n5m7aQfXo9b1m0c2d3e4f';

const FIGURES = `attempts prompts averageScore bestScore lastPractisedAt trend { weekStart attempts averageScore }
  mastery retrievability recentScore evidence promptsAvailable promptsAnswered dueReviews`;
export const PROGRESS_QUERY = `{ progress(stack: ${STACK}) { from to timeZone weeks overall { ${FIGURES} } kinds { kind ${FIGURES} } topics { topic { id title } ${FIGURES} } } }`;
export const READINESS_QUERY = `{ readiness(stack: ${STACK}, level: ${LEVEL}) { readiness coverage masteryOfCovered totalWeight topics { topic { id } weight mastery practised contribution gap } } }`;

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  n: number;
}

function latencies(samples: number[]): Latencies {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(s.reduce((a, b) => a + b, 0) / s.length), max: round(s.at(-1)!), n: s.length };
}

async function timed(n: number, work: () => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work();
    out.push(performance.now() - start);
  }
  return out;
}

/** Generates the data set; returns the heavy user's id. */
export async function generate(db: Client, log: (m: string) => void): Promise<string> {
  const others = USERS - 1;
  const perUser = Math.floor((ATTEMPTS - HEAVY_ATTEMPTS) / others);
  const started = Date.now();
  await db.query(
    `INSERT INTO app_user (email, password_hash, display_name, timezone, target_stack, target_level)
     SELECT 'bench-' || g || '@example.com', $1, 'Bench user ' || g,
            (ARRAY['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles'])[1 + g % 5], 'node', 'SENIOR'
       FROM generate_series(0, $2::int - 1) AS g`,
    [PASSWORD_HASH, USERS],
  );
  await db.query(`UPDATE app_user SET timezone = $1 WHERE email = 'bench-0@example.com'`, [HEAVY_ZONE]);
  const [{ id: heavy }] = (await db.query(`SELECT id FROM app_user WHERE email = 'bench-0@example.com'`)).rows;
  // Attempts over the last year: 95 % submitted (score 0..100), 5 % abandoned. Prompts are
  // drawn uniformly from the bank; the random draws sit in a subquery so each row gets its own.
  const insert = (userFilter: string, count: number) => `
    WITH p AS (SELECT array_agg(id ORDER BY slug) AS ids, count(*)::int AS n FROM prompt WHERE retired_at IS NULL)
    INSERT INTO attempt (user_id, prompt_id, prompt_revision, mode, status, started_at, submitted_at, abandoned_at, updated_at,
                         duration_ms, answer, score, rating)
    SELECT x.user_id, p.ids[1 + floor(x.r1 * p.n)::int], 1, 'SOLO',
           CASE WHEN x.r2 < 0.95 THEN 'SUBMITTED' ELSE 'ABANDONED' END,
           x.at - interval '20 minutes',
           CASE WHEN x.r2 < 0.95 THEN x.at END,
           CASE WHEN x.r2 >= 0.95 THEN x.at END,
           x.at,
           CASE WHEN x.r2 < 0.95 THEN 1200000 END,
           '',
           CASE WHEN x.r2 < 0.95 THEN x.score END,
           CASE WHEN x.r2 >= 0.95 THEN NULL WHEN x.score < 40 THEN 'AGAIN' WHEN x.score < 65 THEN 'HARD' WHEN x.score < 85 THEN 'GOOD' ELSE 'EASY' END
      FROM p, (SELECT u.id AS user_id, random() AS r1, random() AS r2, floor(random() * 101)::int AS score,
                      $1::timestamptz - random() * interval '365 days' AS at
                 FROM app_user u CROSS JOIN generate_series(1, ${count}) AS g
                WHERE ${userFilter}) x`;
  const now = new Date();
  await db.query(insert(`u.id = '${heavy}'`, HEAVY_ATTEMPTS), [now]);
  log(`attempts: heavy user ${HEAVY_ATTEMPTS.toLocaleString('en-US')} rows`);
  const batches = 10;
  const ids: string[] = (await db.query(`SELECT id FROM app_user WHERE id <> $1 ORDER BY id`, [heavy])).rows.map((r) => r.id);
  for (let b = 0; b < batches; b++) {
    const slice = ids.slice(Math.floor((b * ids.length) / batches), Math.floor(((b + 1) * ids.length) / batches));
    await db.query(insert(`u.id = ANY ($2::uuid[])`, perUser), [now, slice]);
    log(`attempts: batch ${b + 1}/${batches} (${(slice.length * perUser).toLocaleString('en-US')} rows, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  // The remainder of the division, one more attempt each for the first users, so the total is exact.
  const remainder = ATTEMPTS - HEAVY_ATTEMPTS - perUser * others;
  if (remainder > 0) await db.query(insert(`u.id = ANY ($2::uuid[])`, 1), [now, ids.slice(0, remainder)]);
  // One review card per user and prompt answered: last review at the latest submit, stability
  // 1..60 days, due after it. (The review log is not generated: no progress query reads it.)
  await db.query(`
    INSERT INTO review_card (user_id, prompt_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, updated_at)
    SELECT user_id, prompt_id, last + make_interval(days => s::int), s, 5, 0, s::int, 0, n, 0, 'REVIEW', last, last
      FROM (SELECT user_id, prompt_id, max(submitted_at) AS last, count(*)::int AS n, 1 + random() * 59 AS s
              FROM attempt WHERE status = 'SUBMITTED' GROUP BY user_id, prompt_id) c`);
  log(`review cards written; VACUUM ANALYZE (visibility map for index-only scans, planner statistics)`);
  await db.query('VACUUM ANALYZE attempt');
  await db.query('VACUUM ANALYZE review_card');
  await db.query('ANALYZE prompt');
  await db.query('ANALYZE app_user');
  return heavy;
}

async function gql(url: string, token: string, query: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** Summary of one EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan: time, buffers, the attempt scan. */
function summarise(name: string, plan: any): { name: string; executionMs: number; planningMs: number; sharedHit: number; sharedRead: number; attemptScans: string[] } {
  const scans: string[] = [];
  const walk = (node: any) => {
    if (node['Relation Name'] === 'attempt' || String(node['Index Name'] ?? '').startsWith('attempt')) {
      scans.push(`${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''} (rows ${node['Actual Rows']}, heap fetches ${node['Heap Fetches'] ?? '-'})`);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  return {
    name,
    executionMs: plan['Execution Time'],
    planningMs: plan['Planning Time'],
    sharedHit: plan.Plan['Shared Hit Blocks'],
    sharedRead: plan.Plan['Shared Read Blocks'],
    attemptScans: scans,
  };
}

export const bench: BenchDefinition = {
  name: 'progress',
  description: `progress and readiness of a user with ${HEAVY_ATTEMPTS.toLocaleString('en-US')} attempts in a database of ${ATTEMPTS.toLocaleString('en-US')} (${USERS.toLocaleString('en-US')} users): HTTP GraphQL vs the same SQL over pg`,

  async run(ctx) {
    const failures: string[] = [];
    ctx.log('creating a fresh database');
    const databaseUrl = await ctx.freshDatabase();
    ctx.log('starting the built app (migrations and content import run before it listens)');
    const app = await ctx.startApp({ databaseUrl, env: { JWT_SECRET } });

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    ctx.defer(() => db.end());
    const genStarted = Date.now();
    const heavy = await generate(db, ctx.log);
    const generationS = (Date.now() - genStarted) / 1000;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM attempt)::int AS attempts, (SELECT count(*) FROM app_user)::int AS users,
      (SELECT count(*) FROM attempt WHERE user_id = $1)::int AS heavy, (SELECT count(*) FROM review_card)::int AS cards`, [heavy])).rows[0];
    ctx.log(`generated ${JSON.stringify(counts)} in ${generationS.toFixed(0)} s`);

    // An access token for the heavy user, signed with the app's key (as a sign-in would issue it).
    const [{ id: sid }] = (await db.query('INSERT INTO auth_session (user_id, created_at) VALUES ($1, now()) RETURNING id', [heavy])).rows;
    const token = await new SignJWT({ sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(heavy)
      .setIssuer('prepstack')
      .setAudience('prepstack-api')
      .setIssuedAt()
      .setExpirationTime('4h')
      .sign(new TextEncoder().encode(JWT_SECRET));

    // The parameters the services compute for this user now.
    const now = new Date();
    const today = localDateOf(now, HEAVY_ZONE);
    const windowParams = [heavy, STACK, addDays(today, -83), today, HEAVY_ZONE];
    const masteryParams = (withDue: boolean) => [heavy, STACK, now, withDue ? today : null, withDue ? HEAVY_ZONE : null, FORGETTING_CURVE.decay, FORGETTING_CURVE.factor];

    // Sanity: the API's figures are the SQL's.
    const progress = (await gql(app.graphqlUrl, token, PROGRESS_QUERY)) as { progress: { overall: { attempts: number }; topics: unknown[] } };
    const sqlTotal = (await db.query(WINDOW_FIGURES_SQL, windowParams)).rows.find((r) => r.scope === 'stack')?.attempts ?? 0;
    if (progress.progress.overall.attempts !== sqlTotal) failures.push(`progress.overall.attempts ${progress.progress.overall.attempts} ≠ ${sqlTotal} from SQL`);
    const readiness = (await gql(app.graphqlUrl, token, READINESS_QUERY)) as { readiness: { readiness: number; coverage: number } };
    ctx.log(`heavy user: ${sqlTotal} attempts in the window, ${progress.progress.topics.length} topics, readiness ${readiness.readiness.readiness} (coverage ${readiness.readiness.coverage})`);

    const pool = new Pool({ connectionString: databaseUrl, max: 4 });
    ctx.defer(() => pool.end());
    const cases = [
      {
        name: 'progress',
        api: () => gql(app.graphqlUrl, token, PROGRESS_QUERY).then(() => undefined),
        // What the service runs: the profile's time zone, then both aggregates side by side.
        sql: async () => {
          await pool.query('SELECT timezone FROM app_user WHERE id = $1', [heavy]);
          await Promise.all([pool.query(WINDOW_FIGURES_SQL, windowParams), pool.query(MASTERY_INPUTS_SQL, masteryParams(true))]);
        },
      },
      {
        name: 'readiness',
        api: () => gql(app.graphqlUrl, token, READINESS_QUERY).then(() => undefined),
        sql: async () => {
          await pool.query(MASTERY_INPUTS_SQL, masteryParams(false));
        },
      },
    ];
    const results: Record<string, { api: Latencies; sql: Latencies; ratioP50: number; ratioP95: number }> = {};
    const loadBefore = loadavg()[0];
    for (const c of cases) {
      ctx.log(`${c.name}: ${WARMUP} warm-up, then ${REQUESTS} sequential requests over HTTP; the same for the SQL over pg`);
      try {
        await timed(WARMUP, c.api);
        await timed(WARMUP, c.sql);
        // Interleaved, so both see the same background load on a shared machine.
        const apiSamples: number[] = [];
        const sqlSamples: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          apiSamples.push(...(await timed(1, c.api)));
          sqlSamples.push(...(await timed(1, c.sql)));
        }
        const api = latencies(apiSamples);
        const sql = latencies(sqlSamples);
        results[c.name] = { api, sql, ratioP50: Math.round((api.p50 / sql.p50) * 100) / 100, ratioP95: Math.round((api.p95 / sql.p95) * 100) / 100 };
      } catch (error) {
        failures.push(`${c.name}: ${(error as Error).message}`);
      }
    }

    const loadAfter = loadavg()[0];
    // Query plans of the heavy user's queries.
    const plans: { name: string; sql: string; params: unknown[] }[] = [
      { name: 'WINDOW_FIGURES_SQL (progress, last 84 days)', sql: WINDOW_FIGURES_SQL, params: windowParams },
      { name: 'MASTERY_INPUTS_SQL (progress and readiness, all history)', sql: MASTERY_INPUTS_SQL, params: masteryParams(true) },
      { name: 'STREAK_RUNS_SQL', sql: STREAK_RUNS_SQL, params: [heavy, HEAVY_ZONE] },
      { name: 'ACTIVITY_SQL (365 days)', sql: ACTIVITY_SQL, params: [heavy, HEAVY_ZONE, addDays(today, -364), today] },
    ];
    const planText: string[] = [];
    const planSummaries = [];
    for (const p of plans) {
      const text = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${p.sql}`, p.params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      const [json] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${p.sql}`, p.params)).rows[0]['QUERY PLAN'];
      planText.push(`=== ${p.name}\n${text}\n`);
      planSummaries.push(summarise(p.name, json));
    }
    const planFile = join(ctx.root, 'bench', 'output', 'progress-plans.txt');
    writeFileSync(planFile, planText.join('\n'));

    const targets: TargetCheck[] = Object.entries(results).map(([name, r]) => ({
      name: `${name} p95`,
      target: `< ${TARGET_P95_MS} ms`,
      actual: `${ms(r.api.p95)} ms`,
      met: r.api.p95 < TARGET_P95_MS,
    }));
    const report = [
      `${counts.attempts.toLocaleString('en-US')} attempts, ${counts.users.toLocaleString('en-US')} users, ${counts.cards.toLocaleString('en-US')} review cards; ` +
        `the measured user has ${counts.heavy.toLocaleString('en-US')} attempts (zone ${HEAVY_ZONE}); generated in ${generationS.toFixed(0)} s`,
      `${REQUESTS} sequential requests per row after ${WARMUP} warm-up, HTTP and SQL interleaved; latency in ms; ` +
        `1-minute load average ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after on ${cpus().length} CPUs`,
      '',
      table([
        ['query', 'via', 'p50', 'p95', 'p99', 'mean', 'max'],
        ...Object.entries(results).flatMap(([name, r]) => [
          [name, 'HTTP GraphQL', ms(r.api.p50), ms(r.api.p95), ms(r.api.p99), ms(r.api.mean), ms(r.api.max)],
          [name, 'SQL over pg', ms(r.sql.p50), ms(r.sql.p95), ms(r.sql.p99), ms(r.sql.mean), ms(r.sql.max)],
        ]),
      ]),
      '',
      ...Object.entries(results).map(([name, r]) => `${name}: API ÷ SQL = ${r.ratioP50.toFixed(2)} at p50, ${r.ratioP95.toFixed(2)} at p95`),
      ...targets.map((t) => `${t.name}: ${t.actual}  target ${t.target}: ${t.met ? 'met' : 'MISSED'}`),
      '',
      `query plans (EXPLAIN ANALYZE, BUFFERS) in bench/output/progress-plans.txt:`,
      table([
        ['query', 'exec ms', 'plan ms', 'shared hit', 'read', 'attempt access'],
        ...planSummaries.map((s) => [s.name, ms(Math.round(s.executionMs * 100) / 100), ms(Math.round(s.planningMs * 100) / 100), String(s.sharedHit), String(s.sharedRead), s.attemptScans.join('; ')]),
      ]),
    ].join('\n');

    return {
      report,
      failures,
      targets,
      results: { counts, generationS, requests: REQUESTS, loadAverage: { before: loadBefore, after: loadAfter }, latencyMs: results, plans: planSummaries, queries: { progress: PROGRESS_QUERY, readiness: READINESS_QUERY } },
    };
  },
};
