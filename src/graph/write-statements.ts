/**
 * The Cypher that writes one batch of prepared reports (see batch-rows.ts): one UNWIND statement
 * per kind of thing, every value a parameter, MERGE on ids backed by the constraints of
 * schema/neo4j/002. Events and claims, and the relationships hanging off them, are CREATEd: their
 * ids are scoped to a report this transaction has just created, so they cannot exist yet (and
 * should one, its uniqueness constraint fails the write rather than merging two reports' nodes).
 */
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { entityById, relationshipOfRowType } from './relationship-types.js';
import { PLANNED_ONCE } from './planned-once.js';

/**
 * The first step of every write transaction: takes the graph's write lock (held to commit), so
 * writers — the CLI and the API, in any process — run one after another. Incident linking needs
 * that: a transaction cannot see the events another one has not committed yet.
 */
export const TAKE_WRITE_LOCK = `MERGE (lock:WriteLock {id: 'graph'}) SET lock.lockedAt = $now`;

/** Takes the write lock, then creates the reports not yet in the graph (by content hash); returns the ids it created. */
export const CREATE_REPORTS = `${PLANNED_ONCE}
${TAKE_WRITE_LOCK}
WITH lock
UNWIND $rows AS row
OPTIONAL MATCH (existing:Report {contentHash: row.contentHash})
WITH row WHERE existing IS NULL
CREATE (report:Report)
SET report = row.props, report.ingestedAt = $now
RETURN report.id AS id`;

/**
 * The smaller of the current and the incoming value (a null loses): how a name two reports give differently is
 * settled, so the graph does not depend on the order reports arrive in — and a retraction can
 * settle it again from the reports that remain (delete-report.ts).
 */
const smaller = (current: string, incoming: string) =>
  `CASE WHEN ${current} IS NULL OR (${incoming} IS NOT NULL AND ${incoming} < ${current}) THEN ${incoming} ELSE ${current} END`;

/**
 * For a known entity, what this batch changes: the aliases it lacked (kept sorted), the smaller of
 * two differing names or types ({@link smaller}), empty ids filled — written only when something
 * differs, so that an entity named in every report is not rewritten (and re-indexed for full-text
 * search) by each of them.
 */
const updateKnown = (node: string, fillIds: string, idsMissing: string, carried = '') => `CALL (${node}, row, created${carried}) {
  WITH ${node}, row, created${carried}
  WHERE NOT created AND (
    NOT all(alias IN row.aliases WHERE alias IN ${node}.aliases)
    OR ${smaller(`${node}.name`, 'row.name')} <> ${node}.name
    OR coalesce(${smaller(`${node}.nameAr`, 'row.nameAr')}, '') <> coalesce(${node}.nameAr, '')
    OR ${smaller(`${node}.type`, 'row.type')} <> ${node}.type
    OR ${idsMissing})
  SET ${node}.aliases = COLLECT { UNWIND ${node}.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias },
    ${node}.name = ${smaller(`${node}.name`, 'row.name')}, ${node}.nameAr = ${smaller(`${node}.nameAr`, 'row.nameAr')},
    ${node}.type = ${smaller(`${node}.type`, 'row.type')}, ${fillIds}
}`;

/**
 * One MENTIONS edge per report that names the entity, with what that report called it: the
 * mention's `said`, or the row's own names when it has none (statement-rows.ts).
 */
const createMentions = (node: string) => `CALL (${node}, row) {
  UNWIND row.mentions AS mention
  MATCH (report:Report {id: mention.reportId})
  WITH ${node}, mention, report, coalesce(mention.said, row) AS said
  CREATE (report)-[:MENTIONS {starts: [x IN mention.starts | toInteger(x)], ends: [x IN mention.ends | toInteger(x)], aliases: said.aliases,
    name: said.name, nameAr: said.nameAr, type: said.type}]->(${node})
}`;

/**
 * Merges actors by id: a new one gets every field, a known one what {@link updateKnown} changes.
 * Each report's mentions become one MENTIONS edge {starts, ends, aliases, name, nameAr, type}
 * holding what that report said of the entity. Returns the ids it created.
 */
export const UPSERT_ACTORS = `${PLANNED_ONCE}
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
WITH row, existing IS NULL AS created
MERGE (actor:Actor {id: row.id})
ON CREATE SET actor.name = row.name, actor.nameAr = row.nameAr, actor.type = row.type, actor.aliases = row.aliases,
  actor.origin = row.origin, actor.wikidataId = row.wikidataId
WITH actor, row, created
${updateKnown('actor', 'actor.wikidataId = coalesce(actor.wikidataId, row.wikidataId)', 'row.wikidataId IS NOT NULL AND actor.wikidataId IS NULL')}
WITH actor, row, created
${createMentions('actor')}
WITH row, created WHERE created
RETURN row.id AS id`;

/** As {@link UPSERT_ACTORS}, for places: a WGS-84 point from lat/lon, and the GeoNames id. */
export const UPSERT_LOCATIONS = `${PLANNED_ONCE}
UNWIND $rows AS row
OPTIONAL MATCH (existing:Location {id: row.id})
WITH row, existing IS NULL AS created,
  CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END AS point
MERGE (place:Location {id: row.id})
ON CREATE SET place.name = row.name, place.nameAr = row.nameAr, place.type = row.type, place.aliases = row.aliases,
  place.origin = row.origin, place.geonamesId = toInteger(row.geonamesId), place.point = point
WITH place, row, created, point
${updateKnown(
  'place',
  'place.geonamesId = coalesce(place.geonamesId, toInteger(row.geonamesId)), place.point = coalesce(place.point, point)',
  '(row.geonamesId IS NOT NULL AND place.geonamesId IS NULL) OR (point IS NOT NULL AND place.point IS NULL)',
  ', point',
)}
WITH place, row, created
${createMentions('place')}
WITH row, created WHERE created
RETURN row.id AS id`;

