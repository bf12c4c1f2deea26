import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './login-throttle.service';

describe('retryAfterSeconds', () => {
  const start = new Date('2026-01-01T00:00:00Z');
  const at = (ms: number) => new Date(start.getTime() + ms);

  it('counts whole seconds to the end of the window, rounding up', () => {
    expect(retryAfterSeconds(start, 900_000, start)).toBe(900);
    expect(retryAfterSeconds(start, 900_000, at(1))).toBe(900);
    expect(retryAfterSeconds(start, 900_000, at(899_001))).toBe(1);
  });

  it('never says 0 or less', () => {
    expect(retryAfterSeconds(start, 900_000, at(900_000))).toBe(1);
    expect(retryAfterSeconds(start, 900_000, at(2_000_000))).toBe(1);
  });
});
