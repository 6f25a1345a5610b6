/**
 * The one way the API's reads reach Neo4j: {@link runRead} runs one parameterized statement in a
 * managed read transaction with metadata (`app`, `op`) and a timeout, and returns plain objects.
 * Fails with the translated driver error; a statement that runs past its timeout becomes
 * SERVICE_UNAVAILABLE. {@link observeReads} lets a test count the statements a request runs.
 */
import { Neo4jError } from 'neo4j-driver';
import { EventGraphError } from '../domain/errors.js';
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';

export type ReadRow = Record<string, unknown>;

/** Per-statement limit: a request never waits on the database longer than this. */
export const READ_TIMEOUT_MS = 10_000;

const observers = new Set<(op: string) => void>();

/** Calls `observer` with the op name of every read statement run; returns the unsubscribe function. */
export function observeReads(observer: (op: string) => void): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export async function runRead(graph: GraphConnection, op: string, query: string, parameters: Record<string, unknown>): Promise<ReadRow[]> {
  for (const observer of observers) observer(op);
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    // GraphQL leaves an omitted argument undefined, which the driver would drop: Cypher then
    // fails on a missing parameter instead of reading `$x IS NULL`.
    const bound = Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, value === undefined ? null : value]));
    const result = await session.executeRead((tx) => tx.run(query, bound), {
      metadata: { app: 'eventgraph', op },
      timeout: READ_TIMEOUT_MS,
    });
    return result.records.map((record) => record.toObject() as ReadRow);
  } catch (error) {
    if (error instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/.test(error.code)) {
      throw new EventGraphError('SERVICE_UNAVAILABLE', `The query ran past ${READ_TIMEOUT_MS / 1000} s: ask for fewer items or a narrower filter.`, { cause: error });
    }
    throw translateNeo4jError(error, graph.uri);
  } finally {
    await session.close();
  }
}
