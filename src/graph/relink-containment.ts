/**
 * Keeps incidents right when what is inside what changes. Events at two places join when one
 * place lies inside the other (link-incidents.ts), and that containment is known only from
 * reports («قرية الأسدية بريف أبو راسين» → a LOCATED_IN edge). So a report that states it for the
 * first time can join incidents told long before it, and retracting the last report that stated
 * it can split them: without this, the graph would depend on the order reports arrived in.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { connectedGroups } from './connected-groups.js';
import { derivedKeysByIncident, incrementDerivedRelations, planDerivedIncrements, recountDerivedRelations } from './derived-relation-writes.js';
import { derivedKeysOf } from './derived-relations.js';
import { findIncidentMatches, readIncidentMembers, regroupIncidents, writeIncidentGroups, type StoredEvent } from './link-incidents.js';
import { PLANNED_ONCE } from './planned-once.js';

/** A LOCATED_IN edge by its two places' ids. */
export interface Containment {
  innerId: string;
  containerId: string;
}

/** Which of these LOCATED_IN edges the graph has already: run before a write adds the rest. */
const EXISTING_CONTAINMENTS = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (:Location {id: row.innerId})-[:LOCATED_IN]->(:Location {id: row.containerId})
RETURN row.innerId AS innerId, row.containerId AS containerId`;

/** The edges of `candidates` that the graph does not hold yet. */
export async function newContainments(tx: ManagedTransaction, candidates: Containment[]): Promise<Containment[]> {
  if (candidates.length === 0) return [];
  const existing = await tx.run(EXISTING_CONTAINMENTS, { rows: candidates });
  const known = new Set(existing.records.map((record) => `${record.get('innerId') as string} ${record.get('containerId') as string}`));
  return candidates.filter((edge) => !known.has(`${edge.innerId} ${edge.containerId}`));
}

/**
 * The events at an edge's inner place and at the places inside it (the reach of the matching rule,
 * four steps). Every pair the edge joins or parts has one event here and the other at the container
 * or beyond — so searching from these events finds them all without reading the container's side,
 * which for a governorate holds thousands of events.
 */
const EVENTS_INSIDE = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (inner:Location {id: row.innerId})
CALL (inner) {
  RETURN inner AS near
  UNION
  MATCH (inner)<-[:LOCATED_IN*1..4]-(near:Location) RETURN near
}
WITH DISTINCT near
MATCH (near)<-[:OCCURRED_AT]-(event:Event)-[:DESCRIBES]->(incident:Incident)
WHERE NOT event.reportId IN $excludedReportIds
RETURN DISTINCT event.id AS id, incident.id AS incidentId`;

/** The events {@link EVENTS_INSIDE} finds, as stored, but those of `excludedReportIds`: none when there are none (one round trip). */
async function eventsInside(tx: ManagedTransaction, edges: Containment[], excludedReportIds: string[] = []): Promise<StoredEvent[]> {
  const result = await tx.run(EVENTS_INSIDE, { rows: edges, excludedReportIds });
  if (result.records.length === 0) return [];
  const ids = new Set(result.records.map((record) => record.get('id') as string));
  const incidentIds = [...new Set(result.records.map((record) => record.get('incidentId') as string))];
  return (await readIncidentMembers(tx, incidentIds)).filter((event) => ids.has(event.id));
}

/**
 * After new LOCATED_IN edges were written: joins the incidents whose events now match across them
 * (the smallest incident id survives, as in any merge) and counts each merged incident once on the
 * derived relations (see planDerivedIncrements). The events of `writtenReportIds` — the reports
 * written in the same transaction, after the edges — were matched already (their search saw the
 * new edges), so the search starts only from older events: the pairs no write before could see.
 * Usually a new edge brings a new place, with no older event inside it, and this ends there.
 */
export async function joinAcrossNewContainments(tx: ManagedTransaction, edges: Containment[], writtenReportIds: string[] = []): Promise<void> {
  if (edges.length === 0) return;
  const inside = await eventsInside(tx, edges, writtenReportIds);
  const links = inside.flatMap((event) => (event.link ? [event.link] : []));
  const incidentOf = new Map(inside.map((event) => [event.id, event.incidentId]));
  const pairs: Array<readonly [string, string]> = [];
  for (const match of await findIncidentMatches(tx, links)) {
    const own = incidentOf.get(match.eventId);
    if (own !== undefined && match.incidentId !== null && match.incidentId !== own) pairs.push([own, match.incidentId]);
  }
  const merges = connectedGroups([], pairs).filter((group) => group.length > 1);
  if (merges.length === 0) return;
  // Groups come out sorted: the first id is the smallest, the one that survives.
  const groups = merges.map((group) => ({ incidentId: group[0] as string, newEventIds: [], oldIncidentIds: group }));
  const [members] = await Promise.all([readIncidentMembers(tx, merges.flat()), writeIncidentGroups(tx, groups)]);
  await incrementDerivedRelations(tx, planDerivedIncrements(groups, new Map(), derivedKeysByIncident(members)));
}

/**
 * After LOCATED_IN edges were deleted (their last supporting report retracted): splits the
 * incidents around them into the groups their events still form, and recounts the derived
 * relations of every incident touched. Returns the ids of the incidents touched.
 */
export async function splitAcrossRemovedContainments(tx: ManagedTransaction, edges: Containment[]): Promise<string[]> {
  if (edges.length === 0) return [];
  const incidentIds = [...new Set((await eventsInside(tx, edges)).map((event) => event.incidentId))];
  if (incidentIds.length === 0) return [];
  const members = await readIncidentMembers(tx, incidentIds);
  const touched = await regroupIncidents(tx, incidentIds, members);
  await recountDerivedRelations(tx, members.flatMap((member) => derivedKeysOf(member)));
  return touched;
}
