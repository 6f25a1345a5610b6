/**
 * Keeps incidents right when what is inside what changes. Events at two places join when one
 * place lies inside the other (link-incidents.ts), and that containment is known only from
 * reports («قرية الأسدية بريف أبو راسين» → a LOCATED_IN edge). So a report that states it for the
 * first time can join incidents told long before it, and retracting the last report that stated
 * it can split them: without this, the graph would depend on the order reports arrived in.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { connectedGroups } from './connected-groups.js';
import { recountDerivedRelations } from './derived-relation-writes.js';
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
 * The events at the places an edge relates, as link-incidents reads them: the inner place and
 * what lies inside it, the container and what it lies in (the reach of the matching rule, four
 * steps, countries aside).
 */
const EVENTS_AROUND = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (place:Location) WHERE place.id IN [row.innerId, row.containerId]
WITH DISTINCT place
CALL (place) {
  RETURN place AS near
  UNION
  MATCH (place)<-[:LOCATED_IN*1..4]-(near:Location) RETURN near
  UNION
  MATCH (place)-[:LOCATED_IN*1..4]->(near:Location) WHERE near.type <> 'country' RETURN near
}
WITH DISTINCT near
MATCH (near)<-[:OCCURRED_AT]-(:Event)-[:DESCRIBES]->(incident:Incident)
RETURN DISTINCT incident.id AS id`;

async function incidentsAround(tx: ManagedTransaction, edges: Containment[]): Promise<string[]> {
  const result = await tx.run(EVENTS_AROUND, { rows: edges });
  return result.records.map((record) => record.get('id') as string);
}

/**
 * After new LOCATED_IN edges were written: joins the incidents whose events now match across them
 * (the smallest incident id survives, as in any merge) and recounts the derived relations of the
 * merged incidents. Events written in the same transaction were matched already; this finds the
 * pairs among older events that no write before could see.
 */
export async function joinAcrossNewContainments(tx: ManagedTransaction, edges: Containment[]): Promise<void> {
  if (edges.length === 0) return;
  const members = await readIncidentMembers(tx, await incidentsAround(tx, edges));
  const links = members.flatMap((member) => (member.link ? [member.link] : []));
  const incidentOf = new Map(members.map((member) => [member.id, member.incidentId]));
  const pairs: Array<readonly [string, string]> = [];
  for (const match of await findIncidentMatches(tx, links)) {
    const own = incidentOf.get(match.eventId);
    if (own !== undefined && match.incidentId !== null && match.incidentId !== own) pairs.push([own, match.incidentId]);
  }
  const merges = connectedGroups([], pairs).filter((group) => group.length > 1);
  if (merges.length === 0) return;
  // Groups come out sorted: the first id is the smallest, the one that survives.
  await writeIncidentGroups(
    tx,
    merges.map((group) => ({ incidentId: group[0] as string, newEventIds: [], oldIncidentIds: group })),
  );
  const merged = await readIncidentMembers(tx, merges.map((group) => group[0] as string));
  await recountDerivedRelations(tx, merged.flatMap((member: StoredEvent) => derivedKeysOf(member)));
}

/**
 * After LOCATED_IN edges were deleted (their last supporting report retracted): splits the
 * incidents around them into the groups their events still form, and recounts the derived
 * relations of every incident touched. Returns the ids of the incidents touched.
 */
export async function splitAcrossRemovedContainments(tx: ManagedTransaction, edges: Containment[]): Promise<string[]> {
  if (edges.length === 0) return [];
  const incidentIds = await incidentsAround(tx, edges);
  if (incidentIds.length === 0) return [];
  const members = await readIncidentMembers(tx, incidentIds);
  const touched = await regroupIncidents(tx, incidentIds, members);
  await recountDerivedRelations(tx, members.flatMap((member) => derivedKeysOf(member)));
  return touched;
}
