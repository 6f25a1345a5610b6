/**
 * Search across actors, places, events and claims. Names go through the full-text indexes of
 * schema/neo4j/003 (Arabic and English analyzers, so «الفرقة الرابعة» and "fourth division" both
 * find the Fourth Division), user text escaped for Lucene first ({@link toLuceneQuery}); events and
 * claims through the words their reports state (the relationship index of schema/neo4j/006).
 */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.js';
import { anyNode } from './read-fields.js';
import { runRead } from './read-query.js';
import { toLuceneQuery } from './read-search-text.js';

export interface SearchRow {
  label: 'Actor' | 'Location' | 'Event' | 'Claim';
  node: Record<string, unknown>;
  score: number;
}

export async function readSearch(graph: GraphConnection, text: string, limit: number): Promise<SearchRow[]> {
  const lucene = toLuceneQuery(text);
  if (lucene === null) return [];
  const rows = await runRead(
    graph,
    'readSearch',
    `CALL () {
  CALL db.index.fulltext.queryNodes('actor_names_ar', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_names_en', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('location_names_ar', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('location_names_en', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryRelationships('statement_text_ar', $lucene, {limit: $limit}) YIELD relationship, score
  RETURN startNode(relationship) AS node, score
}
WITH node, max(score) AS score
RETURN head(labels(node)) AS label, ${anyNode('node')} AS node, score ORDER BY score DESC, node.id LIMIT $limit`,
    { lucene, limit: neo4j.int(limit) },
  );
  return rows as unknown as SearchRow[];
}
