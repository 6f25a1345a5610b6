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
  const now = (options.now ?? new Date()).toISOString();
  const write = (optimistic: boolean) =>
    session.executeWrite((tx) => writeBatch(tx, batch, now, optimistic), {
      metadata: { app: 'eventgraph', op: 'writeExtractions', reports: batch.unique.length },
    });
  try {
    let written: Map<string, WriteOutcome>;
    const merged = mergedActorsSeen.get(graph.driver);
    if (merged !== undefined && batch.rows.actors.some((actor) => merged.has(actor.id))) written = await write(false);
    else {
      try {
        written = await write(true);
      } catch (error) {
        if (!(error instanceof NotAsExpected)) throw error;
        if (error.mergedActorIds.length > 0) {
          mergedActorsSeen.set(graph.driver, new Set([...(merged ?? []), ...error.mergedActorIds]));
        }
        written = await write(false);
      }
    }
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

/** The optimistic write found a report already stored or an actor merged away: it is rolled back and done step by step. */
class NotAsExpected extends Error {
  constructor(readonly mergedActorIds: string[]) {
    super('written step by step');
  }
}

/**
 * Actor ids found merged away, by driver: the extractor keeps naming a merged actor (it knows
 * nothing of the merge), and a batch that names one is written step by step from the start rather
 * than optimistically and then again. (Were a merge ever undone, a stale id here would only cost
 * that batch its single round trip.)
 */
const mergedActorsSeen = new WeakMap<GraphConnection['driver'], Set<string>>();

/**
 * Writes the batch. Whether every report is new, and whether an analyst merged away any of its
 * actors, is known only once the first two statements answer. `optimistic` sends everything else
 * with them in the same round trip, written as if every report were new and no actor merged —
 * which is almost always so, since ingestion skips known texts beforehand — and, when the answers
 * say otherwise, throws {@link NotAsExpected} so that the transaction is rolled back and the batch
 * written again without optimism: waiting for those answers first, then writing the reports that
 * are new, their actors redirected.
 */
async function writeBatch(tx: ManagedTransaction, batch: PreparedBatch, now: string, optimistic: boolean): Promise<Map<string, WriteOutcome>> {
  // The redirects are read after the write lock is taken, so no merge slips between.
  const reportsCreated = tx.run(CREATE_REPORTS, { rows: batch.unique.map(reportStatementRow), now });
  const redirectsRead = readActorRedirects(tx, batch.rows.actors.map((actor) => actor.id));
  if (optimistic) {
    const [created, redirects, written] = await Promise.allSettled([reportsCreated, redirectsRead, writeRows(tx, batch.rows)]);
    if (created.status === 'rejected') throw created.reason;
    if (redirects.status === 'rejected') throw redirects.reason;
    if (created.value.records.length !== batch.unique.length || redirects.value.size > 0) throw new NotAsExpected([...redirects.value.keys()]);
    if (written.status === 'rejected') throw written.reason;
    return finishBatch(tx, batch.unique, batch.rows, written.value);
  }
  const [createdReports, redirects] = await Promise.all([reportsCreated, redirectsRead]);
  const createdIds = new Set(createdReports.records.map((record) => record.get('id') as string));
  let fresh = batch.unique.filter((report) => createdIds.has(report.id));
  if (fresh.length === 0) return new Map();
  // Actors an analyst merged away land on the actor kept (redirect-merged-actors.ts).
  if (redirects.size > 0) {
    fresh = fresh.map((report) => prepareReport({ text: report.input.text, extraction: redirectActors(report.input.extraction, redirects) }));
  }
  const rows = fresh.length === batch.unique.length && redirects.size === 0 ? batch.rows : combineReports(fresh);
  return finishBatch(tx, fresh, rows, await writeRows(tx, rows));
}

/** What the first round trip of writing a batch's rows tells the rest of the write. */
interface RowsWritten {
  createdEntities: Set<string>;
  newEdges: Awaited<ReturnType<typeof newContainments>>;
  matches: IncidentMatch[];
}

/**
 * Writes the rows of reports just created, and finds the incidents their events may join: one
 * pipelined round trip; the server runs the statements in this order. Older events are matched
 * before the new ones exist (see findIncidentMatches); pairs among the new ones after the places
 * and their LOCATED_IN edges are written.
 */
async function writeRows(tx: ManagedTransaction, rows: BatchRows): Promise<RowsWritten> {
  const links = rows.events.flatMap((event) => (event.link ? [event.link] : []));
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
  writes.push(tx.run(CREATE_EVENTS, { rows: rows.events.map(eventStatementRow) }), tx.run(CREATE_CLAIMS, { rows: rows.claims }));
  const [actors, locations, newEdges, older, within] = await Promise.all([upsertActors, upsertLocations, containments, olderMatches, batchMatches, ...writes]);
  const createdEntities = new Set([...actors.records, ...locations.records].map((record) => record.get('id') as string));
  return { createdEntities, newEdges, matches: [...older, ...within] };
}

/** Incidents and derived relations for the events written, then each report's outcome. */
async function finishBatch(tx: ManagedTransaction, fresh: PreparedReport[], rows: BatchRows, written: RowsWritten): Promise<Map<string, WriteOutcome>> {
  const corroborated = await groupAndDerive(tx, rows.events, written.matches);
  // Older events that only now lie inside one another (this batch told where a place is) join too.
  await joinAcrossNewContainments(tx, written.newEdges, fresh.map((report) => report.id));

  const outcomes = new Map<string, WriteOutcome>();
  const claimedEntities = new Set<string>();
  for (const report of fresh) {
    const entitiesNew = report.entities.filter((entity) => written.createdEntities.has(entity.id) && !claimedEntities.has(entity.id));
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