/** Unnamed claimants and cited sources, one node per outlet and phrase (see node-ids.ts). */
export const UPSERT_SOURCES = `${PLANNED_ONCE}
UNWIND $rows AS row
MERGE (source:Source {id: row.id})
ON CREATE SET source.name = row.name, source.role = row.role, source.outlet = row.outlet`;

/** A claimant or cited source: an Actor when the report names one, else a Source. */
const CLAIMANT_NODE = `
    MATCH (node:Actor {id: ref.id}) WHERE ref.label = 'Actor' RETURN node
    UNION
    MATCH (node:Source {id: ref.id}) WHERE ref.label = 'Source' RETURN node`;

/**
 * Events of reports this transaction created, with their REPORTED_IN, PARTICIPATED_IN, OCCURRED_AT
 * and ATTRIBUTED_TO relationships; rows as shaped by eventStatementRow (statement-rows.ts). A
 * participation gets a `linkKey` when its actor is among the row's `linked`.
 */
export const CREATE_EVENTS = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (report:Report {id: row.props.reportId})
CREATE (event:Event)
SET event = row.props, event.killed = toInteger(row.killed), event.injured = toInteger(row.injured)
WITH event, row, report
CREATE (event)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end), evidence: row.evidence, source: row.sourceText,
  mentionStarts: [x IN coalesce(row.mentionStarts, [row.start]) | toInteger(x)], mentionEnds: [x IN coalesce(row.mentionEnds, [row.end]) | toInteger(x)]}]->(report)
WITH event, row
CALL (event, row) {
  UNWIND [id IN row.agents | {id: id, role: 'agent'}] + [id IN row.targets | {id: id, role: 'target'}] AS participant
  MATCH (actor:Actor {id: participant.id})
  CREATE (actor)-[:PARTICIPATED_IN {role: participant.role, linkKey: CASE WHEN participant.id IN row.linked THEN row.props.type + '|' + participant.id END,
    linkFrom: row.props.linkFrom, linkTo: row.props.linkTo}]->(event)
}
CALL (event, row) {
  UNWIND row.locations AS locationId
  MATCH (place:Location {id: locationId})
  CREATE (event)-[:OCCURRED_AT]->(place)
}
CALL (event, row) {
  UNWIND row.attributedTo AS ref
  CALL (ref) {${CLAIMANT_NODE}
  }
  CREATE (event)-[:ATTRIBUTED_TO]->(node)
}`;

export const CREATE_CLAIMS = `${PLANNED_ONCE}
UNWIND $rows AS row
MATCH (report:Report {id: row.reportId})
CREATE (claim:Claim {id: row.id})
SET claim.text = row.text, claim.status = row.status, claim.reportId = row.reportId
CREATE (claim)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end), evidence: row.evidence}]->(report)
WITH claim, row
CALL (claim, row) {
  WITH row.claimant AS ref
  CALL (ref) {${CLAIMANT_NODE}
  }
  CREATE (claim)-[:CLAIMED_BY {text: row.claimantText, role: row.claimantRole}]->(node)
}
CALL (claim, row) {
  UNWIND row.aboutActors AS id
  MATCH (actor:Actor {id: id})
  CREATE (claim)-[:ABOUT]->(actor)
}
CALL (claim, row) {
  UNWIND row.aboutLocations AS id
  MATCH (place:Location {id: id})
  CREATE (claim)-[:ABOUT]->(place)
}
CALL (claim, row) {
  UNWIND row.aboutEvents AS id
  MATCH (event:Event {id: id})
  CREATE (claim)-[:ABOUT]->(event)
}`;

/**
 * Affiliations and LOCATED_IN, one relationship per (subject, type, object) however many reports
 * support it: `lexiconReportIds` (reports whose extraction carried it as a lexicon fact),
 * `statedReportIds` (reports that state it), `evidence` (`<reportId>#<start>-<end>` spans) and
 * `provenance` (['lexicon'], ['report'] or both), all sorted.
 */
export const UPSERT_AFFILIATIONS = `${PLANNED_ONCE}
UNWIND $rows AS row
${entityById('subjectId', 'subject')}
${entityById('objectId', 'object')}
${relationshipOfRowType(RELATION_TYPES, 'MERGE', 'subject', 'object')}
SET relation.lexiconReportIds = COLLECT { UNWIND coalesce(relation.lexiconReportIds, []) + row.lexiconReportIds AS id RETURN DISTINCT id ORDER BY id },
  relation.statedReportIds = COLLECT { UNWIND coalesce(relation.statedReportIds, []) + row.statedReportIds AS id RETURN DISTINCT id ORDER BY id },
  relation.evidence = COLLECT { UNWIND coalesce(relation.evidence, []) + row.evidence AS span RETURN DISTINCT span ORDER BY span }
SET relation.provenance = CASE WHEN size(relation.lexiconReportIds) > 0 THEN ['lexicon'] ELSE [] END
  + CASE WHEN size(relation.statedReportIds) > 0 THEN ['report'] ELSE [] END`;
