import WebSocket from 'ws';
import type { MemorySample } from './proc-memory';
import { rssKiB } from './proc-memory';

/**
 * A Chrome DevTools Protocol session with a Node process that was started with
 * `--inspect=127.0.0.1:<port>` (e.g. through NODE_OPTIONS): full GCs, process.memoryUsage() and
 * CPU profiles of a chosen window, without any code in the process itself. Loopback only.
 */
export class InspectorSession {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, (params: any) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
      if (msg.id === undefined) {
        if (msg.method) this.listeners.get(msg.method)?.(msg.params);
        return;
      }
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(`inspector: ${msg.error.message}`));
      else w.resolve(msg.result);
    });
    ws.on('close', () => {
      for (const w of this.waiting.values()) w.reject(new Error('inspector: connection closed'));
      this.waiting.clear();
    });
  }

  /**
   * Attaches to the inspector on 127.0.0.1:`port`, retrying until `timeoutMs` (it opens with the
   * process, a moment after the process starts).
   */
  static async attach(port: number, timeoutMs = 10_000): Promise<InspectorSession> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(2_000) })).json()) as {
          webSocketDebuggerUrl?: string;
        }[];
        const url = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
        if (!url) throw new Error('no debuggable target');
        if (!/^ws:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing a non-loopback inspector URL ${url}`);
        const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1024 * 1024 * 1024 });
        await new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('error', reject);
        });
        return new InspectorSession(ws);
      } catch (error) {
        last = error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error(`could not attach to the inspector on 127.0.0.1:${port}: ${(last as Error)?.message}`);
  }

  send<T = any>(method: string, params?: Record<string, unknown>, timeoutMs = 120_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`inspector: ${method} did not answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Two full GCs (the second collects what finalizers of the first released), then process.memoryUsage(). */
  async memory(pid: number | undefined): Promise<MemorySample> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
    const { result } = await this.send<{ result: { value?: string } }>('Runtime.evaluate', {
      expression: `JSON.stringify({
        usage: process.memoryUsage(),
        spaces: (process.getBuiltinModule ? process.getBuiltinModule('v8') : null)?.getHeapSpaceStatistics() ?? null,
      })`,
      returnByValue: true,
    });
    const { usage, spaces } = JSON.parse(result.value ?? '{}') as {
      usage: { heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
      spaces: { space_name: string; space_used_size: number }[] | null;
    };
    const code = spaces?.filter((sp) => sp.space_name.startsWith('code')).reduce((n, sp) => n + sp.space_used_size, 0);
    return {
      rssKiB: rssKiB(pid),
      heapUsed: usage.heapUsed,
      heapUsedExclCode: code === undefined ? undefined : usage.heapUsed - code,
      heapTotal: usage.heapTotal,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      gc: true,
    };
  }

  /** Starts the sampling CPU profiler (interval in µs). */
  async startProfile(intervalUs = 1_000): Promise<void> {
    await this.send('Profiler.enable');
    await this.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await this.send('Profiler.start');
  }

  /** Stops the profiler; the profile in the .cpuprofile format DevTools opens. */
  async stopProfile(): Promise<CpuProfile> {
    const { profile } = await this.send<{ profile: CpuProfile }>('Profiler.stop');
    await this.send('Profiler.disable');
    return profile;
  }

  /**
   * A heap snapshot (after a full GC, as DevTools takes it), summarised: retained-by-nobody
   * aside, the count and self size of the heap's objects grouped by kind and constructor name.
   */
  async heapSummary(): Promise<HeapSummary> {
    const chunks: string[] = [];
    this.listeners.set('HeapProfiler.addHeapSnapshotChunk', (p: { chunk: string }) => chunks.push(p.chunk));
    try {
      await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false }, 600_000);
    } finally {
      this.listeners.delete('HeapProfiler.addHeapSnapshotChunk');
    }
    return summariseHeapSnapshot(JSON.parse(chunks.join('')));
  }

  close(): void {
    this.ws.close();
  }
}

/** `kind:name` → count and self size (bytes) of the heap's nodes. */
export type HeapSummary = Map<string, { count: number; size: number }>;

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

function summariseHeapSnapshot(snapshot: HeapSnapshotJson): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    // Strings and numbers by kind only; objects, closures, arrays… by constructor/name.
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' || type === 'code'
      ? ''
      : snapshot.strings[snapshot.nodes[i + nameAt]];
    const key = `${type}:${name.length > 80 ? `${name.slice(0, 80)}…` : name}`;
    const entry = summary.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snapshot.nodes[i + sizeAt];
    summary.set(key, entry);
  }
  return summary;
}

/** What grew between two heap summaries, largest growth first. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, top = 20): { what: string; count: number; bytes: number }[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((k) => ({
      what: k,
      count: (after.get(k)?.count ?? 0) - (before.get(k)?.count ?? 0),
      bytes: (after.get(k)?.size ?? 0) - (before.get(k)?.size ?? 0),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  /** `function (file:line)` */
  frame: string;
  /** Share of all samples, 0..1. */
  share: number;
}

/** Shortens a script URL to the package (node_modules/<pkg>) or the repository-relative path. */
function where(url: string): string {
  if (!url) return '';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}/…/${rest.at(-1)}` : `${rest[0]}/…/${rest.at(-1)}`;
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 1);
  return url.replace(/^file:\/\//, '');
}

/**
 * The functions with the most self time, and self time grouped by package/file area: a crude
 * "where did the time go" of a profile, for the report.
 */
export function summariseProfile(profile: CpuProfile, top = 15): { functions: ProfileEntry[]; areas: ProfileEntry[]; samples: number } {
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const total = profile.samples.length || 1;
  const byFrame = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = counts.get(node.id);
    if (!n) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = where(url);
    const frame = `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
    byFrame.set(frame, (byFrame.get(frame) ?? 0) + n);
    let area: string;
    if (!url) area = functionName.startsWith('(') ? functionName : '(native/builtin)';
    else if (url.includes('node_modules/')) {
      const rest = url.slice(url.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/');
      area = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    } else if (url.startsWith('node:')) area = 'node:' + url.slice(5).split('/')[0];
    else if (url.includes('/dist/')) area = `app ${url.slice(url.indexOf('/dist/') + 6).split('/').slice(0, 3).join('/')}`;
    else area = file;
    byArea.set(area, (byArea.get(area) ?? 0) + n);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, n]) => ({ frame, share: n / total }));
  return { functions: sorted(byFrame), areas: sorted(byArea), samples: profile.samples.length };
}
