/**
 * Relay connections with keyset cursors: a cursor is the base64url of the row's sort key and id,
 * so a page starts exactly after the last row seen. `totalCount` is a field resolver that
 * calls the row's `countTotal` only when the client selects it, so the count query runs only when asked.
 */
import { ClassType, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { EventGraphError } from '../domain/errors.js';
import type { Keyset, PageRow } from '../graph/read-pages.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** The Connection and Edge types of a node type, e.g. ActorConnection / ActorEdge. */
export function ConnectionOf<T extends object>(nodeType: ClassType<T> | object, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items; totalCount is computed only when selected.` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;
  }

  @Resolver(() => Connection)
  class ConnectionResolver {
    @FieldResolver(() => Int, { description: 'How many items the whole list holds (one more query: select it only when needed).' })
    totalCount(@Root() connection: Connection): Promise<number> {
      return connection.countTotal();
    }
  }
  CONNECTION_RESOLVERS.push(ConnectionResolver);
  return Connection;
}

/** The totalCount resolvers of every connection type; build-schema.ts registers them. */
export const CONNECTION_RESOLVERS: ClassType[] = [];

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new EventGraphError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}; page through longer lists with after.`);
  }
  return first;
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Keyset | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new EventGraphError('BAD_USER_INPUT', 'after is not a cursor of this list: pass the endCursor of the previous page.');
}

/** Builds a connection from `first + 1` rows read after the cursor. */
export function toConnection<T>(rows: PageRow[], first: number, count: () => Promise<number>): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(String(row.key ?? ''), String(row.node.id)), node: row.node as T }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: count,
  };
}
