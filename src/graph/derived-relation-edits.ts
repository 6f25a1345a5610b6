/**
 * Moves single events on and off the derived analyst relations (ATTACKED, SEIZED… see
 * derived-relations.ts) when an analyst's correction changes what an event says. Only `eventIds`
 * is edited here; `count`, `firstSeen` and `lastSeen` are then recounted from it
 * ({@link recountDerivedRelations}), which also deletes a relationship left without events.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { recountDerivedRelations } from './derived-relation-writes.js';
import { DERIVED_RELATION_TYPES, derivedKeyString, type DerivedKey } from './derived-relations.js';
import { PLANNED_ONCE } from './planned-once.js';
import { entityById, relationshipOfRowType } from './relationship-types.js';

/** A derived relationship and one event that now supports it, or no longer does. */
export interface DerivedEdit extends DerivedKey {
  eventId: string;
}

const ADD_EVENT = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (subject:Actor {id: row.subjectId})
${entityById('objectId', 'object')}
${relationshipOfRowType(DERIVED_RELATION_TYPES, 'MERGE', 'subject', 'object')}
WITH relation, row, coalesce(relation.eventIds, []) AS known
SET relation.eventIds = CASE WHEN row.eventId IN known THEN known ELSE known + row.eventId END`;

const REMOVE_EVENT = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (subject:Actor {id: row.subjectId})
${entityById('objectId', 'object')}
${relationshipOfRowType(DERIVED_RELATION_TYPES, 'MATCH', 'subject', 'object')}
SET relation.eventIds = [eventId IN relation.eventIds WHERE eventId <> row.eventId]`;

/**
 * Takes each event off the relationships it supported (`removed`) and puts it on those it
 * supports now (`added`), then recounts those and `alsoRecount` (relationships whose incidents changed).
 */
export async function editDerivedRelations(
  tx: ManagedTransaction,
  removed: DerivedEdit[],
  added: DerivedEdit[],
  alsoRecount: DerivedKey[] = [],
): Promise<void> {
  const addedNames = new Set(added.map((edit) => `${derivedKeyString(edit)}|${edit.eventId}`));
  // An edit that takes an event off a relationship it stays on is no edit.
  const reallyRemoved = removed.filter((edit) => !addedNames.has(`${derivedKeyString(edit)}|${edit.eventId}`));
  if (reallyRemoved.length > 0) await tx.run(REMOVE_EVENT, { rows: reallyRemoved });
  if (added.length > 0) await tx.run(ADD_EVENT, { rows: added });
  const keys = [...reallyRemoved, ...added, ...alsoRecount].map(({ type, subjectId, objectId, objectLabel }) => ({ type, subjectId, objectId, objectLabel }));
  await recountDerivedRelations(tx, keys);
}
