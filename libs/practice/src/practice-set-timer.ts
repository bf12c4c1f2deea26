import { Difficulty } from '@prepstack/catalog';
import { PracticeSetStatus } from './domain';

/**
 * The server-side timer of a practice set: a time budget that runs from `startedAt`, stops
 * while paused and for good when the set finishes. All times in ms; instants are Dates from the
 * app's clock.
 */
export interface SetTimer {
  startedAt: Date;
  /** Set while paused: when the pause began. */
  pausedAt: Date | null;
  /** Paused time before the current pause, in ms. */
  pausedMs: number;
  /** The set's time budget, in ms. */
  budgetMs: number;
  finishedAt: Date | null;
}

/** Relative time a prompt of each difficulty deserves within a set's budget. */
export const DIFFICULTY_WEIGHT: Record<Difficulty, number> = { EASY: 1, MEDIUM: 2, HARD: 3 };

/** Time the set has run, in ms: wall time since the start, less pauses, up to the finish. */
export function elapsedMs(t: SetTimer, now: Date): number {
  const end = t.finishedAt ?? t.pausedAt ?? now;
  return Math.max(0, end.getTime() - t.startedAt.getTime() - t.pausedMs);
}

/** Budget left, in ms (0 when spent). */
export function remainingMs(t: SetTimer, now: Date): number {
  return Math.max(0, t.budgetMs - elapsedMs(t, now));
}

/** The status a client sees: FINISHED, PAUSED, TIME_UP (running with the budget spent) or RUNNING. */
export function timerStatus(t: SetTimer, now: Date): PracticeSetStatus {
  if (t.finishedAt) return PracticeSetStatus.FINISHED;
  if (t.pausedAt) return PracticeSetStatus.PAUSED;
  return remainingMs(t, now) === 0 ? PracticeSetStatus.TIME_UP : PracticeSetStatus.RUNNING;
}

/** Stops the clock (a paused timer stays as it is). */
export function pauseTimer(t: SetTimer, now: Date): SetTimer {
  return t.pausedAt || t.finishedAt ? t : { ...t, pausedAt: now };
}

/** Starts the clock again, adding the pause to `pausedMs` (a running timer stays as it is). */
export function resumeTimer(t: SetTimer, now: Date): SetTimer {
  if (!t.pausedAt || t.finishedAt) return t;
  return { ...t, pausedAt: null, pausedMs: t.pausedMs + Math.max(0, now.getTime() - t.pausedAt.getTime()) };
}

/** Stops the clock for good; a pause in progress ends at the finish and does not count. */
export function finishTimer(t: SetTimer, now: Date): SetTimer {
  if (t.finishedAt) return t;
  return { ...resumeTimer(t, now), finishedAt: now };
}

/**
 * Target time per prompt of a set, in ms: the budget split by difficulty weight (EASY 1,
 * MEDIUM 2, HARD 3), so `budgetMs × w(d) / Σ w` for each prompt, rounded down to whole seconds.
 * A 60-minute set of one EASY, one MEDIUM and one HARD prompt aims at 10, 20 and 30 minutes.
 *
 * @returns one target per difficulty present in the set (a prompt's target is its difficulty's)
 */
export function targetTimes(budgetMs: number, difficulties: readonly Difficulty[]): Map<Difficulty, number> {
  const total = difficulties.reduce((sum, d) => sum + DIFFICULTY_WEIGHT[d], 0);
  const targets = new Map<Difficulty, number>();
  if (total === 0) return targets;
  for (const d of Object.values(Difficulty)) {
    if (difficulties.includes(d)) targets.set(d, Math.floor((budgetMs * DIFFICULTY_WEIGHT[d]) / total / 1000) * 1000);
  }
  return targets;
}
