/**
 * The relational fields of the API, one statement per field level: each function takes the ids
 * of every parent the GraphQL request reached at that level and returns their children grouped
 * by parent id (parents without children are absent). Lists inside a parent are capped by
 * `limit`, in a stable order.
 */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.js';
import { EVENT_DATE_KEY, eventFilterCypher, type EventFilter } from './read-event-filter.js';
import { runRead, type ReadRow } from './read-query.js';

/** Any node as plain properties: places get `lat`/`lon` in place of the driver's Point. */
export const anyNode = (variable: string) =>
  `CASE WHEN ${variable}:Location THEN ${variable} {.*, point: null, lat: ${variable}.point.latitude, lon: ${variable}.point.longitude} ELSE ${variable} {.*} END`;

/** Binds `variable` to the node with id `idVariable` among `labels`, through their id indexes. */
export const nodeById = (labels: readonly string[], idVariable: string, variable: string) =>
  `CALL (${idVariable}) {\n  ${labels.map((label) => `MATCH (${variable}:${label} {id: ${idVariable}}) RETURN ${variable}`).join('\n  UNION\n  ')}\n}`;

async function readPerParent(graph: GraphConnection, op: string, query: string, parameters: Record<string, unknown>): Promise<Map<string, ReadRow[]>> {
  const grouped = new Map<string, ReadRow[]>();
  if ((parameters.ids as unknown[]).length === 0) return grouped;
  for (const row of await runRead(graph, op, query, parameters)) {
    const parentId = String(row.parentId);
    const group = grouped.get(parentId);
    if (group) group.push(row);
    else grouped.set(parentId, [row]);
  }
  return grouped;
}

const int = (value: number) => neo4j.int(value);

/** Actors taking part in events: rows {node, role}. */
export function readEventParticipants(graph: GraphConnection, ids: readonly string[], role: string | null) {
  return readPerParent(
    graph,
    'readEventParticipants',
    `UNWIND $ids AS parentId MATCH (a:Actor)-[p:PARTICIPATED_IN]->(:Event {id: parentId})
WHERE $role IS NULL OR p.role = $role
RETURN parentId, a {.*} AS node, p.role AS role ORDER BY parentId, p.role, a.id`,
    { ids, role },
  );
}

export function readEventLocations(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readEventLocations',
    `UNWIND $ids AS parentId MATCH (:Event {id: parentId})-[:OCCURRED_AT]->(l:Location)
RETURN parentId, ${anyNode('l')} AS node ORDER BY parentId, l.id`,
    { ids },
  );
}

/**
 * Every span of a report that states the event (or the claim): rows {reportId, start, end, text},
 * the text cut from the stored report, so it is exactly what the report says.
 */
export function readEvidence(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readEvidence',
    `UNWIND $ids AS parentId ${nodeById(['Event', 'Claim'], 'parentId', 'item')}
MATCH (item)-[r:REPORTED_IN]->(report:Report)
WITH parentId, report, CASE WHEN size(coalesce(r.mentionStarts, [])) = 0 THEN [[r.start, r.end]]
  ELSE [i IN range(0, size(r.mentionStarts) - 1) | [r.mentionStarts[i], r.mentionEnds[i]]] END AS spans
UNWIND spans AS span
RETURN parentId, report.id AS reportId, span[0] AS start, span[1] AS end, substring(report.text, span[0], span[1] - span[0]) AS text
ORDER BY parentId, start`,
    { ids },
  );
}

export function readEventIncidents(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readEventIncidents',
    `UNWIND $ids AS parentId MATCH (:Event {id: parentId})-[:DESCRIBES]->(i:Incident) RETURN parentId, i {.*} AS node`,
    { ids },
  );
}

/** The other events (other reports' accounts) of each event's incident. */
export function readSameIncident(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readSameIncident',
    `UNWIND $ids AS parentId MATCH (e:Event {id: parentId})-[:DESCRIBES]->(:Incident)<-[:DESCRIBES]-(other:Event)
WHERE other <> e RETURN parentId, other {.*} AS node ORDER BY parentId, other.id`,
    { ids },
  );
}

