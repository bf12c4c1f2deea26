import type { CompareMode } from '../prompt-schema';

/**
 * Output comparison for the DSA judge (content/README.md, "compare"). Values are JSON values:
 * what the author wrote as `output` and what the harness serialised from the solution's return.
 *
 * - `exact`: deep equality (arrays in order, objects by key, numbers with `===`).
 * - `unordered`: both are arrays holding the same elements (with multiplicity) in any order;
 *   elements are compared exactly.
 * - `unordered-deep`: like `unordered`, at every level of nesting.
 * - `float`: deep equality where two numbers match when |a - b| <= 1e-6 * max(1, |a|, |b|),
 *   i.e. absolute 1e-6 near zero and relative 1e-6 for large magnitudes.
 */

/** Tolerance of the `float` mode (absolute below 1, relative above). */
export const FLOAT_TOLERANCE = 1e-6;

function floatEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function deepEqual(expected: unknown, actual: unknown, numbers: (a: number, b: number) => boolean): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return numbers(expected, actual);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((e, i) => deepEqual(e, actual[i], numbers))
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const ek = Object.keys(expected).sort();
    const ak = Object.keys(actual).sort();
    return (
      ek.length === ak.length &&
      ek.every((k, i) => k === ak[i] && deepEqual((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], numbers))
    );
  }
  return expected === actual;
}

/**
 * A canonical string for a JSON value: object keys sorted; with `sortArrays`, every array's
 * elements sorted by their own canonical form (so equal multisets give equal strings).
 */
export function canonicalJson(value: unknown, sortArrays = false): string {
  if (Array.isArray(value)) {
    const parts = value.map((v) => canonicalJson(v, sortArrays));
    if (sortArrays) parts.sort();
    return `[${parts.join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], sortArrays)}`);
    return `{${entries.join(',')}}`;
  }
  // -0 and 0 are the same JSON number
  return value === undefined ? 'null' : JSON.stringify(value === 0 ? 0 : value);
}

/** True when `actual` matches `expected` under `mode`. Never throws. */
export function outputsMatch(expected: unknown, actual: unknown, mode: CompareMode): boolean {
  switch (mode) {
    case 'exact':
      return deepEqual(expected, actual, (a, b) => a === b);
    case 'float':
      return deepEqual(expected, actual, floatEqual);
    case 'unordered': {
      if (!Array.isArray(expected) || !Array.isArray(actual)) return deepEqual(expected, actual, (a, b) => a === b);
      if (expected.length !== actual.length) return false;
      const e = expected.map((v) => canonicalJson(v)).sort();
      const a = actual.map((v) => canonicalJson(v)).sort();
      return e.every((v, i) => v === a[i]);
    }
    case 'unordered-deep':
      return canonicalJson(expected, true) === canonicalJson(actual, true);
  }
}
