/**
 * Keeps the derived analyst relations (ATTACKED, SEIZED… see derived-relations.ts) in step with
 * events. Each relationship carries `count` (distinct incidents it stands on — one attack told by
 * three reports counts once), `eventIds` (every event, of every report, that supports it),
 * `firstSeen` and `lastSeen` (earliest and latest day among them: an event's own date, else its
 * report's publication date).
 *
 * Ingestion adds to them incrementally, so its cost does not grow with how often a pair was seen
 * before; a retraction, or new events that merge incidents, recount the affected relationships
 * from their `eventIds` instead.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { DERIVED_RELATION_TYPES, derivedKeyString, type DerivedKey } from './derived-relations.js';
import type { EventRow } from './extraction-rows.js';
import type { IncidentGroup } from './link-incidents.js';
import { entityById, relationshipOfRowType } from './relationship-types.js';
import { PLANNED_ONCE } from './planned-once.js';

export interface DerivedIncrement {
  type: string;
  subjectId: string;
  objectId: string;
  objectLabel: 'Actor' | 'Location';
  eventIds: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Incident groups of this write that support the relation... */
  groups: number;
  /** ...and the older incidents among them, which may already be counted. */
  oldIncidentIds: string[];
}

/**
 * What this write adds to each derived relationship. Groups that merge older incidents are not
 * counted here: their relationships are recounted afterwards (`recountIncidentIds`).
 */
export function planDerivedIncrements(
  groups: IncidentGroup[],
  eventsById: Map<string, EventRow>,
): { increments: DerivedIncrement[]; recountIncidentIds: string[] } {
  const increments = new Map<string, DerivedIncrement>();
  const recountIncidentIds: string[] = [];
  for (const group of groups) {
    const merges = group.oldIncidentIds.length > 1;
    if (merges) recountIncidentIds.push(group.incidentId);
    const inGroup = new Set<string>();
    for (const eventId of group.newEventIds) {
      const event = eventsById.get(eventId);
      if (event === undefined) continue;
      for (const key of event.keys) {
        const name = derivedKeyString(key);
        let increment = increments.get(name);
        if (increment === undefined) {
          increment = { ...key, eventIds: [], firstSeen: null, lastSeen: null, groups: 0, oldIncidentIds: [] };
          increments.set(name, increment);
        }
        increment.eventIds.push(event.id);
        if (event.seen !== null) {
          if (increment.firstSeen === null || event.seen < increment.firstSeen) increment.firstSeen = event.seen;
          if (increment.lastSeen === null || event.seen > increment.lastSeen) increment.lastSeen = event.seen;
        }
        if (!merges && !inGroup.has(name)) {
          inGroup.add(name);
          increment.groups += 1;
          increment.oldIncidentIds.push(...group.oldIncidentIds);
        }
      }
    }
  }
  return { increments: [...increments.values()], recountIncidentIds };
}

/**
 * Adds a write's events to the derived relationships. `alreadyCounted`: older incidents of the
 * groups that some event already on the relationship belongs to — joining them adds events, not count.
 */
const INCREMENT = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (subject:Actor {id: row.subjectId})
${entityById('objectId', 'object')}
${relationshipOfRowType(DERIVED_RELATION_TYPES, 'MERGE', 'subject', 'object')}
WITH relation, row, coalesce(relation.eventIds, []) AS known
WITH relation, row, known, size([incidentId IN row.oldIncidentIds WHERE EXISTS {
  MATCH (:Incident {id: incidentId})<-[:DESCRIBES]-(member:Event) WHERE member.id IN known }]) AS alreadyCounted
SET relation.count = coalesce(relation.count, 0) + row.groups - alreadyCounted,
  relation.eventIds = known + row.eventIds,
  relation.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (relation.firstSeen IS NULL OR row.firstSeen < relation.firstSeen)
    THEN row.firstSeen ELSE relation.firstSeen END,
  relation.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (relation.lastSeen IS NULL OR row.lastSeen > relation.lastSeen)
    THEN row.lastSeen ELSE relation.lastSeen END`;

/** Recounts relationships from the events still on them; deletes those left with none. */
const RECOUNT = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (subject:Actor {id: row.subjectId})
${entityById('objectId', 'object')}
${relationshipOfRowType(DERIVED_RELATION_TYPES, 'MATCH', 'subject', 'object')}
CALL (relation) {
  UNWIND relation.eventIds AS eventId
  MATCH (event:Event {id: eventId})-[:DESCRIBES]->(incident:Incident)
  RETURN count(DISTINCT incident) AS count, collect(event.id) AS eventIds,
    min(coalesce(event.date, event.reportedAt)) AS firstSeen, max(coalesce(event.date, event.reportedAt)) AS lastSeen
}
FOREACH (_ IN CASE WHEN count > 0 THEN [1] ELSE [] END |
  SET relation.count = count, relation.eventIds = eventIds, relation.firstSeen = firstSeen, relation.lastSeen = lastSeen)
FOREACH (_ IN CASE WHEN count = 0 THEN [1] ELSE [] END | DELETE relation)`;

export async function incrementDerivedRelations(tx: ManagedTransaction, increments: DerivedIncrement[]): Promise<void> {
  if (increments.length > 0) await tx.run(INCREMENT, { rows: increments });
}

export async function recountDerivedRelations(tx: ManagedTransaction, keys: DerivedKey[]): Promise<void> {
  const unique = [...new Map(keys.map((key) => [derivedKeyString(key), key])).values()];
  if (unique.length > 0) await tx.run(RECOUNT, { rows: unique });
}
