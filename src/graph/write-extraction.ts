/**
 * Writes extractions into the graph: {@link writeExtractions} for a batch, {@link writeExtraction}
 * for one report. One managed write transaction per call (the driver retries transient errors),
 * so a batch lands whole or not at all; callers that need one report's failure to spare the
 * others write one report per call, or replay a failed batch report by report (src/ingest/ does).
 *
 * A caller that streams many batches can split the work in two: {@link prepareBatch} (pure CPU:
 * rows joined across the batch) while the previous batch is still being written, then
 * {@link writePreparedBatch} — so Node's share of the work overlaps Neo4j's instead of adding to it.
 *
 * Idempotent by content hash: a report whose text is already in the graph is skipped untouched,
 * so ingesting a corpus twice leaves every count unchanged. All statements are batched UNWINDs
 * whose number does not depend on the size of the batch (see write-statements.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { combineReports, type BatchRows } from './batch-rows.js';
import {
  derivedKeysByIncident,
  incrementDerivedRelations,
  planDerivedIncrements,
} from './derived-relation-writes.js';
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';
import { prepareReport, type EventRow, type PreparedReport, type ReportToWrite } from './extraction-rows.js';
import { entityStatementRow, eventStatementRow, reportStatementRow } from './statement-rows.js';
import { readActorRedirects, redirectActors } from './redirect-merged-actors.js';
import { joinAcrossNewContainments, newContainments } from './relink-containment.js';
import {
  findIncidentMatches,
  matchWithinBatch,
  planIncidents,
  readIncidentMembers,
  writeIncidentGroups,
  type IncidentMatch,
} from './link-incidents.js';
import {
  CREATE_CLAIMS,
  CREATE_EVENTS,
  CREATE_REPORTS,
  UPSERT_ACTORS,
  UPSERT_LOCATIONS,
  UPSERT_SOURCES,
  UPSERT_AFFILIATIONS,
} from './write-statements.js';

export type { ReportToWrite } from './extraction-rows.js';

export interface WriteOutcome {
  reportId: string;
  contentHash: string;
  /** False when a report with the same text was already in the graph (or earlier in the batch). */
  created: boolean;
  /** Actors and places this report brought into the graph, and those it found there already. */
  entitiesNew: number;
  entitiesMerged: number;
  events: number;
  claims: number;
  relations: number;
  /** Events of this report that joined an incident already told by another report. */
  corroborated: number;
}

export interface WriteOptions {
  /** The ingestion time stamped on new reports (tests pin it). */
  now?: Date;
}

export async function writeExtraction(graph: GraphConnection, report: ReportToWrite, options: WriteOptions = {}): Promise<WriteOutcome> {
  const [outcome] = await writeExtractions(graph, [report], options);
  return outcome as WriteOutcome;
}

/**
 * Writes a batch in one transaction; returns one outcome per input, in order. Rejects with the
 * INTERNAL error of {@link prepareReport} for a malformed extraction (nothing written), or with
 * the translated driver error.
 */
export async function writeExtractions(
  graph: GraphConnection,
  reports: ReportToWrite[],
  options: WriteOptions = {},
): Promise<WriteOutcome[]> {
  return writePreparedBatch(graph, prepareBatch(reports.map((report) => prepareReport(report))), options);
}

/** Reports made ready for {@link writePreparedBatch}: the first of each text, and their rows joined. */
export interface PreparedBatch {
  /** Every report handed in, in order (outcomes follow this order). */
  reports: PreparedReport[];
  /** The first report of each content hash: a text repeated in the batch is written once. */
  unique: PreparedReport[];
  rows: BatchRows;
}

/** Pure: joins the rows of reports already prepared one by one ({@link prepareReport}, which may throw). */
export function prepareBatch(reports: PreparedReport[]): PreparedBatch {
  const firstByHash = new Map<string, PreparedReport>();
  for (const report of reports) if (!firstByHash.has(report.contentHash)) firstByHash.set(report.contentHash, report);
  const unique = [...firstByHash.values()];
  return { reports, unique, rows: combineReports(unique) };
}

/** As {@link writeExtractions}, for a batch already prepared; rejects with the translated driver error. */
export async function writePreparedBatch(graph: GraphConnection, batch: PreparedBatch, options: WriteOptions = {}): Promise<WriteOutcome[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'WRITE' });
  try {
    const written = await session.executeWrite((tx) => writeBatch(tx, batch, (options.now ?? new Date()).toISOString()), {
      metadata: { app: 'eventgraph', op: 'writeExtractions', reports: batch.unique.length },
    });
    const firsts = new Set(batch.unique);
    return batch.reports.map((report) => {
      const outcome = written.get(report.id);
      return outcome !== undefined && firsts.has(report) ? outcome : skipped(report);
    });
  } catch (error) {
    throw translateNeo4jError(error, graph.uri);
  } finally {
    await session.close();
  }
}

