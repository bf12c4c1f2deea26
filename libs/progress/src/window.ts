import { addDays, daysBetween } from './local-date';
import { ProgressException } from './progress.exception';

/**
 * The window [from, to] of local days a query covers: `to` defaults to today, `from` to
 * `defaultDays − 1` days before `to` (so the window holds `defaultDays` days).
 *
 * @throws ProgressException BAD_USER_INPUT on `from` when it is after `to`, or when the window
 *   holds more than `maxDays` days
 */
export function resolveWindow(
  given: { from?: string | null; to?: string | null },
  today: string,
  defaultDays: number,
  maxDays: number,
): { from: string; to: string } {
  const to = given.to ?? today;
  const from = given.from ?? addDays(to, -(defaultDays - 1));
  if (from > to) throw ProgressException.badInput('from', `must not be after to (${from} > ${to})`);
  const days = daysBetween(from, to) + 1;
  if (days > maxDays) throw ProgressException.badInput('from', `the window holds ${days} days; at most ${maxDays}`);
  return { from, to };
}
