import { addDays } from './local-date';

/** A run of consecutive local days, each with at least one submitted attempt. */
export interface DayRun {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  /** Days in the run (end − start + 1). */
  days: number;
}

export interface Streak {
  /** Days in the current run; 0 when the latest run ended before yesterday. */
  current: number;
  /** Days in the longest run ever (at least `current`). */
  longest: number;
  /** First day of the current run; null when current is 0. */
  currentStart: string | null;
  /** Latest day with a submitted attempt; null before the first. */
  lastActiveDay: string | null;
  longestStart: string | null;
  longestEnd: string | null;
  /** Today in the user's time zone. */
  today: string;
  /** Whether today already has a submitted attempt. */
  activeToday: boolean;
}

/**
 * The streak from the user's latest and longest runs of active days, as of `today` (all in the
 * user's time zone). The current run is still alive when its last day is today or yesterday:
 * yesterday's streak is not lost before today is over, as in Duolingo or GitHub. A last day
 * after today (the user moved west since) counts as today.
 */
export function streakOf(latest: DayRun | null, longest: DayRun | null, today: string): Streak {
  const alive = latest !== null && latest.end >= addDays(today, -1);
  const current = alive ? latest.days : 0;
  const best = longest && longest.days >= current ? longest : alive ? latest : longest;
  return {
    current,
    longest: best?.days ?? 0,
    currentStart: alive ? latest.start : null,
    lastActiveDay: latest?.end ?? null,
    longestStart: best?.start ?? null,
    longestEnd: best?.end ?? null,
    today,
    activeToday: latest !== null && latest.end >= today,
  };
}
