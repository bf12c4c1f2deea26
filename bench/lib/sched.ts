import { readFileSync } from 'node:fs';

/**
 * Scheduler figures of one thread from /proc/<pid>/schedstat (Linux with schedstats): time on a
 * CPU and time spent runnable but waiting for one (run-queue delay), in ms. For a process this is
 * its main thread, which is the event loop of a Node process. Undefined when unavailable.
 *
 * On a shared machine the run-queue delay is the part of a latency that no code change in the
 * process can remove: the process was ready and the kernel had no CPU for it.
 */
export function schedMs(pid: number | undefined): { runMs: number; waitMs: number } | undefined {
  if (!pid) return undefined;
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) ? { runMs: run / 1e6, waitMs: wait / 1e6 } : undefined;
  } catch {
    return undefined;
  }
}

/** Sum of {@link schedMs} over processes; undefined when any one is unavailable. */
export function schedMsOf(pids: number[]): { runMs: number; waitMs: number } | undefined {
  let runMs = 0;
  let waitMs = 0;
  for (const pid of pids) {
    const s = schedMs(pid);
    if (!s) return undefined;
    runMs += s.runMs;
    waitMs += s.waitMs;
  }
  return { runMs, waitMs };
}