export function readIncidentEvents(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readIncidentEvents',
    `UNWIND $ids AS parentId MATCH (:Incident {id: parentId})<-[:DESCRIBES]-(e:Event) RETURN parentId, e {.*} AS node ORDER BY parentId, e.id`,
    { ids },
  );
}

/** Claims about events, actors or places. */
export function readClaimsAbout(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readClaimsAbout',
    `UNWIND $ids AS parentId ${nodeById(['Event', 'Actor', 'Location'], 'parentId', 'about')}
MATCH (c:Claim)-[:ABOUT]->(about) RETURN parentId, c {.*} AS node ORDER BY parentId, c.id`,
    { ids },
  );
}

/** A page of the claims about each actor, by id after the same cursor for every parent: rows {parentId, node, key}. */
export function readClaimsAboutPage(graph: GraphConnection, ids: readonly string[], limit: number, after: { id: string } | null) {
  return readPerParent(
    graph,
    'readClaimsAboutPage',
    `UNWIND $ids AS parentId MATCH (about:Actor {id: parentId})
CALL (about) {
  MATCH (c:Claim)-[:ABOUT]->(about) WHERE $afterId IS NULL OR c.id > $afterId
  RETURN c ORDER BY c.id LIMIT $limit
}
RETURN parentId, c {.*} AS node, '' AS key`,
    { ids, afterId: after?.id ?? null, limit: int(limit) },
  );
}

export function countClaimsAbout(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'countClaimsAbout',
    'UNWIND $ids AS parentId MATCH (about:Actor {id: parentId}) RETURN parentId, COUNT { (:Claim)-[:ABOUT]->(about) } AS total',
    { ids },
  );
}

/** Whom events are attributed to and who made claims: rows {node (Actor or Source), text, role}. */
export function readSources(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readSources',
    `UNWIND $ids AS parentId ${nodeById(['Event', 'Claim'], 'parentId', 'item')}
MATCH (item)-[r:ATTRIBUTED_TO|CLAIMED_BY]->(source)
RETURN parentId, source {.*} AS node, r.text AS text, r.role AS role ORDER BY parentId, source.id`,
    { ids },
  );
}

export function readClaimAbout(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readClaimAbout',
    `UNWIND $ids AS parentId MATCH (:Claim {id: parentId})-[:ABOUT]->(about) RETURN parentId, ${anyNode('about')} AS node ORDER BY parentId, about.id`,
    { ids },
  );
}

/** Where each parent's events come from: the parent bound as `p`, each event as `e`. */
const EVENT_SOURCES = {
  actor: {
    parent: 'MATCH (p:Actor {id: parentId})',
    events: 'MATCH (p)-[r:PARTICIPATED_IN]->(e:Event) WHERE ($role IS NULL OR r.role = $role)',
  },
  place: {
    parent: 'MATCH (p:Location {id: parentId})',
    events: `MATCH (e:Event)-[:OCCURRED_AT]->(at:Location)
  WHERE (at = p OR ($contained AND EXISTS { MATCH (at)-[:LOCATED_IN*1..4]->(p) }))`,
  },
} as const;

/** Which events of a parent: an actor's (in `role`, or any), or a place's (and, with `contained`, of the places inside it). */
export interface ParentEvents {
  of: keyof typeof EVENT_SOURCES;
  role?: string | null;
  contained?: boolean;
  filter: EventFilter | null;
}

/**
 * A page of each parent's events, keyset-paged by date (else report date) then id, after the
 * same cursor for every parent: rows {parentId, node, key}. Read `limit` = first + 1 to know
 * whether a next page exists.
 */
