/**
 * After an analyst changed events in place (their type or their participants), puts them where
 * ingestion would have put them had the reports said so: each changed event leaves its incident
 * (which splits if the rest no longer hold together), joins the incidents it now matches, and the
 * derived relations move with it and are recounted wherever incidents changed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { derivedKeysOf } from './derived-relations.js';
import { editDerivedRelations, type DerivedEdit } from './derived-relation-edits.js';
import {
  findIncidentMatches, planIncidents, readIncidentMembers, regroupIncidents, writeIncidentGroups, type StoredEvent,
} from './link-incidents.js';
import { PLANNED_ONCE } from './planned-once.js';

const DETACH_FROM_INCIDENTS = `${PLANNED_ONCE}
MATCH (event:Event)-[describes:DESCRIBES]->(incident:Incident)
WHERE event.id IN $ids
DELETE describes
RETURN DISTINCT incident.id AS id`;

/**
 * `before`: the changed events as they were before the change ({@link readEventsAsStored}, read in
 * the same transaction); the change itself must already be written.
 */
export async function resettleEvents(tx: ManagedTransaction, before: StoredEvent[]): Promise<void> {
  if (before.length === 0) return;
  const ids = before.map((event) => event.id);
  const changedIds = new Set(ids);
  const current = await readEventsAsStored(tx, ids);
  const incidents = (await tx.run(DETACH_FROM_INCIDENTS, { ids })).records.map((record) => record.get('id') as string);
  // Every event still in those incidents, for the split; the changed ones are no longer among them.
  const remaining = await readIncidentMembers(tx, incidents);
  const split = await regroupIncidents(tx, incidents, remaining);

  const links = current.flatMap((event) => (event.link ? [event.link] : []));
  const groups = planIncidents(ids, await findIncidentMatches(tx, links));
  await writeIncidentGroups(tx, groups);

  const touched = [...new Set([...split, ...groups.flatMap((group) => [group.incidentId, ...group.oldIncidentIds])])];
  const members = (await readIncidentMembers(tx, touched)).filter((member) => !changedIds.has(member.id));
  const removed: DerivedEdit[] = before.flatMap((event) => derivedKeysOf(event).map((key) => ({ ...key, eventId: event.id })));
  const added: DerivedEdit[] = current.flatMap((event) => derivedKeysOf(event).map((key) => ({ ...key, eventId: event.id })));
  await editDerivedRelations(tx, removed, added, members.flatMap((member) => derivedKeysOf(member)));
}

const INCIDENT_OF = `${PLANNED_ONCE}
MATCH (event:Event)-[:DESCRIBES]->(incident:Incident)
WHERE event.id IN $ids
RETURN DISTINCT incident.id AS id`;

/** Events by id, as link-incidents reads them (with their link data), through their incidents. */
export async function readEventsAsStored(tx: ManagedTransaction, ids: string[]): Promise<StoredEvent[]> {
  const incidentIds = (await tx.run(INCIDENT_OF, { ids })).records.map((record) => record.get('id') as string);
  const wanted = new Set(ids);
  return (await readIncidentMembers(tx, incidentIds)).filter((event) => wanted.has(event.id));
}
