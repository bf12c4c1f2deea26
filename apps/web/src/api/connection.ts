import { createStore } from '../lib/store';

/**
 * What the client knows about its link to the API, shown in the header and, when something is
 * wrong, in a banner. `http` comes from queries and mutations (and /healthz probes while the API
 * is unreachable); `live` from the graphql-ws socket, `idle` when no subscription needs one.
 */
export interface ConnectionState {
  http: 'ok' | 'down';
  live: 'idle' | 'connecting' | 'connected' | 'reconnecting';
  /** navigator.onLine: false when the browser knows it has no network at all. */
  browserOnline: boolean;
  /** When the link was last lost (ms since the epoch), for "offline since …". */
  downSince: number | null;
}

export const connection = createStore<ConnectionState>({
  http: 'ok',
  live: 'idle',
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  downSince: null,
});

/** One line for the header: overall level and the words for it. */
export function connectionSummary(state: ConnectionState): { level: 'ok' | 'degraded' | 'down'; label: string } {
  if (!state.browserOnline) return { level: 'down', label: 'Offline: no network' };
  if (state.http === 'down') return { level: 'down', label: 'Cannot reach the server' };
  if (state.live === 'reconnecting') return { level: 'degraded', label: 'Live updates reconnecting' };
  if (state.live === 'connecting') return { level: 'ok', label: 'Connecting live updates' };
  return { level: 'ok', label: state.live === 'connected' ? 'Online, live' : 'Online' };
}

const PROBE_MIN_MS = 2_000;
const PROBE_MAX_MS = 15_000;
let probeTimer: ReturnType<typeof setTimeout> | undefined;
let probeDelay = PROBE_MIN_MS;

/** A request reached the API: the link is up. */
export function reportHttpSuccess(): void {
  clearTimeout(probeTimer);
  probeTimer = undefined;
  probeDelay = PROBE_MIN_MS;
  connection.set((s) => (s.http === 'ok' && s.browserOnline ? s : { ...s, http: 'ok', browserOnline: true, downSince: s.live === 'reconnecting' ? s.downSince : null }));
}

/** A request could not reach the API (network error, proxy 5xx): mark it down and probe /healthz until it answers. */
export function reportHttpFailure(): void {
  connection.set((s) => (s.http === 'down' ? s : { ...s, http: 'down', downSince: s.downSince ?? Date.now() }));
  scheduleProbe();
}

/** The graphql-ws client's state changed. */
export function reportLive(live: ConnectionState['live']): void {
  connection.set((s) =>
    s.live === live ? s : { ...s, live, downSince: live === 'reconnecting' ? (s.downSince ?? Date.now()) : s.http === 'down' ? s.downSince : null },
  );
}

function scheduleProbe(): void {
  if (probeTimer !== undefined) return;
  probeTimer = setTimeout(async () => {
    probeTimer = undefined;
    if (await probe()) {
      reportHttpSuccess();
    } else {
      probeDelay = Math.min(probeDelay * 2, PROBE_MAX_MS);
      scheduleProbe();
    }
  }, probeDelay);
}

/** Tries the API now (the "Retry now" button, the browser coming back online). */
export async function checkNow(): Promise<boolean> {
  const ok = await probe();
  if (ok) reportHttpSuccess();
  else reportHttpFailure();
  return ok;
}

async function probe(): Promise<boolean> {
  try {
    const res = await fetch('/healthz', { cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => connection.set((s) => ({ ...s, browserOnline: false, downSince: s.downSince ?? Date.now() })));
  window.addEventListener('online', () => {
    connection.set((s) => ({ ...s, browserOnline: true }));
    void checkNow();
  });
}
