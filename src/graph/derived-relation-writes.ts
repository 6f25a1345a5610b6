/**
 * Keeps the derived analyst relations (ATTACKED, SEIZED… see derived-relations.ts) in step with
 * events. Each relationship carries `count` (distinct incidents it stands on — one attack told by
 * three reports counts once), `eventIds` (every event, of every report, that supports it),
 * `firstSeen` and `lastSeen` (earliest and latest day among them: an event's own date, else its
 * report's publication date).
 *
 * Ingestion adds to them incrementally, merges of incidents included, so its cost does not grow
 * with how often a pair was seen before; a retraction or a correction recounts the affected
 * relationships from their `eventIds` instead.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { DERIVED_RELATION_TYPES, derivedKeyString, derivedKeysOf, type DerivedKey } from './derived-relations.js';
import type { EventRow } from './extraction-rows.js';
import type { IncidentGroup, StoredEvent } from './link-incidents.js';
import { entityById, relationshipOfRowType } from './relationship-types.js';
import { PLANNED_ONCE } from './planned-once.js';
import { withoutNulls } from './statement-rows.js';

export interface DerivedIncrement {
  type: string;
  subjectId: string;
  objectId: string;
  objectLabel: 'Actor' | 'Location';
  eventIds: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /**
   * What this write adds to `count` (negative when it merges incidents that each counted): see
   * {@link planDerivedIncrements}.
   */
  count: number;
}

/**
 * What this write adds to each derived relationship. `olderKeys`: for each older incident a group
 * takes in, the keys its events supported before this write ({@link derivedKeysByIncident}).
 *
 * Merges are counted here too, without reading the relationships back: a group becomes one
 * incident, so a key it supports (through a new event or an older incident) counts once, less the
 * older incidents it absorbs that counted already — `1 − n` for a key n of them supported. A key
 * that only older incidents supported gets a row with no new events and that (zero or negative)
 * difference. So ingestion never recounts: a recount reads every event on the relationship, and
 * on a busy pair (one actor striking one place daily) that grew with the graph.
 */
export function planDerivedIncrements(
  groups: IncidentGroup[],
  eventsById: Map<string, EventRow>,
  olderKeys: Map<string, Map<string, DerivedKey>>,
): DerivedIncrement[] {
  const increments = new Map<string, DerivedIncrement>();
  const incrementOf = (name: string, key: DerivedKey): DerivedIncrement => {
    let increment = increments.get(name);
    if (increment === undefined) {
      increment = { type: key.type, subjectId: key.subjectId, objectId: key.objectId, objectLabel: key.objectLabel, eventIds: [], firstSeen: null, lastSeen: null, count: 0 };
      increments.set(name, increment);
    }
    return increment;
  };
  for (const group of groups) {
    // Every key the group supports, with how many of its older incidents counted it already.
    const supported = new Map<string, { key: DerivedKey; counted: number }>();
    for (const incidentId of group.oldIncidentIds) {
      for (const [name, key] of olderKeys.get(incidentId) ?? []) {
        const entry = supported.get(name);
        if (entry === undefined) supported.set(name, { key, counted: 1 });
        else entry.counted += 1;
      }
    }
    for (const eventId of group.newEventIds) {
      const event = eventsById.get(eventId);
      if (event === undefined) continue;
      for (const key of event.keys) {
        const name = derivedKeyString(key);
        const increment = incrementOf(name, key);
        increment.eventIds.push(event.id);
        if (event.seen !== null) {
          if (increment.firstSeen === null || event.seen < increment.firstSeen) increment.firstSeen = event.seen;
          if (increment.lastSeen === null || event.seen > increment.lastSeen) increment.lastSeen = event.seen;
        }
        if (!supported.has(name)) supported.set(name, { key, counted: 0 });
      }
    }
    for (const [name, { key, counted }] of supported) {
      if (counted !== 1) incrementOf(name, key).count += 1 - counted;
    }
  }
  return [...increments.values()].filter((increment) => increment.eventIds.length > 0 || increment.count !== 0);
}

/**
 * The keys each incident's events support, by incident id and {@link derivedKeyString}. Read
 * before new events join the incidents, it tells which relationships already count them: a
 * relationship's `eventIds` are exactly the events whose {@link derivedKeysOf} name it.
 */
export function derivedKeysByIncident(members: StoredEvent[]): Map<string, Map<string, DerivedKey>> {
  const keys = new Map<string, Map<string, DerivedKey>>();
  for (const member of members) {
    let incidentKeys = keys.get(member.incidentId);
    if (incidentKeys === undefined) {
      incidentKeys = new Map();
      keys.set(member.incidentId, incidentKeys);
    }
    for (const key of derivedKeysOf(member)) incidentKeys.set(derivedKeyString(key), key);
  }
  return keys;
}

/** Adds a write's events and incidents to the derived relationships (see {@link planDerivedIncrements}). */
const INCREMENT = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (subject:Actor {id: row.subjectId})
${entityById('objectId', 'object')}
${relationshipOfRowType(DERIVED_RELATION_TYPES, 'MERGE', 'subject', 'object')}
SET relation.count = coalesce(relation.count, 0) + row.count,
  relation.eventIds = coalesce(relation.eventIds, []) + row.eventIds,
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
  // The statement finds the object by id under either label: `objectLabel` need not travel.
  if (increments.length > 0) await tx.run(INCREMENT, { rows: increments.map(({ objectLabel: _label, ...row }) => withoutNulls(row)) });
}

export async function recountDerivedRelations(tx: ManagedTransaction, keys: DerivedKey[]): Promise<void> {
  const unique = [...new Map(keys.map((key) => [derivedKeyString(key), key])).values()];
  if (unique.length > 0) await tx.run(RECOUNT, { rows: unique });
}
