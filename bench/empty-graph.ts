/** Empties the benchmark's graph between runs, keeping what the schema needs. */
import type { GraphConnection } from '../src/graph/index.js';

/**
 * Deletes everything but the migration records and the write lock: relationships first, then
 * nodes, each in transactions of 10,000. (Detaching nodes 10,000 at a time does not bound a
 * transaction: an actor carries tens of thousands of relationships, and on a 10,000-report graph
 * one such transaction overran Neo4j's 1 GB transaction memory pool.)
 */
export async function emptyGraph(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH ()-[relation]->() CALL (relation) { DELETE relation } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (node) WHERE NOT node:Migration AND NOT node:WriteLock CALL (node) { DETACH DELETE node } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
