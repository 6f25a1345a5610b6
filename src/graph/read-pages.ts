/**
 * The top-level lists of the API, keyset-paged: each returns up to `limit` rows after the cursor
 * `after` (the sort key and id of the last row seen) in a stable order, so pages never skip or
 * repeat when the graph grows. Counts are separate functions, run only when a client asks.
 */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.js';
import { EVENT_DATE_KEY, eventFilterCypher, type EventFilter } from './read-event-filter.js';
import { projectNode } from './read-nodes.js';
import { runRead, type ReadRow } from './read-query.js';

/** The position after which a page starts: the last row's sort key ('' when sorted by id) and id. */
export interface Keyset {
  key: string;
  id: string;
}

export interface PageRow {
  node: ReadRow;
  key: string;
}

const NAME_HITS = (index: string) => `
CALL () {
  CALL db.index.fulltext.queryNodes('${index}_ar', $search) YIELD node RETURN node
  UNION
  CALL db.index.fulltext.queryNodes('${index}_en', $search) YIELD node RETURN node
}`;

/** Rows ordered by id after `after`; `source` binds `n` and `where` filters it. */
async function pageById(
  graph: GraphConnection,
  op: string,
  source: string,
  where: string,
  projection: string,
  parameters: Record<string, unknown>,
  limit: number,
  after: Keyset | null,
): Promise<PageRow[]> {
  const rows = await runRead(
    graph,
    op,
    `${source}
WITH DISTINCT n WHERE (${where}) AND ($afterId IS NULL OR n.id > $afterId)
RETURN ${projection} AS node, '' AS key ORDER BY n.id LIMIT $limit`,
    { ...parameters, afterId: after?.id ?? null, limit: neo4j.int(limit) },
  );
  return rows as unknown as PageRow[];
}

async function countOf(graph: GraphConnection, op: string, source: string, where: string, parameters: Record<string, unknown>): Promise<number> {
  const rows = await runRead(graph, op, `${source}\nWITH DISTINCT n WHERE ${where} RETURN count(n) AS total`, parameters);
  return Number(rows[0]?.total ?? 0);
}

export interface ActorQuery {
  search: string | null;
  types: string[] | null;
}

function actorSource(query: ActorQuery): { source: string; where: string; parameters: Record<string, unknown> } {
  return {
    source: query.search === null ? 'MATCH (n:Actor)' : `${NAME_HITS('actor_names')}\nWITH node AS n`,
    where: '$types IS NULL OR n.type IN $types',
    parameters: { search: query.search, types: query.types },
  };
}

export async function readActorPage(graph: GraphConnection, query: ActorQuery, limit: number, after: Keyset | null): Promise<PageRow[]> {
  const { source, where, parameters } = actorSource(query);
  return pageById(graph, 'readActorPage', source, where, projectNode('Actor', 'n'), parameters, limit, after);
}

export async function countActors(graph: GraphConnection, query: ActorQuery): Promise<number> {
  const { source, where, parameters } = actorSource(query);
  return countOf(graph, 'countActors', source, where, parameters);
}

export interface LocationQuery {
  search: string | null;
  types: string[] | null;
  near: { lat: number; lon: number; km: number } | null;
  within: { south: number; west: number; north: number; east: number } | null;
}

function locationSource(query: LocationQuery): { source: string; where: string; parameters: Record<string, unknown> } {
  return {
    source: query.search === null ? 'MATCH (n:Location)' : `${NAME_HITS('location_names')}\nWITH node AS n`,
    where: `($types IS NULL OR n.type IN $types)
  AND ($near IS NULL OR point.distance(n.point, point({latitude: $near.lat, longitude: $near.lon})) <= $near.km * 1000.0)
  AND ($within IS NULL OR point.withinBBox(n.point, point({latitude: $within.south, longitude: $within.west}),
    point({latitude: $within.north, longitude: $within.east})))`,
    parameters: { search: query.search, types: query.types, near: query.near, within: query.within },
  };
}

export async function readLocationPage(graph: GraphConnection, query: LocationQuery, limit: number, after: Keyset | null): Promise<PageRow[]> {
  const { source, where, parameters } = locationSource(query);
  return pageById(graph, 'readLocationPage', source, where, projectNode('Location', 'n'), parameters, limit, after);
}

export async function countLocations(graph: GraphConnection, query: LocationQuery): Promise<number> {
  const { source, where, parameters } = locationSource(query);
  return countOf(graph, 'countLocations', source, where, parameters);
}

export type EventOrder = 'DATE_ASC' | 'DATE_DESC';

/** Events by date (then id) in `order`, after the keyset `after`. */
export async function readEventPage(
  graph: GraphConnection,
  filter: EventFilter | null,
  order: EventOrder,
  limit: number,
  after: Keyset | null,
): Promise<PageRow[]> {
  const { where, parameters } = eventFilterCypher(filter);
  const descending = order === 'DATE_DESC';
  const comparison = descending ? '<' : '>';
  const direction = descending ? 'DESC' : 'ASC';
  const rows = await runRead(
    graph,
    'readEventPage',
    `MATCH (e:Event) WHERE ${where}
WITH e, ${EVENT_DATE_KEY} AS key
WHERE $after IS NULL OR key ${comparison} $after.key OR (key = $after.key AND e.id ${comparison} $after.id)
RETURN e {.*} AS node, key ORDER BY key ${direction}, e.id ${direction} LIMIT $limit`,
    { ...parameters, after, limit: neo4j.int(limit) },
  );
  return rows as unknown as PageRow[];
}

export async function countEvents(graph: GraphConnection, filter: EventFilter | null): Promise<number> {
  const { where, parameters } = eventFilterCypher(filter);
  const rows = await runRead(graph, 'countEvents', `MATCH (e:Event) WHERE ${where} RETURN count(e) AS total`, parameters);
  return Number(rows[0]?.total ?? 0);
}

export interface ReportQuery {
  source: string | null;
}

export async function readReportPage(graph: GraphConnection, query: ReportQuery, limit: number, after: Keyset | null): Promise<PageRow[]> {
  return pageById(graph, 'readReportPage', 'MATCH (n:Report)', '$source IS NULL OR n.source = $source', 'n {.*}', { source: query.source }, limit, after);
}

export async function countReportsWhere(graph: GraphConnection, query: ReportQuery): Promise<number> {
  return countOf(graph, 'countReports', 'MATCH (n:Report)', '$source IS NULL OR n.source = $source', { source: query.source });
}

export interface ClaimQuery {
  aboutIds: string[] | null;
  claimantIds: string[] | null;
  statuses: string[] | null;
  reportIds: string[] | null;
}

const CLAIM_WHERE = `($statuses IS NULL OR n.status IN $statuses)
  AND ($reportIds IS NULL OR n.reportId IN $reportIds)
  AND ($aboutIds IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(about) WHERE about.id IN $aboutIds })
  AND ($claimantIds IS NULL OR EXISTS { MATCH (n)-[:CLAIMED_BY]->(claimant) WHERE claimant.id IN $claimantIds })`;

export async function readClaimPage(graph: GraphConnection, query: ClaimQuery, limit: number, after: Keyset | null): Promise<PageRow[]> {
  return pageById(graph, 'readClaimPage', 'MATCH (n:Claim)', CLAIM_WHERE, 'n {.*}', { ...query }, limit, after);
}

export async function countClaims(graph: GraphConnection, query: ClaimQuery): Promise<number> {
  return countOf(graph, 'countClaims', 'MATCH (n:Claim)', CLAIM_WHERE, { ...query });
}
