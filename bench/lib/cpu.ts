import { readFileSync } from 'node:fs';

/** Kernel clock ticks per second (USER_HZ): 100 on every common Linux build. */
const TICKS_PER_S = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; undefined
 * off Linux or when the process is gone. 10 ms resolution.
 */
export function cpuTimeMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) may hold spaces; fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_S : undefined;
  } catch {
    return undefined;
  }
}
