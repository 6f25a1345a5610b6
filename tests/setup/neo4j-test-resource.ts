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

export async function emptyGraph(graph: GraphConnection): Promise<void> {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: graph.database });
}

export async function neo4jTestResource(): Promise<GraphConnection & AsyncDisposable> {
  const graph = await connectGraph(testConnection());
  await emptyGraph(graph);
  await applyMigrations(graph);
  return Object.assign(graph, { [Symbol.asyncDispose]: () => graph.close() });
}
