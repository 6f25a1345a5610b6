/**
 * The Cypher that writes one batch of prepared reports (see batch-rows.ts): one UNWIND statement
 * per kind of thing, every value a parameter, MERGE on ids backed by the constraints of
 * schema/neo4j/002. Relationships hanging off a new event or claim are CREATEd: their start node
 * is new, so they cannot exist yet.
 */
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { statementPerType } from './relationship-types.js';

/** Creates the reports not yet in the graph (by content hash); returns the ids it created. */
export const CREATE_REPORTS = `
UNWIND $rows AS row
OPTIONAL MATCH (existing:Report {contentHash: row.contentHash})
WITH row WHERE existing IS NULL
CREATE (report:Report)
SET report = row.props, report.ingestedAt = $now
RETURN report.id AS id`;

/**
 * Merges actors by id: a new one gets every field; a known one gains the aliases it lacked (kept
 * sorted, so the result does not depend on the order reports arrive) and fills empty fields.
 * Each report's mentions become one MENTIONS edge {starts, ends, aliases}. Returns the created ids.
 */
export const UPSERT_ACTORS = `
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
WITH row, existing IS NULL AS created
MERGE (actor:Actor {id: row.id})
ON CREATE SET actor.name = row.name, actor.nameAr = row.nameAr, actor.type = row.type, actor.aliases = row.aliases,
  actor.origin = row.origin, actor.wikidataId = row.wikidataId
ON MATCH SET actor.nameAr = coalesce(actor.nameAr, row.nameAr), actor.wikidataId = coalesce(actor.wikidataId, row.wikidataId)
WITH actor, row, created
SET actor.aliases = CASE WHEN created OR all(alias IN row.aliases WHERE alias IN actor.aliases) THEN actor.aliases
  ELSE COLLECT { UNWIND actor.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias } END
WITH actor, row, created
CALL (actor, row) {
  UNWIND row.mentions AS mention
  MATCH (report:Report {id: mention.reportId})
  CREATE (report)-[:MENTIONS {starts: [x IN mention.starts | toInteger(x)], ends: [x IN mention.ends | toInteger(x)], aliases: mention.aliases}]->(actor)
}
WITH row, created WHERE created
RETURN row.id AS id`;

/** As {@link UPSERT_ACTORS}, for places: a WGS-84 point from lat/lon, and the GeoNames id. */
export const UPSERT_LOCATIONS = `
UNWIND $rows AS row
OPTIONAL MATCH (existing:Location {id: row.id})
WITH row, existing IS NULL AS created,
  CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END AS point
MERGE (place:Location {id: row.id})
ON CREATE SET place.name = row.name, place.nameAr = row.nameAr, place.type = row.type, place.aliases = row.aliases,
  place.origin = row.origin, place.geonamesId = toInteger(row.geonamesId), place.point = point
ON MATCH SET place.nameAr = coalesce(place.nameAr, row.nameAr), place.geonamesId = coalesce(place.geonamesId, toInteger(row.geonamesId)),
  place.point = coalesce(place.point, point)
WITH place, row, created
SET place.aliases = CASE WHEN created OR all(alias IN row.aliases WHERE alias IN place.aliases) THEN place.aliases
  ELSE COLLECT { UNWIND place.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias } END
WITH place, row, created
CALL (place, row) {
  UNWIND row.mentions AS mention
  MATCH (report:Report {id: mention.reportId})
  CREATE (report)-[:MENTIONS {starts: [x IN mention.starts | toInteger(x)], ends: [x IN mention.ends | toInteger(x)], aliases: mention.aliases}]->(place)
}
WITH row, created WHERE created
RETURN row.id AS id`;

/** Unnamed claimants and cited sources, one node per outlet and phrase (see node-ids.ts). */
export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (source:Source {id: row.id})
ON CREATE SET source.name = row.name, source.role = row.role, source.outlet = row.outlet`;

/** A claimant or cited source: an Actor when the report names one, else a Source. */
const CLAIMANT_NODE = `
    MATCH (node:Actor {id: ref.id}) WHERE ref.label = 'Actor' RETURN node
    UNION
    MATCH (node:Source {id: ref.id}) WHERE ref.label = 'Source' RETURN node`;

export const CREATE_EVENTS = `
UNWIND $rows AS row
MATCH (report:Report {id: row.reportId})
MERGE (event:Event {id: row.id})
SET event += row.props, event.killed = toInteger(row.killed), event.injured = toInteger(row.injured)
WITH event, row, report
CREATE (event)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end), evidence: row.evidence, source: row.sourceText,
  mentionStarts: [x IN row.mentionStarts | toInteger(x)], mentionEnds: [x IN row.mentionEnds | toInteger(x)]}]->(report)
WITH event, row
CALL (event, row) {
  UNWIND row.participants AS participant
  MATCH (actor:Actor {id: participant.id})
  CREATE (actor)-[:PARTICIPATED_IN {role: participant.role}]->(event)
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

export const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (report:Report {id: row.reportId})
MERGE (claim:Claim {id: row.id})
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

/** An actor or a place by the id in `row.<field>`, as `variable` (ids of the two never collide). */
const entityById = (field: string, variable: string) => `
CALL (row) {
  MATCH (node:Actor {id: row.${field}}) RETURN node AS ${variable}
  UNION
  MATCH (node:Location {id: row.${field}}) RETURN node AS ${variable}
}`;

/**
 * Affiliations and LOCATED_IN, one relationship per (subject, type, object) however many reports
 * support it: `lexiconReportIds` (reports whose extraction carried it as a lexicon fact),
 * `statedReportIds` (reports that state it), `evidence` (`<reportId>#<start>-<end>` spans) and
 * `provenance` (['lexicon'], ['report'] or both), all sorted.
 */
export const upsertAffiliationsOf = statementPerType(
  RELATION_TYPES,
  (type) => `
UNWIND $rows AS row${entityById('subjectId', 'subject')}${entityById('objectId', 'object')}
MERGE (subject)-[relation:${type}]->(object)
SET relation.lexiconReportIds = COLLECT { UNWIND coalesce(relation.lexiconReportIds, []) + row.lexiconReportIds AS id RETURN DISTINCT id ORDER BY id },
  relation.statedReportIds = COLLECT { UNWIND coalesce(relation.statedReportIds, []) + row.statedReportIds AS id RETURN DISTINCT id ORDER BY id },
  relation.evidence = COLLECT { UNWIND coalesce(relation.evidence, []) + row.evidence AS span RETURN DISTINCT span ORDER BY span }
SET relation.provenance = CASE WHEN size(relation.lexiconReportIds) > 0 THEN ['lexicon'] ELSE [] END
  + CASE WHEN size(relation.statedReportIds) > 0 THEN ['report'] ELSE [] END`,
);
