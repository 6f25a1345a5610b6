/**
 * An analyst's merge of duplicate actors («جيش الإسلام» found by a pattern and the lexicon's Jaysh
 * al-Islam): {@link mergeActors} moves every edge of the merged actors to the one kept — their
 * events, mentions, claims and credits, affiliations — keeps their names as aliases, re-settles
 * the events (incidents, derived relations: resettle-events.ts), deletes the merged nodes, and
 * leaves a `(:MergedActor {id})-[:MERGED_INTO]->(kept)` tombstone per merged id so that a later
 * report naming the old id lands on the kept actor (write-extraction.ts follows them).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { EventGraphError } from '../domain/errors.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { recordCorrection, type CorrectionAuthor, type CorrectionRecord } from './correction-log.js';
import { participationProps } from './correct-event.js';
import type { GraphConnection } from './driver.js';
import { PLANNED_ONCE } from './planned-once.js';
import { readEventsAsStored, resettleEvents } from './resettle-events.js';
import { runWrite } from './run-write.js';
import { UPSERT_AFFILIATIONS } from './write-statements.js';

export const MAX_MERGED_ACTORS = 20;

export interface MergeOutcome {
  actorId: string;
  mergedIds: string[];
  /** Events whose participants changed. */
  events: number;
  correction: CorrectionRecord;
}

const READ_ACTORS = `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (actor:Actor {id: id})
RETURN actor.id AS id, actor.name AS name, actor.nameAr AS nameAr,
  COLLECT { MATCH (actor)-[:PARTICIPATED_IN]->(event:Event) RETURN DISTINCT event.id } AS eventIds`;

/** Participations move one merged actor at a time, so that two merged actors in one role of an event become one participation. */
const MOVE_PARTICIPATIONS = `${PLANNED_ONCE}
MATCH (keep:Actor {id: $keepId})
MATCH (merged:Actor {id: $mergedId})-[old:PARTICIPATED_IN]->(event:Event)
CALL (keep, old, event) {
  WITH keep, old, event WHERE NOT EXISTS { (keep)-[:PARTICIPATED_IN {role: old.role}]->(event) }
  CREATE (keep)-[:PARTICIPATED_IN ${participationProps('keep', 'event', 'old.role')}]->(event)
}
DELETE old`;

/**
 * A report's mentions of the merged actor join its mentions of the kept one; they take the kept
 * actor's name and type, which is what a retraction settles names from (delete-report.ts).
 */
const MOVE_MENTIONS = `${PLANNED_ONCE}
MATCH (keep:Actor {id: $keepId})
MATCH (merged:Actor {id: $mergedId})<-[old:MENTIONS]-(report:Report)
OPTIONAL MATCH (report)-[existing:MENTIONS]->(keep)
CALL (report, keep, old, existing) {
  WITH report, keep, old, existing WHERE existing IS NULL
  CREATE (report)-[moved:MENTIONS]->(keep)
  SET moved = properties(old), moved.name = keep.name, moved.nameAr = keep.nameAr, moved.type = keep.type
}
CALL (old, existing) {
  WITH old, existing WHERE existing IS NOT NULL
  SET existing.starts = existing.starts + old.starts, existing.ends = existing.ends + old.ends,
    existing.aliases = COLLECT { UNWIND existing.aliases + old.aliases AS alias RETURN DISTINCT alias ORDER BY alias }
}
DELETE old`;

/** Claims about it, claims and events credited to it: one statement per type, each a literal. */
const moveIncoming = (type: 'ABOUT' | 'CLAIMED_BY' | 'ATTRIBUTED_TO') => `${PLANNED_ONCE}
MATCH (keep:Actor {id: $keepId})
MATCH (merged:Actor {id: $mergedId})<-[old:${type}]-(item)
MERGE (item)-[moved:${type}]->(keep)
SET moved += properties(old)
DELETE old`;
const MOVE_INCOMING = (['ABOUT', 'CLAIMED_BY', 'ATTRIBUTED_TO'] as const).map(moveIncoming);

const READ_AFFILIATIONS = `${PLANNED_ONCE}
MATCH (merged:Actor {id: $mergedId})-[relation:${RELATION_TYPES.join('|')}]-(other)
RETURN type(relation) AS type, startNode(relation).id AS subjectId, endNode(relation).id AS objectId,
  coalesce(relation.lexiconReportIds, []) AS lexiconReportIds, coalesce(relation.statedReportIds, []) AS statedReportIds,
  coalesce(relation.evidence, []) AS evidence`;

