/**
 * Live mock-interview rooms at scale: N rooms, each with an interviewer and a candidate on
 * WebSockets of their own subscribed to `mockSessionEvents`, and a fixed rate of actions
 * (candidate drafts, chat from both sides, the interviewer's timer) sent as GraphQL mutations
 * over HTTP. Measures delivery latency (mutation sent → event read on the other participant's
 * socket), committed events per second, RSS per idle connection and the heap left after every
 * socket closed, against a bare `ws` server that forwards each message to the other socket of its
 * room, driven the same way in the same run.
 *
 * Targets (one process): 2,000 connections (1,000 rooms), 500 events/s, p99 < 50 ms,
 * ≤ 40 KB RSS per idle connection, heap back to its level before the sockets opened.
 */
import { Agent, request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import WebSocket from 'ws';
import { ACCESS_TOKEN_TTL_MS, JWT_AUDIENCE, JWT_ISSUER } from '../libs/identity/src/identity.constants';
import { freePort } from '../tests/harness/urls';
import { cpuTimeMs } from './lib/cpu';
import { int, ms, table } from './lib/format';
import { GraphqlWsSubscriber } from './lib/graphql-ws-subscriber';
import { CpuProfile, heapGrowth, HeapSummary, InspectorSession, summariseProfile } from './lib/inspector';
import { MemorySample, rssKiB } from './lib/proc-memory';
import { schedMs, schedMsOf } from './lib/sched';
import type { BenchContext, BenchDefinition, TargetCheck } from './lib/types';
import { startWsBroadcast, WsBroadcastServer } from './lib/ws-broadcast';

export const TARGET_CONNECTIONS = 2_000;
export const TARGET_EVENTS_PER_S = 500;
export const TARGET_P99_MS = 50;
export const TARGET_RSS_PER_CONNECTION_KIB = 40;
/** Heap still held after every socket closed, as a share of what the idle connections took. */
export const TARGET_HEAP_RETAINED_SHARE = 0.1;

/** Action mix: candidate drafts mostly, chat from both sides, now and then the interviewer's timer. */
const MIX = { draft: 0.7, chatC: 0.125, chatI: 0.125, timer: 0.05 };
/**
 * Outstanding actions at most (answer or delivery awaited), by default; beyond it a due action is
 * skipped and counted, so an overloaded server shows as a lower achieved rate rather than as
 * ever-growing queues and timeouts (BENCH_SESSIONS_MAX_OUTSTANDING).
 */
const MAX_OUTSTANDING = 500;
/** How long undelivered events are waited for after the load stops, ms. */
const DRAIN_MS = 15_000;
const HTTP_TIMEOUT_MS = 30_000;

const SUBSCRIPTION = `subscription Events($sessionId: ID!, $afterSeq: Int!) {
  mockSessionEvents(sessionId: $sessionId, afterSeq: $afterSeq) { sessionId seq type actorId payload visibility createdAt }
}`;
const M = {
  prompts: 'query { prompts(filter: {stack: java}, first: 3) { edges { node { id } } } }',
  create: 'mutation Create($input: CreateMockSessionInput!) { createMockSession(input: $input) { id joinCode } }',
  join: 'mutation Join($code: String!) { joinMockSession(code: $code, role: CANDIDATE) { id } }',
  push: 'mutation Push($sessionId: ID!) { pushPrompt(sessionId: $sessionId) { seq } }',
  draft: 'mutation Draft($sessionId: ID!, $text: String!, $language: String) { updateDraft(sessionId: $sessionId, text: $text, language: $language) { written } }',
  chat: 'mutation Chat($sessionId: ID!, $text: String!) { sendChatMessage(sessionId: $sessionId, text: $text) { seq } }',
  startTimer: 'mutation Start($sessionId: ID!) { startTimer(sessionId: $sessionId) { seq } }',
  pauseTimer: 'mutation Pause($sessionId: ID!) { pauseTimer(sessionId: $sessionId) { seq } }',
  resumeTimer: 'mutation Resume($sessionId: ID!) { resumeTimer(sessionId: $sessionId) { seq } }',
};

// ---------------------------------------------------------------------------------------------
// Settings

interface Settings {
  rooms: number;
  rate: number;
  durationS: number;
  warmupS: number;
  settleS: number;
  draftBytes: number;
  connectConcurrency: number;
  setupConcurrency: number;
  primeRooms: number;
  maxOutstanding: number;
  inspect: boolean;
  profile: boolean;
  heapSnapshots: boolean;
  servers: ('prepstack' | 'baseline')[];
}

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}=${raw}: must be an integer from ${min} to ${max}`);
  return value;
}

function readSettings(ctx: BenchContext): Settings {
  const servers = (process.env.BENCH_SESSIONS_SERVERS || 'baseline,prepstack').split(',').map((s) => s.trim());
  for (const s of servers) if (s !== 'prepstack' && s !== 'baseline') throw new Error(`BENCH_SESSIONS_SERVERS: unknown server ${s} (prepstack, baseline)`);
  const profile = process.env.BENCH_SESSIONS_PROFILE === '1';
  const inspect = process.env.BENCH_SESSIONS_INSPECT !== '0';
  const heapSnapshots = process.env.BENCH_SESSIONS_HEAP_SNAPSHOTS === '1';
  if ((profile || heapSnapshots) && !inspect) throw new Error('BENCH_SESSIONS_PROFILE=1 and BENCH_SESSIONS_HEAP_SNAPSHOTS=1 need the inspector (unset BENCH_SESSIONS_INSPECT=0)');
  const rooms = intEnv('BENCH_ROOMS', 1_000, 1, 10_000);
  return {
    rooms,
    rate: intEnv('BENCH_EVENTS_PER_SEC', 500, 1, 50_000),
    // The runner's BENCH_DURATION (default 10) when given; this bench's own default is 20 s.
    durationS: process.env.BENCH_DURATION ? ctx.settings.durationS : 20,
    warmupS: ctx.settings.warmupS,
    settleS: intEnv('BENCH_SESSIONS_SETTLE', 5, 0, 120),
    draftBytes: intEnv('BENCH_SESSIONS_DRAFT_BYTES', 400, 16, 60_000),
    connectConcurrency: intEnv('BENCH_SESSIONS_CONNECT_CONCURRENCY', 50, 1, 1_000),
    setupConcurrency: intEnv('BENCH_SESSIONS_SETUP_CONCURRENCY', 8, 1, 100),
    primeRooms: Math.min(rooms, intEnv('BENCH_SESSIONS_PRIME_ROOMS', 20, 0, 10_000)),
    maxOutstanding: intEnv('BENCH_SESSIONS_MAX_OUTSTANDING', MAX_OUTSTANDING, 1, 100_000),
    inspect,
    profile,
    heapSnapshots,
    servers: servers as Settings['servers'],
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (msDelay: number) => new Promise<void>((r) => setTimeout(r, msDelay));

/** Nearest-rank percentile of ascending `sorted`. */
function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function percentiles(values: number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const arr = Array.from(sorted);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: arr.length,
    p50: round(pct(arr, 50)),
    p95: round(pct(arr, 95)),
    p99: round(pct(arr, 99)),
    max: round(arr.at(-1) ?? NaN),
    mean: round(arr.reduce((a, b) => a + b, 0) / (arr.length || 1)),
  };
}

/** mulberry32: the same action sequence for both servers. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `work` over `items` with at most `concurrency` at once; the first error stops new work and is thrown. */
async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>, stopped: () => boolean): Promise<void> {
  let next = 0;
  let failure: unknown;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length && failure === undefined) {
        if (stopped()) throw new Error('interrupted');
        const i = next++;
        try {
          await work(items[i], i);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  if (failure !== undefined) throw failure;
}

function postJson(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
        timeout: HTTP_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response within ${HTTP_TIMEOUT_MS / 1000} s`)));
    // A reset on a kept-alive socket the server was closing as idle: the request never reached it.
    req.on('error', (error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

/** The `data` of a GraphQL response, or an Error naming status and errors. */
function dataOf(res: { status: number; body: string }): any {
  let parsed: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(res.body);
  } catch {
    throw new Error(`HTTP ${res.status}, body not JSON: ${res.body.slice(0, 200)}`);
  }
  if (res.status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(`HTTP ${res.status}: ${parsed.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? res.body.slice(0, 200)}`);
  }
  return parsed.data;
}

const kib = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
const mib = (bytes: number | undefined) => (bytes === undefined ? '-' : (bytes / 2 ** 20).toFixed(1));
const la = () => loadavg().map((n) => Math.round(n * 100) / 100);

// ---------------------------------------------------------------------------------------------
// Actions, their markers and their delivery

type Kind = 'draft' | 'chatC' | 'chatI' | 'timer';
const INTERVIEWER = 0;
const CANDIDATE = 1;
type Role = typeof INTERVIEWER | typeof CANDIDATE;
const senderOf = (kind: Kind): Role => (kind === 'draft' || kind === 'chatC' ? CANDIDATE : INTERVIEWER);
type TimerOp = 'startTimer' | 'pauseTimer' | 'resumeTimer';
const TIMER_EVENT: Record<TimerOp, string> = { startTimer: 'TIMER_STARTED', pauseTimer: 'TIMER_PAUSED', resumeTimer: 'TIMER_RESUMED' };

interface Action {
  room: number;
  kind: Kind;
  marker: string;
  /** Text carrying the marker (drafts and chat). */
  text?: string;
  timerOp?: TimerOp;
}

interface Pending {
  action: Action;
  sentAt: number;
  /** Sent during the measured window. */
  measured: boolean;
  /** Server's answer: ok, held (a draft the throttle coalesces), error; undefined while in flight. */
  answer?: 'ok' | 'held' | 'error';
  deliveredAt?: number;
}

/**
 * Every action sent, until it was both answered and delivered to the other participant: the
 * latency samples, and what was lost, refused or coalesced.
 */
class Tracker {
  measuring = false;
  readonly pending = new Map<string, Pending>();
  /** Per room: the marker of the timer action in flight (one at a time, until delivered). */
  readonly timerBusy: (string | undefined)[];
  readonly timerState: ('IDLE' | 'RUNNING' | 'PAUSED')[];
  readonly latencies: number[] = [];
  readonly latenciesByKind: Record<Kind, number[]> = { draft: [], chatC: [], chatI: [], timer: [] };
  readonly heldLatencies: number[] = [];
  readonly answerLatencies: number[] = [];
  readonly sentByKind: Record<Kind, number> = { draft: 0, chatC: 0, chatI: 0, timer: 0 };
  sent = 0;
  sentMeasured = 0;
  deliveredMeasured = 0;
  /** Delivered at all (any window), to the other participant. */
  delivered = 0;
  /** The sender's own socket got its event too (the app sends every event to every participant). */
  echoes = 0;
  held = 0;
  heldDelivered = 0;
  errors = 0;
  skipped = 0;
  /** Requests sent again after a reset on a reused keep-alive socket (never reached the server). */
  retries = 0;
  /** Deliveries that matched no pending action, or the wrong receiver/type. */
  strays = 0;
  readonly errorSamples: string[] = [];
  readonly problems: string[] = [];
  private markerSeq = 0;

  constructor(
    rooms: number,
    private readonly tag: string,
  ) {
    this.timerBusy = new Array(rooms).fill(undefined);
    this.timerState = new Array(rooms).fill('IDLE');
  }

  nextMarker(): string {
    return `${this.tag}${(this.markerSeq++).toString(36)}`;
  }

  /** Held drafts not yet written: most never will be (coalesced), so they do not count as outstanding. */
  private heldWaiting = 0;

  get outstanding(): number {
    return this.pending.size - this.heldWaiting;
  }

  add(action: Action): Pending {
    const p: Pending = { action, sentAt: performance.now(), measured: this.measuring };
    this.pending.set(action.marker, p);
    this.sent++;
    this.sentByKind[action.kind]++;
    if (p.measured) this.sentMeasured++;
    if (action.kind === 'timer') this.timerBusy[action.room] = action.marker;
    return p;
  }

  answered(marker: string, answer: 'ok' | 'held' | 'error', at: number, error?: string): void {
    const p = this.pending.get(marker);
    if (!p) return;
    p.answer = answer;
    if (p.measured) this.answerLatencies.push(at - p.sentAt);
    if (answer === 'error') {
      this.errors++;
      if (this.errorSamples.length < 10) this.errorSamples.push(`${p.action.kind}${p.action.timerOp ? ` ${p.action.timerOp}` : ''}: ${error}`);
    } else if (answer === 'held') {
      this.held++;
      this.heldWaiting++;
    } else if (p.action.kind === 'timer') {
      this.timerState[p.action.room] = p.action.timerOp === 'pauseTimer' ? 'PAUSED' : 'RUNNING';
    }
    this.settle(marker, p);
  }

  /** The event carrying `marker` reached the socket of `receiver`. */
  deliveredTo(marker: string, receiver: Role, at: number): void {
    const p = this.pending.get(marker);
    if (!p || p.deliveredAt !== undefined || senderOf(p.action.kind) === receiver) {
      this.strays++;
      return;
    }
    p.deliveredAt = at;
    this.delivered++;
    if (p.answer === 'held') {
      // A draft the throttle held and wrote when its window opened: not a delivery latency.
      this.heldDelivered++;
      this.heldWaiting--;
      this.heldLatencies.push(at - p.sentAt);
    } else if (p.measured) {
      this.deliveredMeasured++;
      this.latencies.push(at - p.sentAt);
      this.latenciesByKind[p.action.kind].push(at - p.sentAt);
    }
    this.settle(marker, p);
  }

  /** A timer event of `type` reached the candidate's socket of `room` (the app's events carry no marker). */
  timerDelivered(room: number, type: string, at: number): void {
    const marker = this.timerBusy[room];
    const p = marker === undefined ? undefined : this.pending.get(marker);
    if (!p || TIMER_EVENT[p.action.timerOp!] !== type) {
      this.strays++;
      return;
    }
    this.deliveredTo(marker!, CANDIDATE, at);
  }

  private settle(marker: string, p: Pending): void {
    const done = p.answer === 'error' || (p.answer !== undefined && p.deliveredAt !== undefined);
    if (!done) return;
    this.pending.delete(marker);
    if (this.timerBusy[p.action.room] === marker) this.timerBusy[p.action.room] = undefined;
  }

  /** What was never delivered: answered ok (lost), held (coalesced: fine), unanswered. */
  leftovers(): { lost: Pending[]; coalesced: number; unanswered: number } {
    const lost: Pending[] = [];
    let coalesced = 0;
    let unanswered = 0;
    for (const p of this.pending.values()) {
      if (p.answer === 'held') coalesced++;
      else if (p.answer === undefined) unanswered++;
      else if (p.deliveredAt === undefined) lost.push(p);
    }
    return { lost, coalesced, unanswered };
  }
}

/** The next actions: rooms in a fixed shuffled round-robin (even spread), kinds from MIX, seeded. */
class Plan {
  private readonly order: number[];
  private cursor = 0;
  private readonly random: () => number;
  private readonly filler: string;

  constructor(
    rooms: number,
    draftBytes: number,
    private readonly tracker: Tracker,
    seed = 0x5e55,
  ) {
    this.random = rng(seed);
    const shuffle = rng(42);
    this.order = Array.from({ length: rooms }, (_, i) => i);
    for (let i = rooms - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
    }
    const code = 'function solve(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const need = target - nums[i];\n    if (seen.has(need)) return [seen.get(need), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n';
    this.filler = code.repeat(Math.ceil(draftBytes / code.length)).slice(0, Math.max(0, draftBytes - 16));
  }

  next(): Action {
    const room = this.order[this.cursor++ % this.order.length];
    const r = this.random();
    let kind: Kind = r < MIX.draft ? 'draft' : r < MIX.draft + MIX.chatC ? 'chatC' : r < MIX.draft + MIX.chatC + MIX.chatI ? 'chatI' : 'timer';
    if (kind === 'timer' && this.tracker.timerBusy[room] !== undefined) kind = 'chatI';
    const marker = this.tracker.nextMarker();
    if (kind === 'draft') return { room, kind, marker, text: `${this.filler}// ~b${marker}` };
    if (kind === 'chatC') return { room, kind, marker, text: `Should I handle an empty array first? ~b${marker}` };
    if (kind === 'chatI') return { room, kind, marker, text: `Sure, and what is the complexity of that? ~b${marker}` };
    const state = this.tracker.timerState[room];
    return { room, kind, marker, timerOp: state === 'IDLE' ? 'startTimer' : state === 'RUNNING' ? 'pauseTimer' : 'resumeTimer' };
  }
}

const KIND_LABEL: Record<Kind, string> = { draft: 'draft (C→I)', chatC: 'chat C→I', chatI: 'chat I→C', timer: 'timer (I→C)' };

const markerOf = (text: unknown): string | undefined => {
  if (typeof text !== 'string') return undefined;
  const at = text.lastIndexOf('~b');
  return at < 0 ? undefined : text.slice(at + 2);
};

// ---------------------------------------------------------------------------------------------
// The two servers behind one interface

interface ServerUnderTest {
  name: 'prepstack' | 'baseline';
  pid: number | undefined;
  tracker: Tracker;
  /** Opens the two sockets of rooms 0..rooms-1 and waits until each is subscribed (in its room) and idle. */
  connect(rooms: number): Promise<void>;
  /** Sends one action (does not wait for its answer). */
  send(action: Action): void;
  /** Sockets still open. */
  openSockets(): number;
  /** Checks after the load: every open socket got every event, in order. Returns failures. */
  verify(): Promise<string[]>;
  /** Closes every open socket. */
  close(): Promise<void>;
  /** Waits until the server finished its work for the closed sockets. */
  quiesceAfterClose(): Promise<void>;
  memory(): Promise<MemorySample>;
  /** The server's heap by constructor (a heap snapshot), when it can be inspected. */
  heapSummary?(): Promise<HeapSummary>;
  /**
   * CPU and run-queue wait (ms) of the server and of its helpers (the Postgres backends of the
   * app's pool) so far; `start` picks the helper processes, the next call measures the same ones.
   */
  resources(start: boolean): Promise<Resources>;
  /** Events the server committed in the wall-clock window (the app: session_event rows). */
  committed(from: Date, to: Date): Promise<number | undefined>;
  extra: Record<string, unknown>;
}

interface Resources {
  serverCpuMs?: number;
  /** CPU of the server's main thread alone (its event loop). */
  serverLoopMs?: number;
  /** Time the server's main thread (its event loop) was runnable but had no CPU. */
  serverWaitMs?: number;
  dbCpuMs?: number;
  dbWaitMs?: number;
}

interface AppUser {
  id: string;
  sid: string;
  token: string;
  mintedAt: number;
}

interface AppSocket {
  sub?: GraphqlWsSubscriber;
  room: number;
  role: Role;
  user: AppUser;
  lastSeq: number;
  gaps: number;
  /** Its own PRESENCE_CHANGED +1 arrived: what follows is live, what came before was the replayed log. */
  live: boolean;
  /** The room's last seq before this socket subscribed (earlier cycles' events are history). */
  seqAtConnect: number;
  subscribedResolve?: () => void;
}

async function prepstack(ctx: BenchContext, s: Settings, stopped: () => boolean): Promise<ServerUnderTest> {
  ctx.log('creating a fresh database');
  const databaseUrl = await ctx.freshDatabase();
  const secret = randomBytes(32).toString('hex');
  const key = new TextEncoder().encode(secret);
  const inspectPort = s.inspect ? await freePort() : undefined;
  ctx.log(`starting the built app${s.inspect ? ` (inspector on 127.0.0.1:${inspectPort} for GC and heap figures)` : ''}`);
  const started = Date.now();
  const app = await ctx.startApp({
    databaseUrl,
    env: { JWT_SECRET: secret, ...(s.inspect ? { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } : {}) },
  });
  const pid = app.child.process.pid;
  ctx.log(`app ready at ${app.baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const graphqlUrl = new URL(app.graphqlUrl);
  const wsUrl = app.graphqlUrl.replace(/^http/, 'ws');
  // fifo: every pooled socket stays in use, none sits idle until the server's keep-alive
  // timeout closes it under a new request; idle ones are dropped after 2 s anyway.
  const agent = new Agent({ keepAlive: true, maxSockets: 256, scheduling: 'fifo', timeout: 2_000 });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const sockets: AppSocket[] = [];
  ctx.defer(async () => {
    for (const sock of sockets) sock.sub?.terminate();
    agent.destroy();
    await db.end().catch(() => undefined);
  });

  let inspector: InspectorSession | undefined;
  const withInspector = async <T>(work: (i: InspectorSession) => Promise<T>): Promise<T> => {
    const session = inspector ?? (await InspectorSession.attach(inspectPort!));
    try {
      return await work(session);
    } finally {
      if (session !== inspector) session.close();
    }
  };

  // Users and sign-in sessions straight in SQL; tokens minted as TokensService does.
  const users = s.rooms * 2;
  ctx.log(`creating ${users} users and sign-in sessions in SQL`);
  const passwordHash = await hash(randomBytes(16).toString('hex'));
  const { rows: userRows } = await db.query<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name)
     SELECT 'bench-' || i || '@bench.invalid', $1, 'Bench ' || i FROM generate_series(1, $2::int) AS i RETURNING id`,
    [passwordHash, users],
  );
  const { rows: sessionRows } = await db.query<{ id: string; user_id: string }>(
    'INSERT INTO auth_session (user_id, created_at) SELECT u, now() FROM unnest($1::uuid[]) AS u RETURNING id, user_id',
    [userRows.map((r) => r.id)],
  );
  const mint = async (userId: string, sid: string) => {
    const issuedAt = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_MS / 1000)
      .sign(key);
  };
  const appUsers: AppUser[] = await Promise.all(
    sessionRows.map(async (r) => ({ id: r.user_id, sid: r.id, token: await mint(r.user_id, r.id), mintedAt: Date.now() })),
  );
  // Access tokens live 15 minutes, as the app's: mint again well before they run out.
  const tokenOf = (u: AppUser) => {
    if (Date.now() - u.mintedAt > ACCESS_TOKEN_TTL_MS / 2) {
      u.mintedAt = Date.now();
      void mint(u.id, u.sid).then((t) => (u.token = t));
    }
    return u.token;
  };
  const gql = async (user: AppUser | undefined, query: string, variables?: Record<string, unknown>) =>
    dataOf(
      await postJson(agent, graphqlUrl, JSON.stringify({ query, variables }), user ? { authorization: `Bearer ${tokenOf(user)}` } : {}),
    );

  // Rooms through the API, as clients make them.
  const promptIds = ((await gql(undefined, M.prompts)).prompts.edges as { node: { id: string } }[]).map((e) => e.node.id);
  if (!promptIds.length) throw new Error('the app has no java prompts: was the content imported?');
  ctx.log(`creating ${s.rooms} rooms through the API (createMockSession, joinMockSession, pushPrompt; ${s.setupConcurrency} at a time)`);
  const rooms: { id: string; users: [AppUser, AppUser] }[] = new Array(s.rooms);
  const setupStarted = Date.now();
  await pool(
    Array.from({ length: s.rooms }, (_, i) => i),
    s.setupConcurrency,
    async (i) => {
      const interviewer = appUsers[2 * i];
      const candidate = appUsers[2 * i + 1];
      const { id, joinCode } = (
        await gql(interviewer, M.create, { input: { stack: 'java', level: 'MID', promptIds, durationMinutes: 180, role: 'INTERVIEWER' } })
      ).createMockSession;
      await gql(candidate, M.join, { code: joinCode });
      await gql(interviewer, M.push, { sessionId: id });
      rooms[i] = { id, users: [interviewer, candidate] };
    },
    stopped,
  );
  ctx.log(`rooms ready after ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

  const tracker = new Tracker(s.rooms, 'p');
  let pgPids: number[] = [];

  const onEvent = (sock: AppSocket, payload: { data?: any; errors?: unknown[] }, at: number) => {
    const ev = payload?.data?.mockSessionEvents;
    if (!ev) {
      tracker.problems.push(`room ${sock.room}: a result without an event: ${JSON.stringify(payload).slice(0, 300)}`);
      return;
    }
    if (ev.seq !== sock.lastSeq + 1) sock.gaps++;
    if (ev.seq > sock.lastSeq) sock.lastSeq = ev.seq;
    switch (ev.type) {
      case 'PRESENCE_CHANGED':
        if (ev.payload.userId === sock.user.id && ev.payload.delta === 1 && ev.seq > sock.seqAtConnect) {
          sock.live = true;
          sock.subscribedResolve?.();
        }
        return;
      case 'DRAFT_UPDATED':
      case 'CHAT_MESSAGE': {
        if (!sock.live) return; // history (an earlier cycle's events), replayed
        if (ev.actorId === sock.user.id) {
          tracker.echoes++;
          return;
        }
        const marker = markerOf(ev.payload.text);
        if (marker) tracker.deliveredTo(marker, sock.role, at);
        return;
      }
      case 'TIMER_STARTED':
      case 'TIMER_PAUSED':
      case 'TIMER_RESUMED':
        if (!sock.live) return;
        if (ev.actorId === sock.user.id) tracker.echoes++;
        else tracker.timerDelivered(sock.room, ev.type, at);
        return;
      default:
        return;
    }
  };

  let closedSockets = 0;
  const open = (sock: AppSocket) => sock.sub?.ws.readyState === WebSocket.OPEN;

  const send = (action: Action, body: string, user: AppUser, retried = false): void => {
    postJson(agent, graphqlUrl, body, { authorization: `Bearer ${tokenOf(user)}` }).then(
      (res) => {
        const at = performance.now();
        try {
          const data = dataOf(res);
          tracker.answered(action.marker, action.kind === 'draft' && data.updateDraft.written === false ? 'held' : 'ok', at);
        } catch (error) {
          tracker.answered(action.marker, 'error', at, (error as Error).message);
        }
      },
      (error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
        if (!retried && error.reusedSocket && error.code === 'ECONNRESET') {
          tracker.retries++;
          return send(action, body, user, true);
        }
        tracker.answered(action.marker, 'error', performance.now(), error.message);
      },
    );
  };

  const sut: ServerUnderTest & Profiling = {
    name: 'prepstack',
    pid,
    tracker,
    extra: { appUrl: app.baseUrl, promptIds: promptIds.length },

    async connect(count) {
      sockets.length = 0;
      for (let room = 0; room < count; room++) {
        for (const role of [INTERVIEWER, CANDIDATE] as Role[]) sockets.push({ room, role, user: rooms[room].users[role], lastSeq: 0, gaps: 0, live: false, seqAtConnect: 0 });
      }
      const before = await lastSeqs();
      for (const sock of sockets) sock.seqAtConnect = before.get(rooms[sock.room].id) ?? 0;
      await pool(
        sockets,
        s.connectConcurrency,
        async (sock) => {
          const subscribed = new Promise<void>((resolve) => (sock.subscribedResolve = resolve));
          sock.sub = new GraphqlWsSubscriber(
            {
              url: wsUrl,
              connectionParams: { authToken: tokenOf(sock.user) },
              query: SUBSCRIPTION,
              variables: { sessionId: rooms[sock.room].id, afterSeq: 0 },
            },
            {
              next: (payload, at) => onEvent(sock, payload, at),
              problem: (message) => tracker.problems.push(`room ${sock.room} ${sock.role === INTERVIEWER ? 'interviewer' : 'candidate'}: ${message}`),
            },
          );
          await sock.sub.subscribed;
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            subscribed,
            new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`room ${sock.room}: no PRESENCE_CHANGED of its own within 60 s`)), 60_000))),
          ]).finally(() => clearTimeout(timer));
        },
        stopped,
      );
      // Idle: every socket has every event of its room (both presence events included).
      await waitFor(
        async () => {
          const last = await lastSeqs();
          return sockets.every((sock) => sock.lastSeq === last.get(rooms[sock.room].id));
        },
        30_000,
        stopped,
      );
    },

    send(action) {
      const room = rooms[action.room];
      let body: string;
      if (action.kind === 'draft') body = JSON.stringify({ query: M.draft, variables: { sessionId: room.id, text: action.text, language: 'javascript' } });
      else if (action.kind === 'timer') body = JSON.stringify({ query: M[action.timerOp!], variables: { sessionId: room.id } });
      else body = JSON.stringify({ query: M.chat, variables: { sessionId: room.id, text: action.text } });
      tracker.add(action);
      send(action, body, room.users[senderOf(action.kind)]);
    },

    openSockets: () => sockets.filter(open).length,

    async verify() {
      const failures: string[] = [];
      let behind: AppSocket[] = [];
      await waitFor(
        async () => {
          const last = await lastSeqs();
          behind = sockets.filter((sock) => sock.lastSeq !== last.get(rooms[sock.room].id));
          return behind.length === 0;
        },
        5_000,
        stopped,
      ).catch(() => undefined);
      if (behind.length) failures.push(`${behind.length} sockets did not receive every event of their room (e.g. room ${behind[0].room})`);
      const gaps = sockets.reduce((n, sock) => n + sock.gaps, 0);
      if (gaps) failures.push(`${gaps} events arrived out of order or after a gap`);
      return failures;
    },

    async close() {
      await Promise.all(sockets.map((sock) => sock.sub?.close()));
      closedSockets += sockets.length;
    },

    async quiesceAfterClose() {
      // Each closed subscription appends PRESENCE_CHANGED −1: wait for all of them.
      await waitFor(
        async () => {
          const { rows } = await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM session_event WHERE type = 'PRESENCE_CHANGED' AND (payload->>'delta')::int = -1`,
          );
          return Number(rows[0].n) >= closedSockets;
        },
        120_000,
        stopped,
      ).catch(() => ctx.log('warning: not every PRESENCE_CHANGED −1 was written within 120 s'));
    },

    async memory() {
      if (!s.inspect) return { rssKiB: rssKiB(pid), gc: false };
      return withInspector((i) => i.memory(pid));
    },

    heapSummary: s.inspect ? () => withInspector((i) => i.heapSummary()) : undefined,

    async resources(start) {
      if (start) {
        // The Postgres backends serving the app's pool (embedded or local server only).
        const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
        pgPids = rows.map((r) => r.pid);
      }
      const cpus = pgPids.map((p) => cpuTimeMs(p));
      const server = schedMs(pid);
      const database = schedMsOf(pgPids);
      return {
        serverCpuMs: cpuTimeMs(pid),
        serverLoopMs: server?.runMs,
        serverWaitMs: server?.waitMs,
        dbCpuMs: cpus.every((t) => t !== undefined) ? cpus.reduce((a, b) => a! + b!, 0) : undefined,
        dbWaitMs: database?.waitMs,
      };
    },

    async committed(from, to) {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM session_event
          WHERE created_at >= $1 AND created_at < $2 AND type IN ('DRAFT_UPDATED', 'CHAT_MESSAGE', 'TIMER_STARTED', 'TIMER_PAUSED', 'TIMER_RESUMED')`,
        [from, to],
      );
      return Number(rows[0].n);
    },

    async startProfile() {
      inspector = await InspectorSession.attach(inspectPort!);
      await inspector.startProfile();
    },
    async stopProfile() {
      const profile = await inspector!.stopProfile();
      inspector!.close();
      inspector = undefined;
      return profile;
    },
  };
  return sut;

  async function lastSeqs(): Promise<Map<string, number>> {
    const { rows } = await db.query<{ id: string; last_seq: number }>('SELECT id, last_seq FROM mock_session');
    return new Map(rows.map((r) => [r.id, r.last_seq]));
  }
}

interface Profiling {
  startProfile(): Promise<void>;
  stopProfile(): Promise<CpuProfile>;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, stopped: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (stopped()) throw new Error('interrupted');
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

interface BaselineSocket {
  ws?: WebSocket;
  room: number;
  role: Role;
  closing: boolean;
}

async function baseline(ctx: BenchContext, s: Settings, stopped: () => boolean): Promise<ServerUnderTest> {
  ctx.log('starting the bare ws broadcast server');
  const server: WsBroadcastServer = await startWsBroadcast({
    nodeEnv: ctx.settings.nodeEnv,
    nodeArgs: ctx.settings.baselineNodeArgs,
    echo: ctx.settings.verbose,
  });
  ctx.defer(() => server.stop());
  const pid = server.child.process.pid;
  const tracker = new Tracker(s.rooms, 'w');
  const sockets: BaselineSocket[] = [];
  ctx.defer(() => {
    for (const sock of sockets) sock.ws?.terminate();
  });
  // The same request bytes the app gets, carried as the message; the receiver reads the marker.
  const body = (action: Action) => {
    const sessionId = `room-${action.room}`;
    const query = action.kind === 'draft' ? M.draft : action.kind === 'timer' ? M[action.timerOp!] : M.chat;
    const variables = action.kind === 'draft' ? { sessionId, text: action.text, language: 'javascript' } : action.kind === 'timer' ? { sessionId } : { sessionId, text: action.text };
    return JSON.stringify({ query, variables, m: action.marker });
  };
  return {
    name: 'baseline',
    pid,
    tracker,
    extra: { url: server.url },

    async connect(count) {
      sockets.length = 0;
      for (let room = 0; room < count; room++) for (const role of [INTERVIEWER, CANDIDATE] as Role[]) sockets.push({ room, role, closing: false });
      await pool(
        sockets,
        s.connectConcurrency,
        async (sock) => {
          const ws = new WebSocket(`${server.url}?room=${sock.room}`, { perMessageDeflate: false, handshakeTimeout: 30_000 });
          sock.ws = ws;
          await new Promise<void>((resolve, reject) => {
            let ready = false;
            ws.on('message', (data) => {
              const at = performance.now();
              const text = data.toString();
              if (text === 'r') {
                ready = true;
                return resolve();
              }
              const msg = JSON.parse(text) as { m: string };
              tracker.deliveredTo(msg.m, sock.role, at);
            });
            ws.on('error', (error) => (ready ? tracker.problems.push(`room ${sock.room}: ${error.message}`) : reject(error)));
            ws.on('close', (code) => {
              if (!ready) reject(new Error(`closed before it was in its room: ${code}`));
              else if (!sock.closing) tracker.problems.push(`room ${sock.room}: the server closed the socket (${code})`);
            });
          });
        },
        stopped,
      );
    },

    send(action) {
      const ws = sockets[action.room * 2 + senderOf(action.kind)].ws!;
      tracker.add(action);
      ws.send(body(action), (error) => {
        if (error) tracker.answered(action.marker, 'error', performance.now(), error.message);
      });
      // No answer to wait for: sent is answered.
      tracker.answered(action.marker, 'ok', performance.now());
    },

    openSockets: () => sockets.filter((sock) => sock.ws?.readyState === WebSocket.OPEN).length,

    async verify() {
      const stats = await server.stats();
      return stats.received === tracker.sent ? [] : [`the baseline received ${stats.received} messages, ${tracker.sent} were sent`];
    },

    async close() {
      await Promise.all(
        sockets.map(
          (sock) =>
            new Promise<void>((resolve) => {
              sock.closing = true;
              const ws = sock.ws;
              if (!ws || ws.readyState === WebSocket.CLOSED) return resolve();
              const timer = setTimeout(() => (ws.terminate(), resolve()), 5_000);
              ws.once('close', () => (clearTimeout(timer), resolve()));
              ws.close(1000, 'bench done');
            }),
        ),
      );
    },

    async quiesceAfterClose() {
      await waitFor(async () => (await server.stats()).sockets === 0, 30_000, stopped).catch(() =>
        ctx.log('warning: the baseline still holds sockets 30 s after they closed'),
      );
    },

    memory: () => server.memory(),
    resources: async () => ({ serverCpuMs: cpuTimeMs(pid), serverLoopMs: schedMs(pid)?.runMs, serverWaitMs: schedMs(pid)?.waitMs }),
    committed: async () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// One server's run: connect, idle, load, drain, close

interface ServerResult {
  server: 'prepstack' | 'baseline';
  connections: number;
  connectS: number;
  memory: { beforeConnect: MemorySample; idle: MemorySample; afterLoad: MemorySample; afterClose: MemorySample };
  rssPerConnectionKiB?: number;
  heapPerConnectionKiB?: number;
  /**
   * Heap after every socket closed minus heap before they opened (`bytes`), and the same net of
   * what the load added while the sockets were open (`netOfLoadBytes`: the rooms' folded state
   * keeps their chat and drafts, which is not the sockets' to release); shares are of what the
   * idle connections took.
   */
  heapRetainedAfterClose?: {
    bytes: number;
    loadGrowthBytes: number;
    netOfLoadBytes: number;
    perConnectionBytes: number;
    shareOfConnectionHeap: number;
    netShareOfConnectionHeap: number;
  };
  rssAfterCloseKiB?: number;
  load: {
    targetPerS: number;
    durationS: number;
    warmupS: number;
    elapsedS: number;
    sent: number;
    sentByKind: Record<Kind, number>;
    sentPerS: number;
    deliveredPerS: number;
    committed?: number;
    committedPerS?: number;
    skippedOverOutstanding: number;
  };
  latencyMs: Percentiles;
  latencyByKindMs: Record<Kind, Percentiles>;
  answerLatencyMs: Percentiles;
  heldDrafts: { held: number; deliveredLater: number; coalesced: number; latencyMs?: Percentiles };
  echoes: number;
  errors: number;
  errorSamples: string[];
  lost: number;
  unanswered: number;
  strays: number;
  retriedAfterKeepAliveReset: number;
  /** Rooms connected, loaded and closed before the memory baseline was taken (warms the code paths). */
  primedRooms: number;
  cpu: {
    serverCoreShare?: number;
    /** Of serverCoreShare, the main thread (event loop); the rest is GC helpers and the libuv pool. */
    serverLoopShare?: number;
    databaseCoreShare?: number;
    runnerCoreShare: number;
    serverUsPerEvent?: number;
    /** Share of the window each was runnable but waiting for a CPU (run-queue delay; the machine's other load). */
    serverRunQueueShare?: number;
    databaseRunQueueShare?: number;
    runnerRunQueueShare?: number;
  };
  runnerEventLoopDelayMs: { p50: number; p99: number; max: number };
  loadAverage: { beforeLoad: number[]; afterLoad: number[] };
  profile?: { file: string; samples: number; functions: { frame: string; share: number }[]; areas: { frame: string; share: number }[] };
  /** BENCH_SESSIONS_HEAP_SNAPSHOTS=1: what grew in the heap (by constructor) with the idle sockets, and what was left after they closed. */
  heapGrowth?: { idleVsBefore: { what: string; count: number; bytes: number }[]; afterCloseVsBefore: { what: string; count: number; bytes: number }[] };
  failures: string[];
}

/** Open-loop load: `rate` actions a second for `seconds`, each sent when due whether or not earlier ones were answered. */
async function drive(
  sut: ServerUnderTest,
  plan: Plan,
  rate: number,
  seconds: number,
  measured: boolean,
  maxOutstanding: number,
  stopped: () => boolean,
): Promise<number> {
  const tracker = sut.tracker;
  tracker.measuring = measured;
  const total = Math.round(rate * seconds);
  const startedAt = performance.now();
  let fired = 0;
  while (fired < total) {
    if (stopped()) throw new Error('interrupted');
    const due = Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * rate) + 1);
    for (; fired < due; fired++) {
      if (tracker.outstanding >= maxOutstanding) {
        if (measured) tracker.skipped++;
        continue;
      }
      sut.send(plan.next());
    }
    await sleep(2);
  }
  tracker.measuring = false;
  return (performance.now() - startedAt) / 1000;
}

/** Waits (up to DRAIN_MS) until every action was answered and every accepted event delivered. */
async function drain(tracker: Tracker, stopped: () => boolean): Promise<void> {
  const deadline = Date.now() + DRAIN_MS;
  while (Date.now() < deadline && !stopped()) {
    const { lost, unanswered } = tracker.leftovers();
    if (lost.length === 0 && unanswered === 0) break;
    await sleep(100);
  }
  // Held drafts are written when their throttle window opens (≤ 1 s).
  await sleep(1_500);
}

async function runServer(ctx: BenchContext, s: Settings, sut: ServerUnderTest, stopped: () => boolean): Promise<ServerResult> {
  const failures: string[] = [];
  const connections = s.rooms * 2;
  const tracker = sut.tracker;
  const heaps: HeapSummary[] = [];
  const sample = async (label: string) => {
    await sleep(s.settleS * 1000);
    const m = await sut.memory();
    ctx.log(
      `${sut.name}: ${label}: RSS ${kib((m.rssKiB ?? NaN) / 1024)} MiB, heap used ${mib(m.heapUsed)} MiB` +
        `${m.heapUsedExclCode === undefined ? '' : ` (${mib(m.heapUsedExclCode)} MiB without compiled code)`}${m.gc ? ', after a full GC' : ''}`,
    );
    if (s.heapSnapshots && sut.heapSummary) {
      ctx.log(`${sut.name}: heap snapshot (${label})`);
      heaps.push(await sut.heapSummary());
    }
    return m;
  };

  if (s.primeRooms > 0) {
    // One small cycle first, so that the code paths are compiled and the caches filled before the
    // memory baseline: what stays after the measured cycle is then what the sockets left behind.
    const primeRate = Math.min(s.rate, s.primeRooms * 10);
    ctx.log(`${sut.name}: priming: ${s.primeRooms} rooms connected, 3 s at ${primeRate} events/s, closed`);
    await sut.connect(s.primeRooms);
    await drive(sut, new Plan(s.primeRooms, s.draftBytes, tracker, 7), primeRate, 3, false, s.maxOutstanding, stopped);
    await drain(tracker, stopped);
    failures.push(...(await sut.verify()).map((f) => `priming: ${f}`));
    await sut.close();
    await sut.quiesceAfterClose();
  }

  const beforeConnect = await sample('before connecting');
  ctx.log(`${sut.name}: opening ${connections} WebSockets (${s.connectConcurrency} at a time)`);
  const connectStarted = Date.now();
  await sut.connect(s.rooms);
  const connectS = (Date.now() - connectStarted) / 1000;
  ctx.log(`${sut.name}: ${connections} sockets subscribed and idle after ${connectS.toFixed(1)} s`);
  const idle = await sample('idle connections');

  const plan = new Plan(s.rooms, s.draftBytes, tracker);
  if (s.warmupS > 0) {
    ctx.log(`${sut.name}: warm-up, ${s.warmupS} s at ${s.rate} events/s`);
    await drive(sut, plan, s.rate, s.warmupS, false, s.maxOutstanding, stopped);
  }
  const profiling = s.profile && sut.name === 'prepstack' ? (sut as ServerUnderTest & Profiling) : undefined;
  if (profiling) await profiling.startProfile();
  const laBefore = la();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const resBefore = await sut.resources(true);
  const runnerBefore = process.cpuUsage();
  const runnerSchedBefore = schedMs(process.pid);
  const wallFrom = new Date();
  const t0 = performance.now();
  ctx.log(`${sut.name}: measuring, ${s.durationS} s at ${s.rate} events/s over ${s.rooms} rooms`);
  loop.enable();
  const elapsedS = await drive(sut, plan, s.rate, s.durationS, true, s.maxOutstanding, stopped);
  loop.disable();
  const wallTo = new Date();
  const resAfter = await sut.resources(false);
  const runnerCpu = process.cpuUsage(runnerBefore);
  const runnerSchedAfter = schedMs(process.pid);
  const windowMs = performance.now() - t0;
  const laAfter = la();
  let profile: ServerResult['profile'];
  if (profiling) {
    const raw = await profiling.stopProfile();
    const dir = join(ctx.root, 'bench', 'output');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `sessions-${sut.name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(raw));
    const summary = summariseProfile(raw);
    profile = { file: relative(ctx.root, file), ...summary };
  }

  ctx.log(`${sut.name}: waiting for the last events (up to ${DRAIN_MS / 1000} s)`);
  await drain(tracker, stopped);
  failures.push(...(await sut.verify()));
  const left = tracker.leftovers();
  const afterLoad = await sut.memory();

  ctx.log(`${sut.name}: closing every socket`);
  await sut.close();
  await sut.quiesceAfterClose();
  const afterClose = await sample('after every socket closed');

  const committed = await sut.committed(wallFrom, wallTo);
  const durationS = windowMs / 1000;
  const sub = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : a - b);
  const share = (n?: number) => (n === undefined ? undefined : Math.round((n / windowMs) * 100) / 100);
  const serverCpuMs = sub(resAfter.serverCpuMs, resBefore.serverCpuMs);
  const dbCpuMs = sub(resAfter.dbCpuMs, resBefore.dbCpuMs);
  // Without V8's code spaces: optimised code keeps growing with the load, whatever the sockets do.
  const heapOf = (m: MemorySample) => m.heapUsedExclCode ?? m.heapUsed;
  const heapConn = sub(heapOf(idle), heapOf(beforeConnect));
  const heapRetained = sub(heapOf(afterClose), heapOf(beforeConnect));
  const loadGrowth = sub(heapOf(afterLoad), heapOf(idle));
  const rssConn = sub(idle.rssKiB, beforeConnect.rssKiB);
  const loopNs = (n: number) => Math.round(n / 1e4) / 100;

  if (tracker.errors) failures.push(`${tracker.errors} actions failed (${tracker.errorSamples.slice(0, 3).join(' | ')})`);
  if (left.lost.length) {
    const e = left.lost[0];
    failures.push(`${left.lost.length} events accepted but never delivered to the other participant (e.g. room ${e.action.room} ${e.action.kind} ${e.action.marker})`);
  }
  if (left.unanswered) failures.push(`${left.unanswered} actions never answered`);
  if (tracker.problems.length) failures.push(`${tracker.problems.length} socket problems (${tracker.problems.slice(0, 3).join(' | ')})`);

  return {
    server: sut.name,
    connections,
    connectS,
    memory: { beforeConnect, idle, afterLoad, afterClose },
    rssPerConnectionKiB: rssConn === undefined ? undefined : rssConn / connections,
    heapPerConnectionKiB: heapConn === undefined ? undefined : heapConn / 1024 / connections,
    heapRetainedAfterClose:
      heapRetained === undefined || heapConn === undefined || loadGrowth === undefined
        ? undefined
        : {
            bytes: heapRetained,
            loadGrowthBytes: loadGrowth,
            netOfLoadBytes: heapRetained - loadGrowth,
            perConnectionBytes: (heapRetained - loadGrowth) / connections,
            shareOfConnectionHeap: heapConn > 0 ? heapRetained / heapConn : 0,
            netShareOfConnectionHeap: heapConn > 0 ? (heapRetained - loadGrowth) / heapConn : 0,
          },
    rssAfterCloseKiB: afterClose.rssKiB,
    load: {
      targetPerS: s.rate,
      durationS: s.durationS,
      warmupS: s.warmupS,
      elapsedS,
      sent: tracker.sentMeasured,
      sentByKind: tracker.sentByKind,
      sentPerS: tracker.sentMeasured / durationS,
      deliveredPerS: tracker.deliveredMeasured / durationS,
      committed,
      committedPerS: committed === undefined ? undefined : committed / durationS,
      skippedOverOutstanding: tracker.skipped,
    },
    latencyMs: percentiles(tracker.latencies),
    latencyByKindMs: {
      draft: percentiles(tracker.latenciesByKind.draft),
      chatC: percentiles(tracker.latenciesByKind.chatC),
      chatI: percentiles(tracker.latenciesByKind.chatI),
      timer: percentiles(tracker.latenciesByKind.timer),
    },
    answerLatencyMs: percentiles(tracker.answerLatencies),
    heldDrafts: {
      held: tracker.held,
      deliveredLater: tracker.heldDelivered,
      coalesced: left.coalesced,
      latencyMs: tracker.heldLatencies.length ? percentiles(tracker.heldLatencies) : undefined,
    },
    echoes: tracker.echoes,
    errors: tracker.errors,
    errorSamples: tracker.errorSamples,
    lost: left.lost.length,
    unanswered: left.unanswered,
    strays: tracker.strays,
    retriedAfterKeepAliveReset: tracker.retries,
    primedRooms: s.primeRooms,
    cpu: {
      serverCoreShare: share(serverCpuMs),
      serverLoopShare: share(sub(resAfter.serverLoopMs, resBefore.serverLoopMs)),
      databaseCoreShare: share(dbCpuMs),
      runnerCoreShare: share((runnerCpu.user + runnerCpu.system) / 1000)!,
      serverUsPerEvent: serverCpuMs === undefined || !tracker.sentMeasured ? undefined : Math.round((serverCpuMs * 1000) / tracker.sentMeasured),
      serverRunQueueShare: share(sub(resAfter.serverWaitMs, resBefore.serverWaitMs)),
      databaseRunQueueShare: share(sub(resAfter.dbWaitMs, resBefore.dbWaitMs)),
      runnerRunQueueShare: share(sub(runnerSchedAfter?.waitMs, runnerSchedBefore?.waitMs)),
    },
    runnerEventLoopDelayMs: { p50: loopNs(loop.percentile(50)), p99: loopNs(loop.percentile(99)), max: loopNs(loop.max) },
    loadAverage: { beforeLoad: laBefore, afterLoad: laAfter },
    profile,
    heapGrowth: heaps.length === 3 ? { idleVsBefore: heapGrowth(heaps[0], heaps[1]), afterCloseVsBefore: heapGrowth(heaps[0], heaps[2]) } : undefined,
    failures: failures.map((f) => `${sut.name}: ${f}`),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function report(s: Settings, results: ServerResult[], targets: TargetCheck[]): string {
  const pctCell = (n: number | undefined) => (n === undefined ? '-' : `${Math.round(n * 100)} %`);
  const lines: string[] = [
    `${s.rooms} rooms × 2 WebSockets = ${s.rooms * 2} connections; ${s.rate} events/s for ${s.durationS} s after ${s.warmupS} s warm-up; ` +
      `mix ${Math.round(MIX.draft * 100)} % drafts (${s.draftBytes} B), ${Math.round((MIX.chatC + MIX.chatI) * 100)} % chat, ${Math.round(MIX.timer * 100)} % timer`,
    '',
    table([
      ['server', 'sent/s', 'delivered/s', 'committed/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'answer p99 ms', 'errors', 'lost', 'held'],
      ...results.map((r) => [
        r.server,
        r.load.sentPerS.toFixed(1),
        r.load.deliveredPerS.toFixed(1),
        r.load.committedPerS === undefined ? '-' : r.load.committedPerS.toFixed(1),
        ms(r.latencyMs.p50),
        ms(r.latencyMs.p95),
        ms(r.latencyMs.p99),
        ms(r.latencyMs.max),
        r.server === 'baseline' ? '-' : ms(r.answerLatencyMs.p99),
        String(r.errors),
        String(r.lost),
        String(r.heldDrafts.held),
      ]),
    ]),
    '',
    table([
      ['server', 'connect s', 'RSS before MiB', 'RSS idle MiB', 'RSS/conn KiB', 'heap/conn KiB', 'RSS after close MiB', 'heap before/idle/loaded/closed MiB', 'left after close MiB (net of load)'],
      ...results.map((r) => [
        r.server,
        r.connectS.toFixed(1),
        kib((r.memory.beforeConnect.rssKiB ?? NaN) / 1024),
        kib((r.memory.idle.rssKiB ?? NaN) / 1024),
        kib(r.rssPerConnectionKiB),
        kib(r.heapPerConnectionKiB),
        kib((r.rssAfterCloseKiB ?? NaN) / 1024),
        [r.memory.beforeConnect, r.memory.idle, r.memory.afterLoad, r.memory.afterClose].map((m) => mib(m.heapUsedExclCode ?? m.heapUsed)).join(' / '),
        r.heapRetainedAfterClose
          ? `${(r.heapRetainedAfterClose.bytes / 2 ** 20).toFixed(2)} (${(r.heapRetainedAfterClose.netOfLoadBytes / 2 ** 20).toFixed(2)})`
          : '-',
      ]),
    ]),
    'heap = V8 heap used after a full GC, without compiled code; RSS from /proc/<pid>/status after the same GC and ' +
      `${s.settleS} s of rest${s.heapSnapshots ? '; RSS DISTURBED by the heap snapshots (BENCH_SESSIONS_HEAP_SNAPSHOTS=1)' : ''}`,
    '',
    'CPU during the measured window (share of one core; "waiting" = runnable but no CPU free, i.e. the machine\'s other load):',
    table([
      ['server', 'server CPU', 'of it main thread', 'server waiting', 'Postgres CPU', 'Postgres waiting', 'runner CPU', 'runner waiting', 'server CPU µs/event', 'runner loop p99 ms'],
      ...results.map((r) => [
        r.server,
        pctCell(r.cpu.serverCoreShare),
        pctCell(r.cpu.serverLoopShare),
        pctCell(r.cpu.serverRunQueueShare),
        pctCell(r.cpu.databaseCoreShare),
        pctCell(r.cpu.databaseRunQueueShare),
        pctCell(r.cpu.runnerCoreShare),
        pctCell(r.cpu.runnerRunQueueShare),
        r.cpu.serverUsPerEvent === undefined ? '-' : int(r.cpu.serverUsPerEvent),
        ms(r.runnerEventLoopDelayMs.p99),
      ]),
    ]),
    '',
    'delivery latency by action (p50 / p99 ms, samples):',
    ...results.map(
      (r) =>
        `  ${r.server.padEnd(9)} ` +
        (Object.entries(r.latencyByKindMs) as [Kind, Percentiles][])
          .map(([k, p]) => `${KIND_LABEL[k]} ${ms(p.p50)} / ${ms(p.p99)} (${p.count})`)
          .join(', '),
    ),
  ];
  const app = results.find((r) => r.server === 'prepstack');
  const base = results.find((r) => r.server === 'baseline');
  if (app && base) {
    const ratio = (a?: number, b?: number) => (a === undefined || b === undefined || !b ? '-' : (a / b).toFixed(2));
    lines.push(
      '',
      `ratios prepstack ÷ baseline: latency p50 ${ratio(app.latencyMs.p50, base.latencyMs.p50)}×, p99 ${ratio(app.latencyMs.p99, base.latencyMs.p99)}×; ` +
        `RSS/conn ${ratio(app.rssPerConnectionKiB, base.rssPerConnectionKiB)}×; heap/conn ${ratio(app.heapPerConnectionKiB, base.heapPerConnectionKiB)}×; ` +
        `delivered/s ${ratio(app.load.deliveredPerS, base.load.deliveredPerS)}×; server CPU ${ratio(app.cpu.serverCoreShare, base.cpu.serverCoreShare)}×`,
    );
  }
  for (const r of results) {
    if (r.load.skippedOverOutstanding) {
      lines.push(
        `${r.server}: OVERLOADED: ${r.load.skippedOverOutstanding} due actions of the measured window not sent because ${s.maxOutstanding} were outstanding ` +
          `(the server did not keep up with ${s.rate}/s; latencies are those of a saturated server)`,
      );
    }
    if (r.retriedAfterKeepAliveReset) lines.push(`${r.server}: ${r.retriedAfterKeepAliveReset} requests sent again after a reset on a reused keep-alive socket`);
    if (r.heldDrafts.held) {
      lines.push(`${r.server}: ${r.heldDrafts.held} drafts held by the 20/s-per-session throttle (${r.heldDrafts.deliveredLater} written later, ${r.heldDrafts.coalesced} coalesced), not in the latency figures`);
    }
    if (r.strays) lines.push(`${r.server}: ${r.strays} deliveries matched no outstanding action`);
  }
  lines.push(
    '',
    `load average (1/5/15 min) ${results.map((r) => `${r.server}: ${r.loadAverage.beforeLoad.join('/')} before, ${r.loadAverage.afterLoad.join('/')} after the measured load`).join('; ')}`,
  );
  if (app?.profile) {
    lines.push('', `prepstack CPU profile of the measured window (${app.profile.samples} samples, ${app.profile.file}): self time by area`);
    for (const a of app.profile.areas.slice(0, 12)) lines.push(`  ${(a.share * 100).toFixed(1).padStart(5)} %  ${a.frame}`);
    lines.push('  top functions (self time)');
    for (const f of app.profile.functions.slice(0, 15)) lines.push(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.frame}`);
  }
  for (const r of results) {
    if (!r.heapGrowth) continue;
    const fmt = (g: { what: string; count: number; bytes: number }) => `  ${(g.bytes / 1024).toFixed(1).padStart(9)} KiB  ${String(g.count).padStart(7)}×  ${g.what}`;
    lines.push('', `${r.server}: heap growth with the idle sockets, by constructor (top 12; KiB, count)`, ...r.heapGrowth.idleVsBefore.slice(0, 12).map(fmt));
    lines.push(`${r.server}: heap left after every socket closed, by constructor (top 12)`, ...r.heapGrowth.afterCloseVsBefore.slice(0, 12).map(fmt));
  }
  lines.push('', ...targets.map((t) => `${t.name}: ${t.actual}  target ${t.target}: ${t.met ? 'met' : 'MISSED'}`));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

export const bench: BenchDefinition = {
  name: 'sessions',
  description: 'mock-interview rooms over graphql-ws: delivery latency, events/s, RSS per connection; vs a bare ws broadcast server',

  async run(ctx) {
    const s = readSettings(ctx);
    let stop = false;
    const stopped = () => stop;
    ctx.defer(() => {
      stop = true;
    });
    const loadAtStart = la();
    ctx.log(`${s.rooms} rooms (${s.rooms * 2} sockets), ${s.rate} events/s, ${s.durationS} s; load average ${loadAtStart.join('/')}`);

    const results: ServerResult[] = [];
    for (const name of s.servers) {
      const sut = name === 'prepstack' ? await prepstack(ctx, s, stopped) : await baseline(ctx, s, stopped);
      results.push(await runServer(ctx, s, sut, stopped));
    }

    const app = results.find((r) => r.server === 'prepstack');
    const targets: TargetCheck[] = [];
    if (app) {
      const connected = app.connections;
      targets.push(
        { name: 'connections', target: `≥ ${TARGET_CONNECTIONS}`, actual: `${connected}`, met: connected >= TARGET_CONNECTIONS },
        {
          name: 'committed events/s',
          target: `≥ ${TARGET_EVENTS_PER_S}`,
          actual: (app.load.committedPerS ?? 0).toFixed(1),
          met: (app.load.committedPerS ?? 0) >= TARGET_EVENTS_PER_S,
        },
        { name: 'delivery p99', target: `< ${TARGET_P99_MS} ms`, actual: `${ms(app.latencyMs.p99)} ms`, met: app.latencyMs.p99 < TARGET_P99_MS },
        {
          name: 'RSS per idle connection',
          target: `≤ ${TARGET_RSS_PER_CONNECTION_KIB} KiB`,
          actual: `${kib(app.rssPerConnectionKiB)} KiB`,
          met: app.rssPerConnectionKiB !== undefined && app.rssPerConnectionKiB <= TARGET_RSS_PER_CONNECTION_KIB,
        },
        app.heapRetainedAfterClose
          ? {
              name: 'heap after close',
              target: `≤ ${TARGET_HEAP_RETAINED_SHARE * 100} % of the idle connections' heap left, net of the load's own growth`,
              actual:
                `${(app.heapRetainedAfterClose.netOfLoadBytes / 2 ** 20).toFixed(2)} MiB (${Math.round(app.heapRetainedAfterClose.netShareOfConnectionHeap * 100)} %); ` +
                `raw +${(app.heapRetainedAfterClose.bytes / 2 ** 20).toFixed(2)} MiB (${Math.round(app.heapRetainedAfterClose.shareOfConnectionHeap * 100)} %)`,
              met: app.heapRetainedAfterClose.netShareOfConnectionHeap <= TARGET_HEAP_RETAINED_SHARE,
            }
          : { name: 'heap after close', target: 'measured', actual: 'not measured (BENCH_SESSIONS_INSPECT=0)', met: false },
      );
    }

    return {
      report: report(s, results, targets),
      failures: results.flatMap((r) => r.failures),
      targets,
      results: {
        settings: { ...s, mix: MIX },
        loadAverageAtStart: loadAtStart,
        servers: Object.fromEntries(results.map((r) => [r.server, r])),
      },
    };
  },
};
