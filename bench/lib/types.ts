import type { LoadOptions, LoadResult } from './load';
import type { RunningApp, StartAppOptions } from './app';
import type { BaselineServer } from './baseline';
import type { BaselineRequest } from './baseline-server';

/**
 * One bench script: `bench/<name>.bench.ts` exporting `bench`. The runner (bench/run.ts) finds
 * it, calls `run` with a context that owns every process and database it hands out, prints the
 * outcome and writes `results` to bench/output/<name>.json.
 */
export interface BenchDefinition {
  /** File name stem of the JSON output, and what `npm run bench -- <name>` selects. */
  name: string;
  /** One line: what the bench measures. */
  description: string;
  run(ctx: BenchContext): Promise<BenchOutcome>;
}

/** A target a bench reports on. Missing one is reported, never a failure of the run. */
export interface TargetCheck {
  name: string;
  /** e.g. `≥ 1.00`, `< 50 ms` */
  target: string;
  /** The measured value, formatted. */
  actual: string;
  met: boolean;
}

export interface BenchOutcome {
  /** Human-readable result (a table), printed by the runner. */
  report: string;
  /** Written as JSON to bench/output/<name>.json. */
  results: Record<string, unknown>;
  /** Hard failures (request errors, non-2xx, wrong bodies): any makes `npm run bench` exit 1. */
  failures: string[];
  targets: TargetCheck[];
}

/** What a bench gets from the runner. Everything it starts through here is stopped for it. */
export interface BenchContext {
  /** Absolute path of the repository root. */
  root: string;
  /** Progress line on stderr, prefixed with the bench's name. */
  log(message: string): void;
  /** A fresh, empty database of its own (dropped after the bench); its postgres:// URL. */
  freshDatabase(): Promise<string>;
  /**
   * The built app (dist/) as a child process on a free loopback port, ready (/readyz 200), with
   * NODE_ENV, node arguments and output echo from the settings. Stopped when the bench ends.
   */
  startApp(options: Pick<StartAppOptions, 'databaseUrl' | 'contentDir' | 'env'>): Promise<RunningApp>;
  /** A bare `@apollo/server` standalone server in a child process, serving fixed data. Stopped when the bench ends. */
  startBaseline(options: BaselineRequest): Promise<BaselineServer>;
  /** An autocannon run against a loopback URL; stopped early on SIGINT. */
  load(options: LoadOptions): Promise<LoadResult>;
  /** Registers a clean-up step, run (last registered first) when the bench ends, however it ends. */
  defer(step: () => Promise<void> | void): void;
  settings: BenchSettings;
}

export interface BenchSettings {
  /** Measured load per server, in seconds (BENCH_DURATION, default 10). */
  durationS: number;
  /** Unmeasured load per server before measuring, in seconds (BENCH_WARMUP, default 3). */
  warmupS: number;
  /** Concurrent connections (BENCH_CONNECTIONS, default 50). */
  connections: number;
  /**
   * Measurements per server, alternating between the servers (BENCH_ROUNDS, default 1); benches
   * comparing servers report the median, which steadies figures on a busy machine.
   */
  rounds: number;
  /** NODE_ENV of the servers under test (BENCH_NODE_ENV, default production). */
  nodeEnv: string;
  /** Extra `node` arguments for the app, e.g. --cpu-prof (BENCH_APP_NODE_ARGS, space-separated). */
  appNodeArgs: string[];
  /** The same for the baseline server (BENCH_BASELINE_NODE_ARGS). */
  baselineNodeArgs: string[];
  /** Copy the servers' output to stderr (BENCH_VERBOSE=1). */
  verbose: boolean;
}
