/**
 * Day boundaries in a user's IANA time zone, with Intl only (no tz database of our own).
 * "Due now" in the user's time zone means due before the end of the user's current local day:
 * a review due at 18:00 is offered from the morning of that day, as in Anki's day-based
 * scheduling, and the day turns at local midnight whatever UTC says.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (e.g. `Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day of an instant, as a comparable number yyyymmdd. */
function localDay(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return get('year') * 10_000 + get('month') * 100 + get('day');
}

/**
 * The first instant of the local day after the one `now` falls on, in `timeZone`: normally
 * local midnight; where a DST change skips midnight, the first instant that exists. Found by
 * bisection on the instant, so it needs no offset arithmetic.
 *
 * @param timeZone an IANA zone; an unknown one counts as UTC
 */
export function endOfLocalDay(now: Date, timeZone: string): Date {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const today = localDay(now.getTime(), zone);
  // lo is on today (local), hi after it: no local day lasts 26 hours (DST adds at most one).
  let lo = now.getTime();
  let hi = lo + 26 * 3_600_000;
  while (localDay(hi, zone) === today) hi += 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(mid, zone) === today) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}
