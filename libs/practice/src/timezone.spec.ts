import { describe, expect, it } from 'vitest';
import { endOfLocalDay, isValidTimeZone } from './timezone';

const at = (iso: string) => new Date(iso);

describe('endOfLocalDay', () => {
  it('is the next UTC midnight in UTC', () => {
    expect(endOfLocalDay(at('2025-03-01T10:00:00Z'), 'UTC').toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(endOfLocalDay(at('2025-03-01T00:00:00Z'), 'UTC').toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(endOfLocalDay(at('2025-03-01T23:59:59.999Z'), 'UTC').toISOString()).toBe('2025-03-02T00:00:00.000Z');
  });

  it('is local midnight east and west of UTC, on either side of the UTC date line', () => {
    // 23:30 UTC on 1 March is already 2 March 08:30 in Tokyo (UTC+9): the day ends at 2 March 15:00 UTC.
    expect(endOfLocalDay(at('2025-03-01T23:30:00Z'), 'Asia/Tokyo').toISOString()).toBe('2025-03-02T15:00:00.000Z');
    // 02:00 UTC on 2 March is still 1 March 18:00 in Los Angeles (UTC−8): it ends at 2 March 08:00 UTC.
    expect(endOfLocalDay(at('2025-03-02T02:00:00Z'), 'America/Los_Angeles').toISOString()).toBe('2025-03-02T08:00:00.000Z');
    // Half-hour offsets: Kolkata is UTC+5:30.
    expect(endOfLocalDay(at('2025-03-01T12:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2025-03-01T18:30:00.000Z');
  });

  it('follows daylight saving time: a 23-hour and a 25-hour day', () => {
    // Berlin springs forward on 30 March 2025 (UTC+1 → UTC+2): that day ends at 22:00 UTC.
    expect(endOfLocalDay(at('2025-03-30T06:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    // and falls back on 26 October 2025 (UTC+2 → UTC+1): that day ends at 23:00 UTC.
    expect(endOfLocalDay(at('2025-10-26T06:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('takes the first instant of the next day where DST skips midnight', () => {
    // Santiago springs forward at 24:00 on 6 September 2025: 7 September starts at 01:00 (UTC−3) = 04:00 UTC.
    expect(endOfLocalDay(at('2025-09-06T15:00:00Z'), 'America/Santiago').toISOString()).toBe('2025-09-07T04:00:00.000Z');
  });

  it('counts an unknown zone as UTC', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(endOfLocalDay(at('2025-03-01T10:00:00Z'), 'Mars/Olympus').toISOString()).toBe('2025-03-02T00:00:00.000Z');
  });
});
