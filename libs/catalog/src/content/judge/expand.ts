/**
 * Expansion of the large-input shorthands a DSA test may use (content/README.md, "Large inputs").
 * Anywhere in a JSON value, an object whose only key is one of these is replaced:
 *
 * - `{ $range: [start, end, step?] }` → integers from start (inclusive) to end (exclusive); step
 *   defaults to 1 and may be negative (then the range counts down), never 0.
 * - `{ $repeat: [value, count] }` → an array of `count` independent copies of `value`.
 * - `{ $concat: [a, b, ...] }` → the arrays joined (or, if every part is a string, the strings).
 * - `{ $string: [text, count] }` → `text` repeated `count` times.
 *
 * Arguments are expanded first, so shorthands nest. The result is deterministic and shares no
 * object between positions, so a solution that mutates one row of a `$repeat`ed grid does not
 * change the others.
 */

/** Raised for a malformed shorthand; `path` is the dotted location inside the value (`0.$range`). */
export class ExpansionError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ExpansionError';
  }
}

/** Upper bound on the elements (or characters) one expansion may produce, against typos like 1e9. */
export const MAX_EXPANDED_SIZE = 10_000_000;

const KEYS = ['$range', '$repeat', '$concat', '$string'] as const;
type Key = (typeof KEYS)[number];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorthandKey(value: Record<string, unknown>): Key | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1 || !keys[0].startsWith('$')) return undefined;
  return (KEYS as readonly string[]).includes(keys[0]) ? (keys[0] as Key) : undefined;
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

function count(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new ExpansionError(path, 'count must be a non-negative integer');
  if ((value as number) > MAX_EXPANDED_SIZE) throw new ExpansionError(path, `count ${value} exceeds ${MAX_EXPANDED_SIZE}`);
  return value as number;
}

/** A deep copy of a JSON value (expanded values are trees, never graphs). */
function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

/**
 * Returns `value` with every shorthand expanded; the input is not modified.
 *
 * @param path prefix for error locations, e.g. `input`
 * @throws ExpansionError when a shorthand's arguments are malformed, an unknown `$key` is used, or
 *   an expansion would exceed MAX_EXPANDED_SIZE
 */
export function expandValue(value: unknown, path = ''): unknown {
  return expand(value, () => path);
}

// Paths are built only for errors: inputs hold 10^5-element arrays, and a string per element
// would dominate the cost.
function expand(value: unknown, path: () => string): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out[i] = typeof item === 'object' && item !== null ? expand(item, () => join(path(), i)) : item;
    }
    return out;
  }
  if (!isPlainObject(value)) return value;

  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0].startsWith('$')) {
    const key = shorthandKey(value);
    if (!key) throw new ExpansionError(path(), `unknown shorthand '${keys[0]}' (use one of ${KEYS.join(', ')})`);
    const here = () => join(path(), key);
    const rawArgs = value[key];
    if (!Array.isArray(rawArgs)) throw new ExpansionError(here(), 'arguments must be a list');
    const args = rawArgs.map((a, i) => expand(a, () => join(here(), i)));
    switch (key) {
      case '$range':
        return expandRange(args, here());
      case '$repeat': {
        if (args.length !== 2) throw new ExpansionError(here(), 'takes [value, count]');
        const n = count(args[1], join(here(), 1));
        return Array.from({ length: n }, () => copy(args[0]));
      }
      case '$concat': {
        if (args.every((a) => typeof a === 'string')) return (args as string[]).join('');
        const out: unknown[] = [];
        args.forEach((a, i) => {
          if (!Array.isArray(a)) throw new ExpansionError(join(here(), i), 'every part must be a list (or every part a string)');
          if (out.length + a.length > MAX_EXPANDED_SIZE) throw new ExpansionError(here(), `result exceeds ${MAX_EXPANDED_SIZE} elements`);
          for (const item of a) out.push(item);
        });
        return out;
      }
      case '$string': {
        if (args.length !== 2 || typeof args[0] !== 'string') throw new ExpansionError(here(), 'takes [text, count]');
        const n = count(args[1], join(here(), 1));
        if (args[0].length * n > MAX_EXPANDED_SIZE) throw new ExpansionError(here(), `result exceeds ${MAX_EXPANDED_SIZE} characters`);
        return args[0].repeat(n);
      }
    }
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, () => join(path(), k))]));
}

function expandRange(args: unknown[], path: string): number[] {
  if (args.length < 2 || args.length > 3) throw new ExpansionError(path, 'takes [start, end, step?]');
  const [start, end, step = 1] = args;
  for (const [i, v] of [start, end, step].entries()) {
    if (!Number.isSafeInteger(v)) throw new ExpansionError(join(path, i), 'must be an integer');
  }
  const [a, b, s] = [start, end, step] as number[];
  if (s === 0) throw new ExpansionError(join(path, 2), 'step must not be 0');
  const length = Math.max(0, Math.ceil((b - a) / s));
  if (length > MAX_EXPANDED_SIZE) throw new ExpansionError(path, `range of ${length} elements exceeds ${MAX_EXPANDED_SIZE}`);
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) out[i] = a + i * s;
  return out;
}
