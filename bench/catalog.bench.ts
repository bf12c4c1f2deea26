/**
 * Catalog read throughput: the `prompts(filter: {stack: java}, first: 20)` page under 50
 * concurrent connections, against the built app on a fresh database with the question bank
 * imported, and against a bare `@apollo/server` standalone server returning the same rows from
 * memory. Targets: app req/s ÷ baseline req/s ≥ 1.0, app p99 < 50 ms.
 */
import { int, ms, table } from './lib/format';
import { LoadResult, problems } from './lib/load';
import type { BenchDefinition, TargetCheck } from './lib/types';

export const QUERY =
  'query { prompts(filter: {stack: java}, first: 20) { totalCount edges { cursor node { id slug title kind difficulty level tags suggestedMinutes topics { id title } } } pageInfo { hasNextPage endCursor } } }';

/** The part of Prepstack's schema the query touches, with the same types and nullability. */
export const BASELINE_SCHEMA = /* GraphQL */ `
  enum Stack { java python node go dotnet }
  enum PromptKind { DSA SYSTEM_DESIGN BEHAVIOURAL KNOWLEDGE }
  enum Level { JUNIOR MID SENIOR STAFF }
  enum Difficulty { EASY MEDIUM HARD }

  input PromptFilter {
    stack: Stack
    kind: PromptKind
    level: Level
    difficulty: Difficulty
    topic: String
    tag: String
    search: String
  }

  type Topic { id: ID! title: String! }

  type Prompt {
    id: ID!
    slug: String!
    title: String!
    kind: PromptKind!
    difficulty: Difficulty!
    level: Level!
    tags: [String!]!
    suggestedMinutes: Int!
    topics: [Topic!]!
  }

  type PromptModelEdge { cursor: String! node: Prompt! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type PromptConnection { totalCount: Int! edges: [PromptModelEdge!]! pageInfo: PageInfo! }

  type Query {
    prompts(filter: PromptFilter, first: Int! = 20, after: String): PromptConnection!
  }
`;

export const TARGET_RATIO = 1.0;
export const TARGET_P99_MS = 50;

const REQUEST_BODY = JSON.stringify({ query: QUERY });

interface Probe {
  status: number;
  body: string;
}

async function post(url: string): Promise<Probe> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: REQUEST_BODY,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.text() };
}

/**
 * The `data` member of a GraphQL response body exactly as sent (the bytes between `{"data":` and
 * the closing brace; Apollo ends its bodies with a newline).
 *
 * @throws Error on a non-200 status, GraphQL errors, or any top-level member besides `data`
 */
function rawData(server: string, probe: Probe): string {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(probe.body) as Record<string, unknown>;
  } catch {
    throw new Error(`${server} answered ${probe.status} with a body that is not JSON: ${probe.body.slice(0, 300)}`);
  }
  if (probe.status !== 200 || parsed.errors || !parsed.data) {
    throw new Error(`${server} answered ${probe.status}: ${probe.body.slice(0, 600)}`);
  }
  const match = /^\{"data":([\s\S]*)\}\n?$/.exec(probe.body);
  if (!match || Object.keys(parsed).length !== 1) {
    throw new Error(`${server} answered with more than {"data": …}: ${Object.keys(parsed).join(', ')} (body ends ${JSON.stringify(probe.body.slice(-40))})`);
  }
  return match[1];
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at byte ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function row(server: string, r: LoadResult): string[] {
  return [
    server,
    int(r.reqPerSec),
    ms(r.latencyMs.p50),
    ms(r.latencyMs.p99),
    `${r.errors} / ${r.non2xx}`,
    String(r.mismatches),
    int(r.requests),
    r.serverCpu ? `${Math.round(r.serverCpu.coreShare * 100)} %` : '-',
    r.serverCpu ? int(r.serverCpu.usPerRequest) : '-',
  ];
}

