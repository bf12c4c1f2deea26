import { Connection, ConnectionArgs, decodeCursor, DomainException, encodeCursor } from '@prepstack/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A keyset-pagination key of (instant, id): `2025-03-01T10:00:00.000Z|<uuid>`. Such keys sort
 * as strings in the order of (instant, id), so a cursor stays meaningful when the row it came
 * from has gone (a review done, an attempt abandoned) — unlike an offset or an id lookup.
 */
export function timeKey(at: Date, id: string): string {
  return `${at.toISOString()}|${id}`;
}

/**
 * Reads the key of an `after` cursor made from {@link timeKey}.
 * @throws DomainException BAD_USER_INPUT on `after` when the cursor is not such a key
 */
export function parseTimeKey(cursor: string): { at: Date; id: string } {
  const key = decodeCursor(cursor);
  const [iso, id] = key.split('|');
  const at = new Date(iso);
  if (!id || !UUID.test(id) || Number.isNaN(at.getTime()) || at.toISOString() !== iso) {
    throw DomainException.badInput('after', 'after: not a valid cursor');
  }
  return { at, id };
}

/**
 * A connection from rows fetched with `LIMIT first + 1` after the cursor: the extra row only
 * says there is a next page.
 */
export function connectionFromRows<T>(rows: readonly T[], args: ConnectionArgs, keyOf: (item: T) => string, totalCount: number): Connection<T> {
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** One page of a list sorted ascending by {@link timeKey}: the items whose key sorts after the cursor's. */
export function pageAfterKey<T>(items: readonly T[], keyOf: (item: T) => string, args: ConnectionArgs): Connection<T> {
  let rest = items;
  if (args.after) {
    const { at, id } = parseTimeKey(args.after);
    const after = timeKey(at, id);
    rest = items.filter((item) => keyOf(item) > after);
  }
  const connection = connectionFromRows(rest.slice(0, args.first + 1), args, keyOf, items.length);
  return connection;
}
