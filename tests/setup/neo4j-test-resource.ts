/**
 * `await using graph = await neo4jTestResource()`: a connection to the run's Neo4j, emptied and
 * migrated, closed when the test's scope ends. Each integration file starts from an empty graph.
 */
import { inject } from 'vitest';
import type { Config } from '../../src/config.js';
import { connectGraph, type GraphConnection } from '../../src/graph/driver.js';
import { applyMigrations } from '../../src/graph/migrations.js';

export function testConnection(): Config['neo4j'] & { uri: string } {
  return {
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword') ?? undefined,
    database: inject('neo4jDatabase'),
  };
}

/**
 * Deletes everything, relationships first, in transactions of 10,000: a database a benchmark left
 * with 10,000 reports cannot be emptied in one transaction within Neo4j's 1 GB transaction memory.
 */
export async function emptyGraph(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH ()-[relation]->() CALL (relation) { DELETE relation } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (node) CALL (node) { DELETE node } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function neo4jTestResource(): Promise<GraphConnection & AsyncDisposable> {
  const graph = await connectGraph(testConnection());
  await emptyGraph(graph);
  await applyMigrations(graph);
  return Object.assign(graph, { [Symbol.asyncDispose]: () => graph.close() });
}
