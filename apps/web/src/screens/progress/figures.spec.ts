import { describe, expect, it } from 'vitest';
import { addDays, heatLevel, heatmapLayout, percent, todayIn, weekdayIndex, windowFrom } from './figures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = (from: string, n: number, attempts: (i: number) => number = () => 0) =>
  Array.from({ length: n }, (_, i) => ({ date: addDays(from, i), attempts: attempts(i), averageScore: attempts(i) ? 50 : null }));

describe('progress figures', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-21', 10)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayIndex('2026-11-16')).toBe(0); // a Monday
    expect(weekdayIndex('2026-11-22')).toBe(6); // a Sunday
  });

  it('tells today in the profile time zone, not the browser one', () => {
    const instant = new Date('2026-11-21T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-21');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-11-22');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-21');
    expect(todayIn('Not/AZone', instant)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('starts a window of n weeks on the Monday n − 1 weeks before this week', () => {
    // 2026-11-21 is a Saturday; its week starts on Monday 2026-11-16.
    expect(windowFrom('2026-11-21', 12)).toBe('2026-08-31');
    expect(windowFrom('2026-11-21', 4)).toBe('2026-10-26');
    expect(windowFrom('2026-11-16', 4)).toBe('2026-10-26');
    expect(weekdayIndex(windowFrom('2026-11-22', 52))).toBe(0);
  });

  it('shades a day by the share of the daily goal reached', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => heatLevel(n, 6))).toEqual([0, 1, 2, 2, 3, 3, 4]);
    expect(heatLevel(1, 1)).toBe(4);
    expect(heatLevel(3, 0)).toBe(4);
  });

  it('lays days out in Monday-first week columns with month labels and totals', () => {
    // 2026-11-04 is a Wednesday: the first column starts two rows down.
    const layout = heatmapLayout(
      days('2026-11-04', 40, (i) => (i === 3 ? 2 : i === 20 ? 5 : 0)),
      2,
      (m) => MONTHS[m],
    );
    expect(layout.cells[0]).toMatchObject({ date: '2026-11-04', week: 0, weekday: 2 });
    expect(layout.cells[5]).toMatchObject({ date: '2026-11-09', week: 1, weekday: 0 });
    expect(layout.weeks).toBe(6);
    // 2026-12-01 is a Tuesday, so December's label sits on the next column (Monday 12-07).
    expect(layout.months).toEqual([{ week: 5, label: 'Dec' }]);
    expect(layout.cells.find((c) => c.date === '2026-12-07')?.week).toBe(5);
    expect(layout).toMatchObject({ totalAttempts: 7, activeDays: 2, goalDays: 2, busiest: { date: '2026-11-24', attempts: 5 } });
  });

  it('lays out nothing for no days', () => {
    expect(heatmapLayout([], 1, (m) => MONTHS[m])).toMatchObject({ cells: [], weeks: 0, months: [], busiest: null });
  });

  it('writes shares as whole percentages and a dash for none', () => {
    expect(percent(0.424)).toBe('42%');
    expect(percent(null)).toBe('–');
  });
});
