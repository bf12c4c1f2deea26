import { describe, expect, it } from 'vitest';
import { ExpansionError, expandValue, MAX_EXPANDED_SIZE } from './expand';

describe('expandValue', () => {
  it('expands $range with the default step, a step and a negative step', () => {
    expect(expandValue({ $range: [0, 5] })).toEqual([0, 1, 2, 3, 4]);
    expect(expandValue({ $range: [1, 10, 3] })).toEqual([1, 4, 7]);
    expect(expandValue({ $range: [5, 0, -2] })).toEqual([5, 3, 1]);
    expect(expandValue({ $range: [3, 3] })).toEqual([]);
    expect(expandValue({ $range: [3, 0] })).toEqual([]);
  });

  it('expands $repeat into independent copies', () => {
    const grid = expandValue({ $repeat: [{ $repeat: [0, 3] }, 2] }) as number[][];
    expect(grid).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    grid[0][0] = 9;
    expect(grid[1][0]).toBe(0);
    expect(expandValue({ $repeat: [null, 2] })).toEqual([null, null]);
  });

  it('expands $concat of lists and of strings', () => {
    expect(expandValue({ $concat: [[1], { $range: [2, 4] }, { $repeat: [7, 2] }] })).toEqual([1, 2, 3, 7, 7]);
    expect(expandValue({ $concat: [{ $string: ['ab', 2] }, 'c'] })).toBe('ababc');
  });

  it('expands $string', () => {
    expect(expandValue({ $string: ['xy', 3] })).toBe('xyxyxy');
    expect(expandValue({ $string: ['a', 0] })).toBe('');
  });

  it('expands anywhere in a value and leaves everything else alone', () => {
    const input = [[1, { $range: [0, 2] }], 'text', { key: { $repeat: [true, 2] } }, { a: 1, b: 2 }];
    const before = JSON.stringify(input);
    expect(expandValue(input)).toEqual([[1, [0, 1]], 'text', { key: [true, true] }, { a: 1, b: 2 }]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('is deterministic', () => {
    const spec = { $concat: [{ $range: [0, 1000, 7] }, { $repeat: [{ $string: ['z', 3] }, 4] }] };
    expect(JSON.stringify(expandValue(spec))).toBe(JSON.stringify(expandValue(spec)));
  });

  it('reports malformed shorthands with their path', () => {
    expect(() => expandValue([{ $rnage: [0, 3] }], 'input')).toThrow(/input\.0: unknown shorthand '\$rnage'/);
    expect(() => expandValue({ $range: [0, 1.5] })).toThrow(ExpansionError);
    expect(() => expandValue({ $range: [0, 5, 0] })).toThrow(/step must not be 0/);
    expect(() => expandValue({ $repeat: [1] })).toThrow(/takes \[value, count\]/);
    expect(() => expandValue({ $repeat: [1, -1] })).toThrow(/non-negative integer/);
    expect(() => expandValue({ $concat: [[1], 2] })).toThrow(/every part must be a list/);
    expect(() => expandValue({ $string: [1, 2] })).toThrow(/takes \[text, count\]/);
    expect(() => expandValue({ $range: [0, MAX_EXPANDED_SIZE + 1] })).toThrow(/exceeds/);
  });
});
