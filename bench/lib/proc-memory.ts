import { readFileSync } from 'node:fs';

/**
 * Resident set size of a process in KiB, from /proc/<pid>/status (VmRSS); undefined off Linux
 * or when the process is gone.
 */
export function rssKiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** What a server process holds at one moment: RSS from /proc, and its V8 heap when it can be asked. */
export interface MemorySample {
  /** /proc/<pid>/status VmRSS, KiB. */
  rssKiB?: number;
  /** process.memoryUsage() of the process itself, bytes, right after a full GC (when available). */
  heapUsed?: number;
  /** heapUsed without V8's code spaces (compiled code grows with warm-up, not with connections). */
  heapUsedExclCode?: number;
  heapTotal?: number;
  external?: number;
  arrayBuffers?: number;
  /** Whether a full garbage collection ran just before the sample. */
  gc: boolean;
}
