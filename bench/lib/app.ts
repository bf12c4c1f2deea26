import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../tests/harness/urls';
import { Child, tail, track } from './child';

/** Repository root (bench/lib/ → ../..). */
export const ROOT = resolve(__dirname, '../..');
/** Entry point of the built app (`npm run build`). */
export const APP_MAIN = resolve(ROOT, 'dist/apps/api/src/main.js');

export interface StartAppOptions {
  /** postgres:// URL of the database the app uses (usually from `freshDatabase()`). */
  databaseUrl: string;
  /** Question bank imported at start-up; default content/ of the repository. */
  contentDir?: string;
  /** NODE_ENV of the app. */
  nodeEnv: string;
  /** Further environment variables for the app (override the defaults). */
  env?: Record<string, string>;
  /** Extra `node` arguments, e.g. `--cpu-prof` (BENCH_APP_NODE_ARGS). */
  nodeArgs?: string[];
  /** Copy the app's output to stderr (BENCH_VERBOSE=1). */
  echo?: boolean;
  /** How long start-up (migrations, content import) may take, in ms. */
  readyTimeoutMs?: number;
}

export interface RunningApp {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  child: Child;
  /** SIGTERM (the app drains and exits), SIGKILL if it does not exit in time. */
  stop(): Promise<void>;
}

/**
 * Starts dist/apps/api/src/main.js as its own process on a free loopback port, with an explicit
 * environment (nothing of ours leaks in but BENCH_APP_ENV_<NAME> variables), and waits until GET /readyz answers 200: migrations
 * have run and the content import is done, since the app only listens after both.
 *
 * @throws Error with the app's last output when it exits or is not ready in time
 */
export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  if (!existsSync(APP_MAIN)) throw new Error(`${APP_MAIN} is missing: run \`npm run build\` (or unset BENCH_SKIP_BUILD)`);
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: options.nodeEnv,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CONTENT_DIR: options.contentDir ?? resolve(ROOT, 'content'),
    CONTENT_IMPORT_ON_START: 'true',
    SHUTDOWN_TIMEOUT_MS: '3000',
    // Production refuses to start without a signing key: a throw-away one per run.
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...appEnvFromProcess(),
    ...options.env,
  };
  const child = track(
    spawn(process.execPath, [...(options.nodeArgs ?? []), APP_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }),
    'app',
    options.echo,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: RunningApp = { baseUrl, graphqlUrl: `${baseUrl}/graphql`, child, stop: () => child.stop() };
  try {
    await waitReady(app, options.readyTimeoutMs ?? 180_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return app;
}

/** BENCH_APP_ENV_<NAME>=value in our environment → <NAME>=value for the app. */
export function appEnvFromProcess(): Record<string, string> {
  const prefix = 'BENCH_APP_ENV_';
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([key, value]) => key.startsWith(prefix) && key.length > prefix.length && value !== undefined)
      .map(([key, value]) => [key.slice(prefix.length), value!]),
  );
}

async function waitReady(app: RunningApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | string | undefined;
  void app.child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the app exited (${exitCode}) before it was ready${tail(app.child)}`);
    const status = await fetch(`${app.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app was not ready within ${timeoutMs / 1000} s${tail(app.child)}`);
}
