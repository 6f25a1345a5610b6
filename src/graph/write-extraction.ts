/**
 * Writes extractions into the graph: {@link writeExtractions} for a batch, {@link writeExtraction}
 * for one report. One managed write transaction per call (the driver retries transient errors),
 * so a batch lands whole or not at all; callers that need one report's failure to spare the
 * others write one report per call, or replay a failed batch report by report (src/ingest/ does).
 *
 * Idempotent by content hash: a report whose text is already in the graph is skipped untouched,
 * so ingesting a corpus twice leaves every count unchanged. All statements are batched UNWINDs
 * whose number does not depend on the size of the batch (see write-statements.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { combineReports } from './batch-rows.js';
import { derivedKeysOf, type DerivedKey } from './derived-relations.js';
import {
  incrementDerivedRelations,
  planDerivedIncrements,
  recountDerivedRelations,
} from './derived-relation-writes.js';
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';
import { prepareReport, type EventRow, type PreparedReport, type ReportToWrite } from './extraction-rows.js';
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
  const prepared = reports.map(prepareReport);
  const firstByHash = new Map<string, PreparedReport>();
  for (const report of prepared) if (!firstByHash.has(report.contentHash)) firstByHash.set(report.contentHash, report);
  const unique = [...firstByHash.values()];
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'WRITE' });
  try {
    const written = await session.executeWrite((tx) => writeBatch(tx, unique, (options.now ?? new Date()).toISOString()), {
      metadata: { app: 'eventgraph', op: 'writeExtractions', reports: unique.length },
    });
    return prepared.map((report) => {
      const outcome = written.get(report.id);
      return outcome !== undefined && firstByHash.get(report.contentHash) === report ? outcome : skipped(report);
    });
  } catch (error) {
    throw translateNeo4jError(error, graph.uri);
  } finally {
    await session.close();
  }
}

async function writeBatch(tx: ManagedTransaction, reports: PreparedReport[], now: string): Promise<Map<string, WriteOutcome>> {
  const createdReports = await tx.run(CREATE_REPORTS, {
    rows: reports.map((report) => ({ contentHash: report.contentHash, props: report.props })),
    now,
  });
  const createdIds = new Set(createdReports.records.map((record) => record.get('id') as string));
  const fresh = reports.filter((report) => createdIds.has(report.id));
  const outcomes = new Map<string, WriteOutcome>();
  if (fresh.length === 0) return outcomes;

  const rows = combineReports(fresh);
  const links = rows.events.flatMap((event) => (event.link ? [event.link] : []));
  // One pipelined round trip; the server runs them in this order. Older events are matched before
  // the new ones exist (see findIncidentMatches); pairs among the new ones after the places and
  // their LOCATED_IN edges are written.
  const upsertActors = tx.run(UPSERT_ACTORS, { rows: rows.actors });
  const upsertLocations = tx.run(UPSERT_LOCATIONS, { rows: rows.locations });
  const writes = [
    tx.run(UPSERT_SOURCES, { rows: rows.sources }),
    tx.run(UPSERT_AFFILIATIONS, { rows: rows.affiliations }),
  ];
  const olderMatches = findIncidentMatches(tx, links);
  const batchMatches = matchWithinBatch(tx, links);
  writes.push(
    // Only what the statement reads: derivation keys and link rows stay on this side.
    tx.run(CREATE_EVENTS, { rows: rows.events.map(({ keys: _keys, link: _link, seen: _seen, ...row }) => row) }),
    tx.run(CREATE_CLAIMS, { rows: rows.claims }),
  );
  const [actors, locations, older, within] = await Promise.all([upsertActors, upsertLocations, olderMatches, batchMatches, ...writes]);
  const createdEntities = new Set([...actors.records, ...locations.records].map((record) => record.get('id') as string));

  const corroborated = await groupAndDerive(tx, rows.events, [...older, ...within]);

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

/** Puts the new events into incidents, then brings the derived relations up to date. */
async function groupAndDerive(tx: ManagedTransaction, events: EventRow[], matches: IncidentMatch[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const groups = planIncidents(events.map((event) => event.id), matches);
  const { increments, recountIncidentIds } = planDerivedIncrements(groups, new Map(events.map((event) => [event.id, event])));
  // Both issued before either is awaited (pipelined); the server runs them in this order.
  await Promise.all([writeIncidentGroups(tx, groups), incrementDerivedRelations(tx, increments)]);
  if (recountIncidentIds.length > 0) {
    const members = await readIncidentMembers(tx, recountIncidentIds);
    await recountDerivedRelations(tx, members.flatMap((member): DerivedKey[] => derivedKeysOf(member)));
  }
  // An event is corroborated when its group holds an older incident or another report's event.
  const reportOf = new Map(events.map((event) => [event.id, event.reportId]));
  return new Set(
    groups
      .filter((group) => group.oldIncidentIds.length > 0 || new Set(group.newEventIds.map((id) => reportOf.get(id))).size > 1)
      .flatMap((group) => group.newEventIds),
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