async function writeBatch(tx: ManagedTransaction, batch: PreparedBatch, now: string): Promise<Map<string, WriteOutcome>> {
  // Pipelined: the redirects are read after the write lock is taken, so no merge slips between.
  const [createdReports, redirects] = await Promise.all([
    tx.run(CREATE_REPORTS, {
      rows: batch.unique.map(reportStatementRow),
      now,
    }),
    readActorRedirects(tx, batch.rows.actors.map((actor) => actor.id)),
  ]);
  const createdIds = new Set(createdReports.records.map((record) => record.get('id') as string));
  let fresh = batch.unique.filter((report) => createdIds.has(report.id));
  const outcomes = new Map<string, WriteOutcome>();
  if (fresh.length === 0) return outcomes;

  // Actors an analyst merged away land on the actor kept (redirect-merged-actors.ts).
  if (redirects.size > 0) {
    fresh = fresh.map((report) => prepareReport({ text: report.input.text, extraction: redirectActors(report.input.extraction, redirects) }));
  }
  // Usually every report is new (callers skip known texts beforehand) and the rows joined in
  // advance serve; when another writer stored some meanwhile, or actors were redirected, the rest are joined again.
  const rows = fresh.length === batch.unique.length && redirects.size === 0 ? batch.rows : combineReports(fresh);
  const links = rows.events.flatMap((event) => (event.link ? [event.link] : []));
  // One pipelined round trip; the server runs them in this order. Older events are matched before
  // the new ones exist (see findIncidentMatches); pairs among the new ones after the places and
  // their LOCATED_IN edges are written.
  const upsertActors = tx.run(UPSERT_ACTORS, { rows: rows.actors.map(entityStatementRow) });
  const upsertLocations = tx.run(UPSERT_LOCATIONS, { rows: rows.locations.map(entityStatementRow) });
  // Read before the affiliations are written: which of the batch's LOCATED_IN edges are news.
  const containments = newContainments(
    tx,
    rows.affiliations.flatMap((row) => (row.type === 'LOCATED_IN' ? [{ innerId: row.subjectId, containerId: row.objectId }] : [])),
  );
  const writes = [
    tx.run(UPSERT_SOURCES, { rows: rows.sources }),
    tx.run(UPSERT_AFFILIATIONS, { rows: rows.affiliations }),
  ];
  const olderMatches = findIncidentMatches(tx, links);
  const batchMatches = matchWithinBatch(tx, links);
  writes.push(
    tx.run(CREATE_EVENTS, { rows: rows.events.map(eventStatementRow) }),
    tx.run(CREATE_CLAIMS, { rows: rows.claims }),
  );
  const [actors, locations, newEdges, older, within] = await Promise.all([upsertActors, upsertLocations, containments, olderMatches, batchMatches, ...writes]);
  const createdEntities = new Set([...actors.records, ...locations.records].map((record) => record.get('id') as string));

  const corroborated = await groupAndDerive(tx, rows.events, [...older, ...within]);
  // Older events that only now lie inside one another (this batch told where a place is) join too.
  await joinAcrossNewContainments(tx, newEdges);

  const claimedEntities = new Set<string>();
  for (const report of fresh) {
    const entitiesNew = report.entities.filter((entity) => createdEntities.has(entity.id) && !claimedEntities.has(entity.id));
    for (const entity of entitiesNew) claimedEntities.add(entity.id);
    outcomes.set(report.id, {
      reportId: report.id,
      contentHash: report.contentHash,
      created: true,
      entitiesNew: entitiesNew.length,
      entitiesMerged: report.entities.length - entitiesNew.length,
      events: report.events.length,
      claims: report.claims.length,
      relations: report.affiliations.length,
      corroborated: report.events.filter((event) => corroborated.has(event.id)).length,
    });
  }
  return outcomes;
}

/**
 * Puts the new events into incidents, then brings the derived relations up to date. Each step is
 * one pipelined round trip whose statements the server runs in the order issued: the older
 * incidents the new events join (or merge) are read before the events join them.
 */
async function groupAndDerive(tx: ManagedTransaction, events: EventRow[], matches: IncidentMatch[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const groups = planIncidents(events.map((event) => event.id), matches);
  // The older incidents' members are read before the groups are written (the server runs them in this order).
  const [older] = await Promise.all([readIncidentMembers(tx, [...new Set(groups.flatMap((group) => group.oldIncidentIds))]), writeIncidentGroups(tx, groups)]);
  const eventsById = new Map(events.map((event) => [event.id, event]));
  await incrementDerivedRelations(tx, planDerivedIncrements(groups, eventsById, derivedKeysByIncident(older)));
  // An event is corroborated when another report told its incident before: an older incident, or
  // a report earlier in this batch. (Not "any other report in the group": the count would then
  // depend on how the reports were cut into batches.)
  const reportOf = new Map(events.map((event) => [event.id, event.reportId]));
  const position = new Map<string, number>();
  for (const event of events) if (!position.has(event.reportId)) position.set(event.reportId, position.size);
  const positionOf = (eventId: string) => position.get(reportOf.get(eventId) as string) as number;
  return new Set(
    groups.flatMap((group) => {
      if (group.oldIncidentIds.length > 0) return group.newEventIds;
      const first = Math.min(...group.newEventIds.map(positionOf));
      return group.newEventIds.filter((eventId) => positionOf(eventId) > first);
    }),
  );
}

function skipped(report: PreparedReport): WriteOutcome {
  return {
    reportId: report.id,
    contentHash: report.contentHash,
    created: false,
    entitiesNew: 0,
    entitiesMerged: 0,
    events: 0,
    claims: 0,
    relations: 0,
    corroborated: 0,
  };
}
