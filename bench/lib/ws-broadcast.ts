import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { Child, tail, track } from './child';
import type { MemorySample } from './proc-memory';
import { rssKiB } from './proc-memory';
import type { WsBroadcastReply, WsBroadcastRequest, WsBroadcastStats } from './ws-broadcast-server';

export interface StartWsBroadcastOptions {
  /** NODE_ENV of the server (the same as the app's). */
  nodeEnv: string;
  /** Extra `node` arguments, e.g. `--cpu-prof` (BENCH_BASELINE_NODE_ARGS). */
  nodeArgs?: string[];
  echo?: boolean;
}

export interface WsBroadcastServer {
  /** ws://127.0.0.1:<port>/ ; add `?room=<name>`. */
  url: string;
  child: Child;
  /** RSS from /proc and the V8 heap after a full GC (the child runs with --expose-gc). */
  memory(): Promise<MemorySample>;
  stats(): Promise<Omit<WsBroadcastStats, 'type' | 'id'>>;
  stop(): Promise<void>;
}

const SERVER = resolve(__dirname, 'ws-broadcast-server.ts');

/**
 * Forks ws-broadcast-server.ts as its own Node process (its own event loop, as the app has) and
 * waits until it listens on a loopback port.
 */
export async function startWsBroadcast({ nodeEnv, nodeArgs = [], echo }: StartWsBroadcastOptions): Promise<WsBroadcastServer> {
  const child = track(
    fork(SERVER, [], {
      cwd: resolve(__dirname, '../..'),
      execArgv: ['--import', 'tsx', '--expose-gc', ...nodeArgs],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NODE_ENV: nodeEnv },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'ws-baseline',
    echo,
  );
  let nextId = 1;
  const waiting = new Map<number, (r: WsBroadcastReply) => void>();
  child.process.on('message', (reply: WsBroadcastReply) => {
    if ('id' in reply) {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    }
  });
  const ask = <T extends WsBroadcastReply>(request: (id: number) => WsBroadcastRequest): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the ws baseline server did not answer within 30 s'));
      }, 30_000);
      waiting.set(id, (r) => {
        clearTimeout(timer);
        resolvePromise(r as T);
      });
      child.process.send(request(id));
    });
  };
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`the ws baseline server did not start within 60 s${tail(child)}`)), 60_000);
      const onMessage = (reply: WsBroadcastReply) => {
        if (reply.type === 'ready') resolveUrl(reply.url);
        else if (reply.type === 'failed') reject(new Error(`the ws baseline server failed to start: ${reply.error}`));
        else return;
        clearTimeout(timer);
        child.process.off('message', onMessage);
      };
      child.process.on('message', onMessage);
      void child.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the ws baseline server exited (${code}) before it was ready${tail(child)}`));
      });
      child.process.send({ type: 'start' } satisfies WsBroadcastRequest);
    });
    const pid = child.process.pid;
    return {
      url,
      child,
      async memory() {
        const r = await ask<Extract<WsBroadcastReply, { type: 'memory' }>>((id) => ({ type: 'memory', id }));
        return {
          rssKiB: rssKiB(pid),
          heapUsed: r.usage.heapUsed,
          heapUsedExclCode: r.usage.heapUsed - r.codeUsed,
          heapTotal: r.usage.heapTotal,
          external: r.usage.external,
          arrayBuffers: r.usage.arrayBuffers,
          gc: r.gc,
        };
      },
      async stats() {
        const { sockets, rooms, received, forwarded } = await ask<WsBroadcastStats>((id) => ({ type: 'stats', id }));
        return { sockets, rooms, received, forwarded };
      },
      stop: () => child.stop(5_000),
    };
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
}
