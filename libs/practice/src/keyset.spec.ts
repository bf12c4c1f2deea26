import { describe, expect, it } from 'vitest';
import { encodeCursor, ErrorCode } from '@prepstack/platform';
import { pageAfterKey, parseTimeKey, timeKey } from './keyset';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const items = [1, 2, 3, 4, 5].map((n) => ({ at: new Date(Date.UTC(2025, 0, n)), id: id(n) }));
const keyOf = (i: { at: Date; id: string }) => timeKey(i.at, i.id);

describe('keyset pages', () => {
  it('pages forward and keeps working when the cursor item has gone', () => {
    const first = pageAfterKey(items, keyOf, { first: 2 });
    expect(first.edges.map((e) => e.node.id)).toEqual([id(1), id(2)]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const withoutSecond = items.filter((i) => i.id !== id(2));
    const next = pageAfterKey(withoutSecond, keyOf, { first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.id)).toEqual([id(3), id(4)]);
    const last = pageAfterKey(items, keyOf, { first: 2, after: next.pageInfo.endCursor });
    expect(last.edges.map((e) => e.node.id)).toEqual([id(5)]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCount).toBe(5);
  });

  it('refuses a cursor that is not a time key, naming after', () => {
    expect(parseTimeKey(encodeCursor(timeKey(items[0].at, id(1))))).toEqual({ at: items[0].at, id: id(1) });
    for (const bad of [encodeCursor('nonsense'), encodeCursor('2025-01-01|x'), 'not-base64-at-all']) {
      expect(() => parseTimeKey(bad)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }));
    }
  });
});
