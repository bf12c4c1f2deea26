import { describe, expect, it } from 'vitest';
import { Difficulty } from '@prepstack/catalog';
import { PracticeSetStatus } from './domain';
import { elapsedMs, finishTimer, pauseTimer, remainingMs, resumeTimer, SetTimer, targetTimes, timerStatus } from './practice-set-timer';

const MIN = 60_000;
const t0 = new Date('2025-03-01T10:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const fresh: SetTimer = { startedAt: t0, pausedAt: null, pausedMs: 0, budgetMs: 30 * MIN, finishedAt: null };

describe('practice set timer', () => {
  it('runs from the start and reports what is left', () => {
    expect(elapsedMs(fresh, plus(5 * MIN))).toBe(5 * MIN);
    expect(remainingMs(fresh, plus(5 * MIN))).toBe(25 * MIN);
    expect(timerStatus(fresh, plus(5 * MIN))).toBe(PracticeSetStatus.RUNNING);
  });

  it('does not count paused time, and pausing twice or resuming twice changes nothing', () => {
    let t = pauseTimer(fresh, plus(10 * MIN));
    expect(pauseTimer(t, plus(12 * MIN))).toBe(t);
    expect(elapsedMs(t, plus(40 * MIN))).toBe(10 * MIN);
    expect(timerStatus(t, plus(40 * MIN))).toBe(PracticeSetStatus.PAUSED);
    t = resumeTimer(t, plus(40 * MIN));
    expect(resumeTimer(t, plus(41 * MIN))).toBe(t);
    expect(t.pausedMs).toBe(30 * MIN);
    expect(elapsedMs(t, plus(45 * MIN))).toBe(15 * MIN);
    expect(remainingMs(t, plus(45 * MIN))).toBe(15 * MIN);
  });

  it('is TIME_UP once the budget is spent while running, and keeps counting elapsed time', () => {
    expect(timerStatus(fresh, plus(30 * MIN))).toBe(PracticeSetStatus.TIME_UP);
    expect(remainingMs(fresh, plus(31 * MIN))).toBe(0);
    expect(elapsedMs(fresh, plus(31 * MIN))).toBe(31 * MIN);
  });

  it('stops for good at the finish; a pause in progress ends there', () => {
    const paused = pauseTimer(fresh, plus(10 * MIN));
    const done = finishTimer(paused, plus(20 * MIN));
    expect(done).toMatchObject({ pausedAt: null, pausedMs: 10 * MIN, finishedAt: plus(20 * MIN) });
    expect(elapsedMs(done, plus(90 * MIN))).toBe(10 * MIN);
    expect(timerStatus(done, plus(90 * MIN))).toBe(PracticeSetStatus.FINISHED);
    expect(finishTimer(done, plus(95 * MIN))).toBe(done);
    expect(pauseTimer(done, plus(95 * MIN))).toBe(done);
  });
});

describe('targetTimes', () => {
  it('splits the budget by difficulty weight 1:2:3', () => {
    const t = targetTimes(60 * MIN, [Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD]);
    expect(Object.fromEntries(t)).toEqual({ EASY: 10 * MIN, MEDIUM: 20 * MIN, HARD: 30 * MIN });
  });

  it('gives each prompt of a difficulty the same target, in whole seconds, within the budget', () => {
    const items = [Difficulty.EASY, Difficulty.EASY, Difficulty.HARD];
    const t = targetTimes(25 * MIN, items);
    expect(t.get(Difficulty.EASY)).toBe(300_000);
    expect(t.get(Difficulty.HARD)).toBe(900_000);
    expect(t.has(Difficulty.MEDIUM)).toBe(false);
    expect(items.reduce((sum, d) => sum + t.get(d)!, 0)).toBeLessThanOrEqual(25 * MIN);
    const odd = targetTimes(10 * MIN, [Difficulty.MEDIUM, Difficulty.MEDIUM, Difficulty.MEDIUM]);
    expect(odd.get(Difficulty.MEDIUM)).toBe(200_000);
    expect(targetTimes(10 * MIN, []).size).toBe(0);
  });
});
