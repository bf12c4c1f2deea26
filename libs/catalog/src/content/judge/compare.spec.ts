import { describe, expect, it } from 'vitest';
import { canonicalJson, outputsMatch } from './compare';

describe('outputsMatch', () => {
  it('exact: deep equality, order matters', () => {
    expect(outputsMatch([1, [2, 3]], [1, [2, 3]], 'exact')).toBe(true);
    expect(outputsMatch([1, 2], [2, 1], 'exact')).toBe(false);
    expect(outputsMatch(true, 1, 'exact')).toBe(false);
    expect(outputsMatch('1', 1, 'exact')).toBe(false);
    expect(outputsMatch(null, [], 'exact')).toBe(false);
    expect(outputsMatch(0.1 + 0.2, 0.3, 'exact')).toBe(false);
    expect(outputsMatch({ a: 1, b: [2] }, { b: [2], a: 1 }, 'exact')).toBe(true);
  });

  it('unordered: top level in any order, with multiplicity, inner order kept', () => {
    expect(outputsMatch([1, 2, 2], [2, 1, 2], 'unordered')).toBe(true);
    expect(outputsMatch([1, 2, 2], [1, 1, 2], 'unordered')).toBe(false);
    expect(outputsMatch([[1, 2], [3]], [[3], [1, 2]], 'unordered')).toBe(true);
    expect(outputsMatch([[1, 2], [3]], [[3], [2, 1]], 'unordered')).toBe(false);
    expect(outputsMatch([1, 2], [1, 2, 3], 'unordered')).toBe(false);
    expect(outputsMatch(5, 5, 'unordered')).toBe(true);
  });

  it('unordered-deep: every level in any order', () => {
    expect(outputsMatch([['eat', 'tea'], ['bat']], [['bat'], ['tea', 'eat']], 'unordered-deep')).toBe(true);
    expect(outputsMatch([['a', 'b'], ['c']], [['a'], ['b', 'c']], 'unordered-deep')).toBe(false);
    expect(outputsMatch([[1, 1], [2]], [[2], [1]], 'unordered-deep')).toBe(false);
  });

  it('float: numbers within 1e-6 (relative for large magnitudes), structure exact', () => {
    expect(outputsMatch(0.3, 0.1 + 0.2, 'float')).toBe(true);
    expect(outputsMatch(2.5, 2.5000005, 'float')).toBe(true);
    expect(outputsMatch(2.5, 2.50001, 'float')).toBe(false);
    expect(outputsMatch(1e9, 1e9 + 0.5, 'float')).toBe(true);
    expect(outputsMatch([1.0, 2.0], [1.0000001, 1.9999999], 'float')).toBe(true);
    expect(outputsMatch([1.0, 2.0], [2.0, 1.0], 'float')).toBe(false);
    expect(outputsMatch(1, 'Infinity', 'float')).toBe(false);
  });

  it('canonicalJson sorts keys and, when asked, arrays', () => {
    expect(canonicalJson({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
    expect(canonicalJson({ b: 1, a: [2, 1] }, true)).toBe('{"a":[1,2],"b":1}');
    expect(canonicalJson(-0)).toBe('0');
  });
});
