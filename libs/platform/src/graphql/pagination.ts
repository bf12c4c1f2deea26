import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DomainException } from '../errors/domain.exception';

/** Largest page a connection field returns. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `first` / `after` arguments of a forward-paginated Relay connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 0..${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XxxConnection` and `XxxEdge` object types for a node type (the NestJS
 * code-first generics pattern). The edge is named `<edgePrefix>Edge`: the class name unless
 * given (pass the GraphQL type name, e.g. `Attempt` for `AttemptModel`, to get `AttemptEdge`).
 */
export function Paginated<T>(node: Type<T>, edgePrefix: string = node.name): Type<Connection<T>> {
  @ObjectType(`${edgePrefix}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the query, across all pages.' })
    totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/** Opaque cursor for a key (base64url). */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/**
 * Reads a cursor made by {@link encodeCursor}.
 * @throws DomainException BAD_USER_INPUT on `after` when the cursor is not one of ours
 */
export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:')) throw DomainException.badInput(field, `${field}: not a valid cursor`);
  return decoded.slice(2);
}

/**
 * One page of an already ordered list, keyed by `keyOf` (e.g. a slug): the connection for
 * `first` items after the item whose key the `after` cursor holds.
 *
 * @throws DomainException BAD_USER_INPUT on `after` when the cursor's item is not in the list
 *   (the list changed since the cursor was issued, or the cursor is forged)
 */
export function paginateList<T>(items: readonly T[], keyOf: (item: T) => string, args: ConnectionArgs): Connection<T> {
  let start = 0;
  if (args.after) {
    const key = decodeCursor(args.after);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) throw DomainException.badInput('after', 'after: the cursor does not point into this list');
    start = index + 1;
  }
  const slice = items.slice(start, start + args.first);
  const edges = slice.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
