/**
 * The server's clock as seen from here: timers (an attempt's elapsed time, a mock session's
 * deadline) count against the API's time, not this device's, which may be minutes off.
 *
 * Samples come from the HTTP `Date` header of every answer (whole seconds, so ±1 s) and, more
 * precisely, from a timer the server reported with both `deadline` and `remainingMs`. The most
 * precise sample wins; a coarse one only stands in until a precise one arrives.
 */
let offsetMs = 0;
let uncertaintyMs = Number.POSITIVE_INFINITY;

/** Records that the server's time was `serverMs` (ms since the epoch) just now, ± `uncertainty` ms. */
export function observeServerTime(serverMs: number, uncertainty: number): void {
  if (!Number.isFinite(serverMs) || uncertainty > uncertaintyMs) return;
  offsetMs = serverMs - Date.now();
  uncertaintyMs = uncertainty;
}

/** The `Date` header of an HTTP answer: the second it was sent, so the middle of that second. */
export function observeDateHeader(header: string | null): void {
  if (header) observeServerTime(Date.parse(header) + 500, 1_000);
}

/** The server's time now, ms since the epoch. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** `ms` as m:ss, or h:mm:ss from an hour; negative values count as 0. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** `ms` in words for screen readers and summaries: "12 min 5 s". */
export function durationWords(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : ''].filter(Boolean).join(' ');
}
