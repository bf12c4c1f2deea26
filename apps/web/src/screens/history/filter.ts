import type { AttemptFilter } from '../../gql/graphql';
import { ATTEMPT_MODES, ATTEMPT_STATUSES, isOneOf, KINDS, STACKS } from '../../lib/labels';

/** URL query parameters of the history's filter: the address bar holds it, so it can be shared. */
export const HISTORY_PARAMS = ['stack', 'kind', 'topic', 'mode', 'status', 'from', 'to'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting a YYYY-MM-DD day, plus `days`, as an ISO instant; null when malformed. */
export function localDayStart(day: string | null, days = 0): string | null {
  const m = day ? DAY.exec(day) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  date.setDate(d + days);
  return date.toISOString();
}

/**
 * The API's filter from the URL. Dates are days in this browser's time zone: `from` is its
 * first instant, `to` includes the whole day (the API's `to` is exclusive).
 */
export function historyFilter(query: URLSearchParams): AttemptFilter {
  const filter: AttemptFilter = {};
  const stack = query.get('stack');
  const kind = query.get('kind');
  const mode = query.get('mode');
  const status = query.get('status');
  if (isOneOf(STACKS, stack)) filter.stack = stack;
  if (isOneOf(KINDS, kind)) filter.kind = kind;
  if (isOneOf(ATTEMPT_MODES, mode)) filter.mode = mode;
  if (isOneOf(ATTEMPT_STATUSES, status)) filter.status = status;
  const topic = query.get('topic');
  if (topic) filter.topic = topic;
  const from = localDayStart(query.get('from'));
  const to = localDayStart(query.get('to'), 1);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}
