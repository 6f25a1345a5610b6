/**
 * How actors connect: their relations (the analyst relations derived from events, and the
 * affiliations reports and the lexicon state), their neighbourhoods and the shortest chain
 * between two actors. Relationship types come from the closed lists of the model and are placed
 * in the text only after that check (see relationship-types.ts); every value is a parameter.
 */
import neo4j from 'neo4j-driver';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { DERIVED_RELATION_TYPES } from './derived-relations.js';
import type { GraphConnection } from './driver.js';
import { anyNode } from './read-fields.js';
import { runRead, type ReadRow } from './read-query.js';

/** Every relationship type that joins two actors (or an actor and a place) in the model. */
export const ACTOR_RELATION_TYPES = [...DERIVED_RELATION_TYPES, ...RELATION_TYPES] as const;
export type ActorRelationType = (typeof ACTOR_RELATION_TYPES)[number];
export const AFFILIATION_TYPES: readonly string[] = RELATION_TYPES;
export type RelationDirection = 'OUT' | 'IN' | 'BOTH';

/** Relationship-pattern text for the closed list of types (checked, so nothing else reaches Cypher). */
const TYPE_ALTERNATION = ACTOR_RELATION_TYPES.map((type) => {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`not a relationship type: ${type}`);
  return type;
}).join('|');

const RELATION_FIELDS = (anchor: string) => `type(r) AS type,
  CASE WHEN type(r) = 'CLASHED_WITH' THEN 'BOTH' WHEN startNode(r) = ${anchor} THEN 'OUT' ELSE 'IN' END AS direction,
  r.count AS count, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, coalesce(r.eventIds, []) AS eventIds,
  coalesce(r.provenance, ['event']) AS provenance,
  COLLECT {
    UNWIND coalesce(r.evidence, []) AS span
    WITH split(span, '#')[0] AS reportId, split(split(span, '#')[1], '-') AS bounds
    MATCH (report:Report {id: reportId})
    WITH reportId, toInteger(bounds[0]) AS start, toInteger(bounds[1]) AS end, report
    RETURN {reportId: reportId, start: start, end: end, text: substring(report.text, start, end - start)}
  } AS evidence`;

/** Relations of each actor: rows {type, direction, other, count, firstSeen, lastSeen, eventIds, provenance, evidence}. */
export async function readActorRelations(
  graph: GraphConnection,
  ids: readonly string[],
  types: readonly string[] | null,
  direction: RelationDirection,
): Promise<Map<string, ReadRow[]>> {
  const grouped = new Map<string, ReadRow[]>();
  if (ids.length === 0) return grouped;
  const rows = await runRead(
    graph,
    'readActorRelations',
    `UNWIND $ids AS parentId MATCH (a:Actor {id: parentId})-[r:${TYPE_ALTERNATION}]-(other)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'BOTH' OR type(r) = 'CLASHED_WITH' OR ($direction = 'OUT') = (startNode(r) = a))
RETURN parentId, ${anyNode('other')} AS other, ${RELATION_FIELDS('a')}
ORDER BY parentId, type, other.id`,
    { ids, types, direction },
  );
  for (const row of rows) {
    const key = String(row.parentId);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return grouped;
}

export const MAX_NEIGHBOR_DEPTH = 3;
export const MAX_PATH_HOPS = 6;

/** Actors within `depth` relations of each actor, nearest first: rows {node, distance}. */
export async function readActorNeighbors(graph: GraphConnection, ids: readonly string[], depth: number, limit: number): Promise<Map<string, ReadRow[]>> {
  const grouped = new Map<string, ReadRow[]>();
  if (ids.length === 0) return grouped;
  const hops = Math.max(1, Math.min(MAX_NEIGHBOR_DEPTH, Math.trunc(depth)));
  const rows = await runRead(
    graph,
    'readActorNeighbors',
    `UNWIND $ids AS parentId MATCH (a:Actor {id: parentId})
CALL (a) {
  MATCH path = (a)-[:${TYPE_ALTERNATION}*1..${hops}]-(n:Actor) WHERE n <> a
  WITH n, min(length(path)) AS distance RETURN n, distance ORDER BY distance, n.id LIMIT $limit
}
RETURN parentId, n {.*} AS node, distance`,
    { ids, limit: neo4j.int(limit) },
  );
  for (const row of rows) {
    const key = String(row.parentId);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return grouped;
}

export interface StoredPath {
  nodes: ReadRow[];
  links: ReadRow[];
}

/** The shortest chain of relations between two actors within `maxHops`, or null when there is none. */
export async function readShortestPath(graph: GraphConnection, fromId: string, toId: string, maxHops: number): Promise<StoredPath | null> {
  const hops = Math.max(1, Math.min(MAX_PATH_HOPS, Math.trunc(maxHops)));
  const rows = await runRead(
    graph,
    'readShortestPath',
    `MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId}) WHERE a <> b
MATCH path = shortestPath((a)-[:${TYPE_ALTERNATION}*..${hops}]-(b))
RETURN [n IN nodes(path) | ${anyNode('n')}] AS nodes,
  [r IN relationships(path) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, count: r.count,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, eventIds: coalesce(r.eventIds, []), provenance: coalesce(r.provenance, ['event'])}] AS links`,
    { fromId, toId },
  );
  const row = rows[0];
  return row === undefined ? null : { nodes: row.nodes as ReadRow[], links: row.links as ReadRow[] };
}
