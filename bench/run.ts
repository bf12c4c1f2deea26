/**
 * `npm run bench [-- <name>…]`: builds the app, runs every `bench/<name>.bench.ts` (or the
 * named ones) one after the other, prints each result and a summary, and writes
 * bench/output/<name>.json.
 *
 * Exit code: 1 when a bench failed (request errors, non-2xx, wrong responses, a server that did
 * not start); a missed performance target is reported but does not fail the run. 130 on SIGINT.
 * Every process and database the benches started is stopped/dropped however the run ends.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { APP_MAIN, ROOT, startApp } from './lib/app';
import { startBaseline } from './lib/baseline';
import { runLoad } from './lib/load';
import { BenchPostgres } from './lib/postgres';
import { table } from './lib/format';
import type { BenchContext, BenchDefinition, BenchOutcome, BenchSettings } from './lib/types';

const BENCH_DIR = __dirname;
const OUTPUT_DIR = join(BENCH_DIR, 'output');
const SUFFIX = '.bench.ts';

/** Clean-up steps, run last-registered first; a step runs once even if run() is called again. */
class Cleanup {
  private steps: (() => Promise<void> | void)[] = [];
  add(step: () => Promise<void> | void): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await step();
      } catch (error) {
        process.stderr.write(`bench: clean-up step failed: ${(error as Error).message}\n`);
      }
    }
  }
}

function number(name: string, fallback: number, { min, max, integer = false }: { min: number; max: number; integer?: boolean }): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name}=${raw}: must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}

function readSettings(): BenchSettings {
  return {
    durationS: number('BENCH_DURATION', 10, { min: 1, max: 600, integer: true }),
    warmupS: number('BENCH_WARMUP', 3, { min: 0, max: 120, integer: true }),
    connections: number('BENCH_CONNECTIONS', 50, { min: 1, max: 1000, integer: true }),
    rounds: number('BENCH_ROUNDS', 1, { min: 1, max: 20, integer: true }),
    nodeEnv: process.env.BENCH_NODE_ENV || 'production',
    appNodeArgs: (process.env.BENCH_APP_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    baselineNodeArgs: (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    verbose: process.env.BENCH_VERBOSE === '1',
  };
}

/** bench/*.bench.ts, sorted, narrowed to the names given on the command line. */
function discover(only: string[]): { name: string; file: string }[] {
  const all = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(SUFFIX))
    .sort()
    .map((f) => ({ name: f.slice(0, -SUFFIX.length), file: join(BENCH_DIR, f) }));
  const unknown = only.filter((n) => !all.some((b) => b.name === n));
  if (unknown.length) throw new Error(`no bench named ${unknown.join(', ')}; there are: ${all.map((b) => b.name).join(', ')}`);
  return only.length ? all.filter((b) => only.includes(b.name)) : all;
}

function load(file: string): BenchDefinition {
  // The project is CommonJS and tsx compiles .ts on require.
  const mod = require(file) as { bench?: BenchDefinition };
  if (!mod.bench?.run) throw new Error(`${relative(ROOT, file)} must export \`bench\` (a BenchDefinition)`);
  return mod.bench;
}

function build(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stderr.write('bench: npm run build (BENCH_SKIP_BUILD=1 skips it)\n');
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`npm run build failed (${code ?? signal})`)),
    );
  });
}

