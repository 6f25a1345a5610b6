/**
 * Retraction: {@link deleteReport} removes one report and whatever only it supported, in one write
 * transaction. Its events and claims go; incidents lose those events and split where the rest no
 * longer hold together; derived relations are recounted from the events left; affiliations lose
 * this report's support and go when no report supports them; actors, places and sources no other
 * report names go, and the others get back exactly the aliases the remaining reports gave them.
 * The result equals the graph built from the other reports alone (tests/graph/delete-report.int.test.ts),
 * except for ids and coordinates (Wikidata, GeoNames, point) that only the retracted report gave:
 * lexicons give the same ones in every report, so they are kept.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { EventGraphError } from '../domain/errors.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { recountDerivedRelations } from './derived-relation-writes.js';
import { derivedKeysOf } from './derived-relations.js';
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';
import { readIncidentMembers, regroupIncidents } from './link-incidents.js';
import { PLANNED_ONCE } from './planned-once.js';
import { splitAcrossRemovedContainments } from './relink-containment.js';
import { TAKE_WRITE_LOCK } from './write-statements.js';

export interface DeleteOutcome {
  reportId: string;
  events: number;
  claims: number;
  /** Actors, places and sources that only this report named. */
  entitiesRemoved: number;
  /** Incidents that lost events (and those split off them). */
  incidentsChanged: number;
}

const READ_REPORT = `${PLANNED_ONCE}
${TAKE_WRITE_LOCK}
WITH lock
MATCH (report:Report {id: $id})
RETURN report.id AS id,
  [(event:Event)-[:REPORTED_IN]->(report) | event {
    .id, .type,
    incidentId: head([(event)-[:DESCRIBES]->(incident:Incident) | incident.id]),
    agents: [(actor:Actor)-[:PARTICIPATED_IN {role: 'agent'}]->(event) | actor.id],
    targets: [(actor:Actor)-[:PARTICIPATED_IN {role: 'target'}]->(event) | actor.id],
    locations: [(event)-[:OCCURRED_AT]->(place:Location) | place.id]
  }] AS events,
  COUNT { (claim:Claim)-[:REPORTED_IN]->(report) } AS claims,
  COLLECT { MATCH (report)<-[:REPORTED_IN]-()-[:ATTRIBUTED_TO|CLAIMED_BY]->(source:Source) RETURN DISTINCT source.id } AS sourceIds`;

const DELETE_EVENTS_AND_CLAIMS = `${PLANNED_ONCE}
MATCH (:Report {id: $id})<-[:REPORTED_IN]-(item)
WHERE item:Event OR item:Claim
DETACH DELETE item`;

const WITHDRAW_AFFILIATIONS = `${PLANNED_ONCE}
MATCH (:Report {id: $id})-[:MENTIONS]->()-[relation:${RELATION_TYPES.join('|')}]->()
WHERE $id IN coalesce(relation.lexiconReportIds, []) OR $id IN coalesce(relation.statedReportIds, [])
SET relation.lexiconReportIds = [other IN relation.lexiconReportIds WHERE other <> $id],
  relation.statedReportIds = [other IN relation.statedReportIds WHERE other <> $id],
  relation.evidence = [span IN relation.evidence WHERE NOT span STARTS WITH $id + '#']
SET relation.provenance = CASE WHEN size(relation.lexiconReportIds) > 0 THEN ['lexicon'] ELSE [] END
  + CASE WHEN size(relation.statedReportIds) > 0 THEN ['report'] ELSE [] END
WITH relation WHERE size(relation.lexiconReportIds) + size(relation.statedReportIds) = 0
WITH relation, type(relation) AS type, startNode(relation).id AS innerId, endNode(relation).id AS containerId
DELETE relation
WITH type, innerId, containerId WHERE type = 'LOCATED_IN'
RETURN innerId, containerId`;

