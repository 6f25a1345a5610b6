/** Reads (:Report) nodes: the stored text of each ingested report (write-extraction.ts writes them). */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.js';

export interface StoredReport {
  id: string;
  contentHash: string;
  title: string | null;
  source: string | null;
  url: string | null;
  language: string;
  publishedAt: string | null;
  ingestedAt: string;
  text: string;
}

export async function countReports(graph: GraphConnection): Promise<number> {
  const { records } = await graph.driver.executeQuery('MATCH (r:Report) RETURN count(r) AS n', {}, { database: graph.database });
  return (records[0]?.get('n') as number | undefined) ?? 0;
}

/** Reports newest first, keyset-paged by id after `afterId`. */
export async function readReports(graph: GraphConnection, first: number, afterId: string | null): Promise<StoredReport[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (r:Report) WHERE $afterId IS NULL OR r.id > $afterId
     RETURN r {.*} AS report ORDER BY r.id LIMIT $first`,
    { first: neo4j.int(first), afterId: afterId ?? null },
    { database: graph.database },
  );
  return records.map((record) => record.get('report') as StoredReport);
}