function commit(): string | undefined {
  try {
    // Read-only: rev-parse touches neither the index nor the work tree.
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

interface Finished {
  name: string;
  outcome?: BenchOutcome;
  failures: string[];
  file: string;
}

async function main(): Promise<number> {
  const settings = readSettings();
  const selected = discover(process.argv.slice(2).filter((a) => !a.startsWith('-')));
  const runCleanup = new Cleanup();
  let benchCleanup = new Cleanup();
  let stopLoad: (() => void) | undefined;

  let interrupted = false;
  let interruptedAt = 0;
  let shutdown: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C reaches us twice at once: from the terminal and relayed by tsx's parent process.
    if (interrupted && Date.now() - interruptedAt < 2_000) return;
    if (interrupted) {
      process.stderr.write(`bench: second ${signal}, exiting without clean-up\n`);
      process.exit(130);
    }
    interrupted = true;
    interruptedAt = Date.now();
    process.stderr.write(`\nbench: ${signal}, stopping everything the benches started…\n`);
    stopLoad?.();
    shutdown = benchCleanup
      .run()
      .then(() => runCleanup.run())
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  if (process.env.BENCH_SKIP_BUILD === '1') {
    if (!existsSync(APP_MAIN)) throw new Error(`BENCH_SKIP_BUILD=1 but ${relative(ROOT, APP_MAIN)} is missing: run npm run build`);
  } else {
    await build();
  }

  const postgres = new BenchPostgres(process.env.BENCH_DATABASE_URL || undefined, (m) => process.stderr.write(`bench: ${m}\n`));
  runCleanup.add(() => postgres.stop());
  const environment = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    commit: commit(),
    postgres: postgres.kind,
    /** 1-minute load average when the run started; above the CPU count, other work competed with the bench. */
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
  if (environment.loadAverageAtStart > environment.cpus) {
    process.stderr.write(
      `bench: warning: load average ${environment.loadAverageAtStart} on ${environment.cpus} CPUs: other work is running, figures will be noisy\n`,
    );
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const finished: Finished[] = [];
  try {
    for (const { name, file } of selected) {
      if (interrupted) break;
      const started = Date.now();
      const log = (m: string) => process.stderr.write(`[${name} +${((Date.now() - started) / 1000).toFixed(1)}s] ${m}\n`);
      benchCleanup = new Cleanup();
      const cleanup = benchCleanup;
      const ctx: BenchContext = {
        root: ROOT,
        log,
        settings,
        defer: (step) => cleanup.add(step),
        async freshDatabase() {
          const db = await postgres.freshDatabase();
          cleanup.add(() => db.drop());
          return db.url;
        },
        async startApp(options) {
          const app = await startApp({ ...options, nodeEnv: settings.nodeEnv, nodeArgs: settings.appNodeArgs, echo: settings.verbose });
          cleanup.add(() => app.stop());
          return app;
        },
        async startBaseline(options) {
          const server = await startBaseline({
            ...options,
            nodeEnv: settings.nodeEnv,
            nodeArgs: settings.baselineNodeArgs,
            echo: settings.verbose,
          });
          cleanup.add(() => server.stop());
          return server;
        },
        async load(options) {
          if (interrupted) throw new Error('interrupted');
          try {
            return await runLoad(options, (stop) => (stopLoad = stop));
          } finally {
            stopLoad = undefined;
          }
        },
      };

      let outcome: BenchOutcome | undefined;
      const failures: string[] = [];
      const startedAt = new Date();
      try {
        const bench = load(file);
        log(bench.description);
        outcome = await bench.run(ctx);
        failures.push(...outcome.failures);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      } finally {
        log('stopping what the bench started');
        await cleanup.run();
      }
      if (interrupted) break;

      const out = join(OUTPUT_DIR, `${name}.json`);
      const json = {
        bench: name,
        ok: failures.length === 0,
        targetsMet: outcome ? outcome.targets.every((t) => t.met) : false,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        settings,
        environment,
        failures,
        targets: outcome?.targets ?? [],
        ...outcome?.results,
      };
      writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
      finished.push({ name, outcome, failures, file: relative(ROOT, out) });

      process.stdout.write(`\n=== ${name} ===\n`);
      if (outcome) process.stdout.write(`${outcome.report}\n`);
      for (const f of failures) process.stdout.write(`FAILED: ${f}\n`);
      process.stdout.write(`results: ${relative(ROOT, out)}\n`);
    }
  } finally {
    await benchCleanup.run();
    await runCleanup.run();
  }
  if (interrupted) {
    await shutdown;
    return 130;
  }

  process.stdout.write(`\n=== summary ===\n`);
  process.stdout.write(
    `${table([
      ['bench', 'result', 'targets', 'output'],
      ...finished.map((f) => [
        f.name,
        f.failures.length ? 'FAILED' : 'ok',
        f.outcome?.targets.length ? f.outcome.targets.map((t) => `${t.name} ${t.met ? 'met' : 'MISSED'}`).join(', ') : '-',
        f.file,
      ]),
    ])}\n`,
  );
  return finished.some((f) => f.failures.length) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
