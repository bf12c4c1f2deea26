/**
 * Calendar days in a user's time zone, as `YYYY-MM-DD` strings (no time, no zone). Arithmetic
 * on them is done on UTC midnights, where every day has 24 hours; which instants a local day
 * covers is left to Postgres (`(day::timestamp) AT TIME ZONE tz`), which knows the zone's DST.
 */

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-29 is not one). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtc(date: string): number {
  const m = LOCAL_DATE.exec(date)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The Monday of the ISO week `date` falls in (what Postgres `date_trunc('week', …)` gives). */
export function isoWeekStart(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** Mondays of every ISO week that overlaps [from, to], oldest first. */
export function isoWeekStarts(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let w = isoWeekStart(from); w <= to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date an instant falls on in an IANA time zone, `YYYY-MM-DD`.
 * @throws RangeError for a zone Intl does not know
 */
export function localDateOf(instant: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
