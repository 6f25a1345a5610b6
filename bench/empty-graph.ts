/** Empties the benchmark's graph between runs, keeping what the schema needs. */
import type { GraphConnection } from '../src/graph/index.js';

/** Deletes everything but the migration records and the write lock, in transactions of 10,000 nodes. */
export async function emptyGraph(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (node) WHERE NOT node:Migration AND NOT node:WriteLock CALL (node) { DETACH DELETE node } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

