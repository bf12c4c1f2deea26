import autocannon from 'autocannon';
import { cpuTimeMs } from './cpu';

export interface LoadOptions {
  /** Shown in progress lines and stored with the result. */
  title: string;
  /** Target: must be a loopback address. */
  url: string;
  /** JSON request body, sent with POST and `content-type: application/json`. */
  body: string;
  /** When set, every response body must equal it; any other counts as a mismatch. */
  expectBody?: string;
  durationS: number;
  connections: number;
  /** Process serving `url`: its CPU time during the run is reported (Linux). */
  serverPid?: number;
}

/** The figures of one autocannon run that the benches report and store. */
export interface LoadResult {
  title: string;
  url: string;
  connections: number;
  durationS: number;
  /** Mean of the per-second request counts (autocannon's "Req/Sec Avg"). */
  reqPerSec: number;
  /** Responses received. */
  requests: number;
  /** Latency of 2xx responses, in ms. */
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  /** Mean response bytes per second. */
  bytesPerSec: number;
  /** Failed requests: socket errors (refused, reset…) and timeouts. */
  errors: number;
  /** Of `errors`, requests without a response within 10 s. */
  timeouts: number;
  non2xx: number;
  /** Responses whose body differed from `expectBody` (non-2xx ones included). */
  mismatches: number;
  statusCodes: Record<string, number>;
  /**
   * CPU the server process used during the run (Linux only): busy share of one core, and CPU
   * time per response, which is less sensitive than req/s to other load on the machine.
   */
  serverCpu?: { ms: number; coreShare: number; usPerRequest: number };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Everything that went wrong in a run, as sentences; empty when it was clean. */
export function problems(result: LoadResult): string[] {
  const found: string[] = [];
  if (result.errors) found.push(`${result.errors} request errors (${result.timeouts} of them timeouts)`);
  if (result.non2xx) found.push(`${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodes)})`);
  if (result.mismatches) found.push(`${result.mismatches} responses with a different body`);
  if (result.requests === 0) found.push('no responses at all');
  return found.map((p) => `${result.title}: ${p}`);
}

/**
 * One bounded autocannon run: fixed duration, fixed connections, no pipelining, loopback only.
 * `onInstance` receives a stop function (for SIGINT); a stopped run resolves with what it got.
 */
export function runLoad(options: LoadOptions, onInstance?: (stop: () => void) => void): Promise<LoadResult> {
  const { hostname } = new URL(options.url);
  if (!LOOPBACK.has(hostname)) return Promise.reject(new Error(`refusing to load ${options.url}: benches only load loopback addresses`));
  if (!(options.durationS > 0) || !(options.connections > 0)) return Promise.reject(new Error('duration and connections must be positive'));
  const cpuBefore = cpuTimeMs(options.serverPid);
  const startedAt = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        title: options.title,
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
        expectBody: options.expectBody,
        connections: options.connections,
        pipelining: 1,
        duration: options.durationS,
        timeout: 10,
      },
      (error, r) => {
        if (error) return reject(error);
        const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
        const cpuAfter = cpuTimeMs(options.serverPid);
        const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
        resolve({
          title: options.title,
          url: options.url,
          connections: r.connections,
          durationS: r.duration,
          reqPerSec: r.requests.average,
          requests: r.requests.total,
          latencyMs: { average: r.latency.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
          bytesPerSec: r.throughput.average,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          mismatches: r.mismatches,
          statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, { count }]) => [code, count])),
          serverCpu:
            cpuMs === undefined
              ? undefined
              : {
                  ms: cpuMs,
                  coreShare: Math.round((cpuMs / elapsedMs) * 100) / 100,
                  usPerRequest: r.requests.total ? Math.round((cpuMs * 1000) / r.requests.total) : 0,
                },
        });
      },
    );
    onInstance?.(() => instance.stop());
  });
}
