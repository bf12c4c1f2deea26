import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, isoWeekStart, isoWeekStarts, localDateOf } from './local-date';
import { ProgressException } from './progress.exception';
import { resolveWindow } from './window';

describe('local dates', () => {
  it('accepts real dates written YYYY-MM-DD only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-6-1')).toBe(false);
    expect(isLocalDate('2025-06-01T00:00:00Z')).toBe(false);
  });

  it('moves by days across months, years and DST changes', () => {
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });

  it('finds ISO weeks (Monday first)', () => {
    expect(isoWeekStart('2025-06-08')).toBe('2025-06-02'); // a Sunday
    expect(isoWeekStart('2025-06-09')).toBe('2025-06-09'); // a Monday
    expect(isoWeekStarts('2025-06-04', '2025-06-18')).toEqual(['2025-06-02', '2025-06-09', '2025-06-16']);
  });

  it('reads the local day of an instant in a time zone', () => {
    const instant = new Date('2025-06-09T03:30:00Z');
    expect(localDateOf(instant, 'UTC')).toBe('2025-06-09');
    expect(localDateOf(instant, 'America/New_York')).toBe('2025-06-08');
    expect(localDateOf(new Date('2025-06-02T15:30:00Z'), 'Asia/Tokyo')).toBe('2025-06-03');
  });
});

describe('resolveWindow', () => {
  it('defaults to the last N days ending today', () => {
    expect(resolveWindow({}, '2025-06-20', 84, 366)).toEqual({ from: '2025-03-29', to: '2025-06-20' });
    expect(resolveWindow({ to: '2025-06-10' }, '2025-06-20', 7, 366)).toEqual({ from: '2025-06-04', to: '2025-06-10' });
  });

  it('refuses from after to, and windows that are too long, naming from', () => {
    expect(() => resolveWindow({ from: '2025-06-11', to: '2025-06-10' }, '2025-06-20', 84, 366)).toThrow(ProgressException);
    try {
      resolveWindow({ from: '2024-01-01', to: '2025-06-10' }, '2025-06-20', 84, 366);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'from' } });
    }
    expect(resolveWindow({ from: '2024-06-10', to: '2025-06-10' }, '2025-06-20', 84, 366).from).toBe('2024-06-10');
  });
});