const WITHDRAW_MENTIONS = `${PLANNED_ONCE}
MATCH (:Report {id: $id})-[mention:MENTIONS]->(entity)
DELETE mention
WITH entity
CALL (entity) {
  OPTIONAL MATCH (:Report)-[other:MENTIONS]->(entity)
  WITH count(other) AS remaining, collect(other.aliases) AS lists, min(other.name) AS name, min(other.nameAr) AS nameAr, min(other.type) AS type
  RETURN remaining, name, nameAr, type,
    COLLECT { UNWIND lists AS list UNWIND list AS alias RETURN DISTINCT alias ORDER BY alias } AS aliases
}
FOREACH (_ IN CASE WHEN remaining > 0 THEN [1] ELSE [] END |
  SET entity.aliases = COLLECT { UNWIND aliases + coalesce(entity.analystAliases, []) AS alias RETURN DISTINCT alias ORDER BY alias },
    entity.name = name, entity.nameAr = nameAr, entity.type = type)
FOREACH (_ IN CASE WHEN remaining = 0 THEN [1] ELSE [] END | DETACH DELETE entity)
RETURN count(CASE WHEN remaining = 0 THEN 1 END) AS removed`;

const DELETE_UNUSED_SOURCES = `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (source:Source {id: id})
WHERE NOT EXISTS { (source)<-[:CLAIMED_BY|ATTRIBUTED_TO]-() }
DETACH DELETE source
RETURN count(*) AS removed`;

/** Rejects with NOT_FOUND when no report has this id. */
export async function deleteReport(graph: GraphConnection, reportId: string): Promise<DeleteOutcome> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => retract(tx, reportId), { metadata: { app: 'eventgraph', op: 'deleteReport', reportId } });
  } catch (error) {
    throw translateNeo4jError(error, graph.uri);
  } finally {
    await session.close();
  }
}

interface RetractedEvent {
  id: string;
  type: string;
  incidentId: string | null;
  agents: string[];
  targets: string[];
  locations: string[];
}

async function retract(tx: ManagedTransaction, reportId: string): Promise<DeleteOutcome> {
  const found = (await tx.run(READ_REPORT, { id: reportId, now: new Date().toISOString() })).records[0];
  if (found === undefined) {
    throw new EventGraphError('NOT_FOUND', `No report has the id ${reportId}: list them with the reports query, ids look like report:0123456789abcdef.`);
  }
  const events = found.get('events') as RetractedEvent[];
  const incidentIds = [...new Set(events.flatMap((event) => (event.incidentId ? [event.incidentId] : [])))];

  await tx.run(DELETE_EVENTS_AND_CLAIMS, { id: reportId });
  const withdrawn = await tx.run(WITHDRAW_AFFILIATIONS, { id: reportId });
  const members = await readIncidentMembers(tx, incidentIds);
  const regrouped = await regroupIncidents(tx, incidentIds, members);
  await recountDerivedRelations(tx, [...events, ...members].flatMap((event) => derivedKeysOf(event)));
  // Places this report alone said were inside one another no longer are: incidents that held only by that split.
  const split = await splitAcrossRemovedContainments(
    tx,
    withdrawn.records.map((record) => ({ innerId: record.get('innerId') as string, containerId: record.get('containerId') as string })),
  );
  const touched = new Set([...regrouped, ...split]);
  const entities = await tx.run(WITHDRAW_MENTIONS, { id: reportId });
  const sources = await tx.run(DELETE_UNUSED_SOURCES, { ids: found.get('sourceIds') as string[] });
  await tx.run('MATCH (report:Report {id: $id}) DETACH DELETE report', { id: reportId });
  return {
    reportId,
    events: events.length,
    claims: found.get('claims') as number,
    entitiesRemoved: ((entities.records[0]?.get('removed') as number | undefined) ?? 0) + ((sources.records[0]?.get('removed') as number | undefined) ?? 0),
    incidentsChanged: touched.size,
  };
}