/** The kept actor's names: its own, the merged ones' aliases and names; analyst-given ones survive retractions. */
const ABSORB = `${PLANNED_ONCE}
MATCH (keep:Actor {id: $keepId})
MATCH (merged:Actor {id: $mergedId})
WITH keep, merged, [name IN [merged.name, merged.nameAr] WHERE name IS NOT NULL] AS names
SET keep.aliases = COLLECT { UNWIND keep.aliases + merged.aliases + names AS alias RETURN DISTINCT alias ORDER BY alias },
  keep.analystAliases = COLLECT { UNWIND coalesce(keep.analystAliases, []) + coalesce(merged.analystAliases, []) + names AS alias
    RETURN DISTINCT alias ORDER BY alias },
  keep.wikidataId = coalesce(keep.wikidataId, merged.wikidataId)
WITH keep, merged
OPTIONAL MATCH (earlier:MergedActor)-[into:MERGED_INTO]->(merged)
CALL (earlier, into, keep) {
  WITH earlier, into, keep WHERE earlier IS NOT NULL
  CREATE (earlier)-[:MERGED_INTO]->(keep)
  DELETE into
}
WITH DISTINCT keep, merged
MERGE (tombstone:MergedActor {id: merged.id})
SET tombstone.name = merged.name, tombstone.mergedAt = $now
MERGE (tombstone)-[:MERGED_INTO]->(keep)
WITH merged
DETACH DELETE merged`;

export async function mergeActors(graph: GraphConnection, keepId: string, mergeIds: string[], author: CorrectionAuthor): Promise<MergeOutcome> {
  const mergedIds = [...new Set(mergeIds)];
  if (mergedIds.length === 0 || mergedIds.length > MAX_MERGED_ACTORS) {
    throw new EventGraphError('BAD_USER_INPUT', `mergeIds takes 1 to ${MAX_MERGED_ACTORS} actor ids.`);
  }
  if (mergedIds.includes(keepId)) throw new EventGraphError('BAD_USER_INPUT', `mergeIds must not include keepId (${keepId}).`);
  return runWrite(graph, 'mergeActors', async (tx) => {
    const actors = await readActors(tx, [keepId, ...mergedIds]);
    const missing = [keepId, ...mergedIds].filter((id) => !actors.has(id));
    if (missing.length > 0) throw new EventGraphError('NOT_FOUND', `No actor has the id ${missing.join(', ')}: find actors with the actors or search query.`);
    const eventIds = [...new Set(mergedIds.flatMap((id) => actors.get(id)?.eventIds ?? []))];
    const before = await readEventsAsStored(tx, eventIds);

    for (const mergedId of mergedIds) {
      const ids = { keepId, mergedId };
      await tx.run(MOVE_PARTICIPATIONS, ids);
      await tx.run(MOVE_MENTIONS, ids);
      for (const statement of MOVE_INCOMING) await tx.run(statement, ids);
      await moveAffiliations(tx, keepId, mergedId);
    }
    await resettleEvents(tx, before);
    for (const mergedId of mergedIds) await tx.run(ABSORB, { keepId, mergedId, now: new Date().toISOString() });
    const correction = await recordCorrection(tx, 'MERGE_ACTORS', keepId, author, {
      mergedIds,
      names: mergedIds.map((id) => actors.get(id)?.name ?? null),
    });
    return { actorId: keepId, mergedIds, events: before.length, correction };
  });
}

async function readActors(tx: ManagedTransaction, ids: string[]): Promise<Map<string, { name: string; eventIds: string[] }>> {
  const result = await tx.run(READ_ACTORS, { ids });
  return new Map(result.records.map((record) => [record.get('id') as string, { name: record.get('name') as string, eventIds: record.get('eventIds') as string[] }]));
}

/** The merged actor's affiliations, written again with the kept actor in its place (self-loops dropped). */
async function moveAffiliations(tx: ManagedTransaction, keepId: string, mergedId: string): Promise<void> {
  const swap = (id: string) => (id === mergedId ? keepId : id);
  const rows = (await tx.run(READ_AFFILIATIONS, { mergedId })).records
    .map((record) => record.toObject() as { type: string; subjectId: string; objectId: string })
    .map((row) => ({ ...row, subjectId: swap(row.subjectId), objectId: swap(row.objectId) }))
    .filter((row) => row.subjectId !== row.objectId);
  if (rows.length > 0) await tx.run(UPSERT_AFFILIATIONS, { rows });
}