export const bench: BenchDefinition = {
  name: 'catalog',
  description: 'prompts(filter: {stack: java}, first: 20): Prepstack vs a bare @apollo/server serving the same rows from memory',

  async run(ctx) {
    const { durationS, warmupS, connections, rounds } = ctx.settings;
    const failures: string[] = [];

    ctx.log('creating a fresh database');
    const databaseUrl = await ctx.freshDatabase();
    ctx.log('starting the built app (migrations and content import run before it listens)');
    const appStarted = Date.now();
    const app = await ctx.startApp({ databaseUrl });
    const startupS = (Date.now() - appStarted) / 1000;
    ctx.log(`app ready at ${app.baseUrl} after ${startupS.toFixed(1)} s`);

    // The rows the baseline serves: the app's own answer, taken once.
    const appProbe = await post(app.graphqlUrl);
    const appData = rawData('Prepstack', appProbe);
    const prompts = (JSON.parse(appData) as { prompts: { totalCount: number; edges: unknown[] } }).prompts;
    if (!prompts.edges.length) throw new Error('Prepstack returned no java prompts: was the content imported? (CONTENT_DIR)');
    const again = await post(app.graphqlUrl);
    if (again.body !== appProbe.body) {
      throw new Error(`Prepstack answers the same query differently from one request to the next (${firstDifference(appProbe.body, again.body)})`);
    }

    ctx.log('starting the baseline @apollo/server');
    const baseline = await ctx.startBaseline({ typeDefs: BASELINE_SCHEMA, data: { prompts } });
    const baselineProbe = await post(baseline.url);
    const baselineData = rawData('baseline', baselineProbe);
    if (baselineData !== appData) {
      throw new Error(`the two servers' data differ ${firstDifference(appData, baselineData)}`);
    }
    ctx.log(
      `both return the same data: ${prompts.edges.length} of ${prompts.totalCount} java prompts, ` +
        `${Buffer.byteLength(appData)} bytes of data JSON`,
    );

    interface Server {
      name: 'prepstack' | 'baseline';
      url: string;
      expectBody: string;
      pid: number | undefined;
      warm: boolean;
      rounds: LoadResult[];
    }
    const servers: Server[] = [
      { name: 'prepstack', url: app.graphqlUrl, expectBody: appProbe.body, pid: app.child.process.pid, warm: false, rounds: [] },
      { name: 'baseline', url: baseline.url, expectBody: baselineProbe.body, pid: baseline.child.process.pid, warm: false, rounds: [] },
    ];
    const measure = async (server: Server, round: number) => {
      const common = { url: server.url, body: REQUEST_BODY, expectBody: server.expectBody, connections, serverPid: server.pid };
      if (!server.warm && warmupS > 0) {
        ctx.log(`${server.name}: warming up for ${warmupS} s`);
        failures.push(...problems(await ctx.load({ ...common, title: `${server.name} (warm-up)`, durationS: warmupS })));
      }
      server.warm = true;
      ctx.log(`${server.name}: measuring for ${durationS} s with ${connections} connections${rounds > 1 ? ` (round ${round})` : ''}`);
      const result = await ctx.load({ ...common, title: rounds > 1 ? `${server.name} #${round}` : server.name, durationS });
      failures.push(...problems(result));
      server.rounds.push(result);
    };
    // Rounds alternate which server goes first, so a drift in background load favours neither.
    for (let round = 1; round <= rounds; round++) {
      for (const server of round % 2 ? servers : [...servers].reverse()) await measure(server, round);
    }
    const [ours, theirs] = servers.map((s) => s.rounds);

    const ratios = ours.map((o, i) => (theirs[i].reqPerSec > 0 ? o.reqPerSec / theirs[i].reqPerSec : 0));
    const ratio = median(ratios);
    const p99 = median(ours.map((o) => o.latencyMs.p99));
    const cpuRatios = ours
      .map((o, i) => (o.serverCpu?.usPerRequest && theirs[i].serverCpu?.usPerRequest ? theirs[i].serverCpu!.usPerRequest / o.serverCpu.usPerRequest : NaN))
      .filter((r) => !Number.isNaN(r));
    const cpuRatio = cpuRatios.length ? median(cpuRatios) : undefined;
    const of = rounds > 1 ? ` (median of ${rounds} rounds)` : '';
    const targets: TargetCheck[] = [
      { name: 'ratio', target: `≥ ${TARGET_RATIO.toFixed(2)}`, actual: ratio.toFixed(2), met: ratio >= TARGET_RATIO },
      { name: 'p99', target: `< ${TARGET_P99_MS} ms`, actual: `${ms(p99)} ms`, met: p99 < TARGET_P99_MS },
    ];

    const report = [
      `${connections} connections, ${durationS} s per server${rounds > 1 ? ` per round, ${rounds} rounds,` : ''} after ${warmupS} s warm-up, ` +
        `NODE_ENV=${ctx.settings.nodeEnv}; response ${Buffer.byteLength(appProbe.body)} bytes (Prepstack) / ` +
        `${Buffer.byteLength(baselineProbe.body)} bytes (baseline)`,
      '',
      table([
        ['server', 'req/s', 'p50 ms', 'p99 ms', 'errors / non-2xx', 'wrong body', 'requests', 'server CPU', 'CPU µs/req'],
        ...ours.flatMap((o, i) => [row(o.title, o), row(theirs[i].title, theirs[i])]),
      ]),
      '',
      ...(rounds > 1 ? [`ratio per round: ${ratios.map((r) => r.toFixed(2)).join(', ')}`] : []),
      `ratio (prepstack ÷ baseline req/s)${of}: ${ratio.toFixed(2)}  target ≥ ${TARGET_RATIO.toFixed(2)}: ${targets[0].met ? 'met' : 'MISSED'}`,
      `prepstack p99${of}: ${ms(p99)} ms  target < ${TARGET_P99_MS} ms: ${targets[1].met ? 'met' : 'MISSED'}`,
      ...(cpuRatio === undefined
        ? []
        : [`CPU per request, baseline ÷ prepstack${of} (informational, less sensitive to other load than req/s): ${cpuRatio.toFixed(2)}`]),
    ].join('\n');

    return {
      report,
      failures,
      targets,
      results: {
        query: QUERY,
        totalCount: prompts.totalCount,
        appStartupS: startupS,
        responseBytes: { prepstack: Buffer.byteLength(appProbe.body), baseline: Buffer.byteLength(baselineProbe.body) },
        rounds,
        ratio,
        ratios,
        prepstackP99Ms: p99,
        cpuPerRequestRatio: cpuRatio,
        servers: { prepstack: rounds > 1 ? ours : ours[0], baseline: rounds > 1 ? theirs : theirs[0] },
      },
    };
  },
};
