import { describe, expect, it } from 'vitest';
import { streakOf } from './streak';

const run = (start: string, end: string, days: number) => ({ start, end, days });

describe('streakOf', () => {
  it('has no streak before the first attempt', () => {
    expect(streakOf(null, null, '2025-06-10')).toMatchObject({ current: 0, longest: 0, lastActiveDay: null, activeToday: false, currentStart: null });
  });

  it('keeps the current streak alive through yesterday, and drops it the day after', () => {
    const latest = run('2025-06-07', '2025-06-09', 3);
    expect(streakOf(latest, latest, '2025-06-09')).toMatchObject({ current: 3, longest: 3, activeToday: true, currentStart: '2025-06-07' });
    expect(streakOf(latest, latest, '2025-06-10')).toMatchObject({ current: 3, activeToday: false });
    expect(streakOf(latest, latest, '2025-06-11')).toMatchObject({ current: 0, longest: 3, currentStart: null, lastActiveDay: '2025-06-09' });
  });

  it('reports the longest run separately from the current one', () => {
    const s = streakOf(run('2025-06-09', '2025-06-10', 2), run('2025-05-01', '2025-05-05', 5), '2025-06-10');
    expect(s).toMatchObject({ current: 2, longest: 5, longestStart: '2025-05-01', longestEnd: '2025-05-05' });
  });

  it('counts a last day after today (the user moved west) as today', () => {
    expect(streakOf(run('2025-06-10', '2025-06-11', 2), run('2025-06-10', '2025-06-11', 2), '2025-06-10')).toMatchObject({ current: 2, activeToday: true });
  });

  it('crosses a month and a year end', () => {
    expect(streakOf(run('2024-12-30', '2025-01-01', 3), run('2024-12-30', '2025-01-01', 3), '2025-01-02')).toMatchObject({ current: 3 });
    expect(streakOf(run('2025-02-27', '2025-02-28', 2), null, '2025-03-01')).toMatchObject({ current: 2, longest: 2 });
  });
});