export function readParentEventPages(
  graph: GraphConnection,
  ids: readonly string[],
  which: ParentEvents,
  limit: number,
  after: { key: string; id: string } | null,
  descending = false,
) {
  const { where, parameters } = eventFilterCypher(which.filter);
  const source = EVENT_SOURCES[which.of];
  const [comparison, direction] = descending ? ['<', 'DESC'] : ['>', 'ASC'];
  return readPerParent(
    graph,
    `read${which.of === 'actor' ? 'Actor' : 'Location'}Events`,
    `UNWIND $ids AS parentId ${source.parent}
CALL (p) {
  ${source.events} AND ${where}
  WITH DISTINCT e WITH e, ${EVENT_DATE_KEY} AS key
  WHERE $after IS NULL OR key ${comparison} $after.key OR (key = $after.key AND e.id ${comparison} $after.id)
  RETURN e, key ORDER BY key ${direction}, e.id ${direction} LIMIT $limit
}
RETURN parentId, e {.*} AS node, key`,
    { ids, role: which.role ?? null, contained: which.contained ?? false, after, limit: int(limit), ...parameters },
  );
}

/** How many events each parent has (rows {parentId, total}), for totalCount. */
export function countParentEvents(graph: GraphConnection, ids: readonly string[], which: ParentEvents) {
  const { where, parameters } = eventFilterCypher(which.filter);
  const source = EVENT_SOURCES[which.of];
  return readPerParent(
    graph,
    `count${which.of === 'actor' ? 'Actor' : 'Location'}Events`,
    `UNWIND $ids AS parentId ${source.parent}
CALL (p) {
  ${source.events} AND ${where}
  RETURN count(DISTINCT e) AS total
}
RETURN parentId, total`,
    { ids, role: which.role ?? null, contained: which.contained ?? false, ...parameters },
  );
}

/** Places a place lies in (`up`) or that lie in it (down), direct LOCATED_IN only. */
export function readContainment(graph: GraphConnection, ids: readonly string[], up: boolean) {
  const pattern = up ? '(:Location {id: parentId})-[:LOCATED_IN]->(other:Location)' : '(other:Location)-[:LOCATED_IN]->(:Location {id: parentId})';
  return readPerParent(
    graph,
    up ? 'readLocationWithin' : 'readLocationContains',
    `UNWIND $ids AS parentId MATCH ${pattern} RETURN parentId, ${anyNode('other')} AS node ORDER BY parentId, other.id`,
    { ids },
  );
}

export function readReportEvents(graph: GraphConnection, ids: readonly string[], limit: number) {
  return readPerParent(
    graph,
    'readReportEvents',
    `UNWIND $ids AS parentId CALL (parentId) {
  MATCH (e:Event)-[:REPORTED_IN]->(:Report {id: parentId}) RETURN e ORDER BY e.id LIMIT $limit
} RETURN parentId, e {.*} AS node`,
    { ids, limit: int(limit) },
  );
}

export function readReportClaims(graph: GraphConnection, ids: readonly string[], limit: number) {
  return readPerParent(
    graph,
    'readReportClaims',
    `UNWIND $ids AS parentId CALL (parentId) {
  MATCH (c:Claim)-[:REPORTED_IN]->(:Report {id: parentId}) RETURN c ORDER BY c.id LIMIT $limit
} RETURN parentId, c {.*} AS node`,
    { ids, limit: int(limit) },
  );
}

/** Actors and places a report names: rows {node, spans: [[start, end]…], aliases}. */
export function readReportMentions(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readReportMentions',
    `UNWIND $ids AS parentId MATCH (:Report {id: parentId})-[m:MENTIONS]->(entity)
RETURN parentId, ${anyNode('entity')} AS node, m.starts AS starts, m.ends AS ends ORDER BY parentId, entity.id`,
    { ids },
  );
}

/** Reports that state an incident's events. */
export function readIncidentReports(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readIncidentReports',
    `UNWIND $ids AS parentId MATCH (:Incident {id: parentId})<-[:DESCRIBES]-(:Event)-[:REPORTED_IN]->(r:Report)
WITH DISTINCT parentId, r RETURN parentId, r {.*} AS node ORDER BY parentId, r.id`,
    { ids },
  );
}

/** Analysts' corrections of events or actors, oldest first (see correction-log.ts). */
export function readCorrections(graph: GraphConnection, ids: readonly string[]) {
  return readPerParent(
    graph,
    'readCorrections',
    `UNWIND $ids AS parentId MATCH (c:Correction {targetId: parentId})
RETURN parentId, c {.*} AS node ORDER BY parentId, c.at, c.id`,
    { ids },
  );
}
