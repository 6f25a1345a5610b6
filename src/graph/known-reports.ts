/** Which report texts the graph already holds, by content hash: lets ingestion skip extracting them. */
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';

export async function findKnownContentHashes(graph: GraphConnection, contentHashes: string[]): Promise<Set<string>> {
  if (contentHashes.length === 0) return new Set();
  try {
    const { records } = await graph.driver.executeQuery(
      'MATCH (report:Report) WHERE report.contentHash IN $contentHashes RETURN report.contentHash AS contentHash',
      { contentHashes },
      { database: graph.database, routing: 'READ', transactionConfig: { metadata: { app: 'eventgraph', op: 'findKnownContentHashes' } } },
    );
    return new Set(records.map((record) => record.get('contentHash') as string));
  } catch (error) {
    throw translateNeo4jError(error, graph.uri);
  }
}
