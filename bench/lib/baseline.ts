import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { BaselineFailed, BaselineReady, BaselineRequest } from './baseline-server';
import { Child, tail, track } from './child';

export interface StartBaselineOptions extends BaselineRequest {
  /** NODE_ENV of the server (the same as the app's, for a fair comparison). */
  nodeEnv: string;
  /** Extra `node` arguments, e.g. `--cpu-prof` (BENCH_BASELINE_NODE_ARGS). */
  nodeArgs?: string[];
  echo?: boolean;
}

export interface BaselineServer {
  /** Where it serves GraphQL (any path works; this is the one Apollo reports). */
  url: string;
  child: Child;
  stop(): Promise<void>;
}

const SERVER = resolve(__dirname, 'baseline-server.ts');

/**
 * Forks baseline-server.ts as its own Node process (so it does not share an event loop with
 * autocannon, just as the app does not) and waits until it listens on a loopback port.
 */
export async function startBaseline({ nodeEnv, nodeArgs = [], echo, typeDefs, data }: StartBaselineOptions): Promise<BaselineServer> {
  const child = track(
    fork(SERVER, [], {
      cwd: resolve(__dirname, '../..'),
      // tsx as a loader, in place of whatever the runner's own process was started with.
      execArgv: ['--import', 'tsx', ...nodeArgs],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NODE_ENV: nodeEnv },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'baseline',
    echo,
  );
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`the baseline server did not start within 60 s${tail(child)}`)), 60_000);
      child.process.once('message', (reply: BaselineReady | BaselineFailed) => {
        clearTimeout(timer);
        if ('url' in reply) resolveUrl(reply.url);
        else reject(new Error(`the baseline server failed to start: ${reply.error}`));
      });
      void child.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the baseline server exited (${code}) before it was ready${tail(child)}`));
      });
      child.process.send({ typeDefs, data } satisfies BaselineRequest);
    });
    return { url, child, stop: () => child.stop(5_000) };
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
}
