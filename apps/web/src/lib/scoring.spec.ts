import { describe, expect, it } from 'vitest';
import { randomId } from './ids';
import { rubricScore } from './scoring';

describe('rubricScore', () => {
  it("matches the API's formula, round(100 × Σ w·s / (3 × Σ w))", () => {
    const rubric = [
      { id: 'a', weight: 90 },
      { id: 'b', weight: 10 },
    ];
    expect(rubricScore(rubric, { a: 3, b: 3 })).toBe(100);
    expect(rubricScore(rubric, { a: 2, b: 1 })).toBe(63);
    expect(rubricScore(rubric, { a: 0 })).toBe(0);
    expect(rubricScore([], {})).toBe(0);
  });
});

describe('randomId', () => {
  it('is a v4 UUID, with or without crypto.randomUUID', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).toMatch(v4);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      expect(randomId()).toMatch(v4);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
