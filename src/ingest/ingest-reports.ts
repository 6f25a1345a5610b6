/**
 * Ingests many reports: read → skip the texts already in the graph → extract → write, streaming
 * the inputs in batches of `batchSize` so memory stays bounded whatever their number. Each batch
 * is one write transaction. Node's share of the work — reading, extracting and preparing the rows
 * of the next batch — runs while Neo4j writes the previous one, yielding between reports so the
 * write in flight is never kept waiting for its next statement.
 *
 * Per-report atomicity holds in batches too: when a batch write fails, its reports are written
 * again one per transaction, so only the report at fault is lost, named with the reason. An
 * outage (Neo4j unreachable, bad credentials) stops the whole run instead.
 */
import type { Extraction, ReportMeta } from '../domain/extraction.js';
import { isEventGraphError } from '../domain/errors.js';
import type { GraphConnection } from '../graph/driver.js';
import {
  findKnownContentHashes, prepareBatch, prepareReport, writePreparedBatch, type PreparedBatch, type PreparedReport, type WriteOutcome,
} from '../graph/index.js';
import type { Extractor } from './extractor.js';
import { extractForIngest, hashReportText } from './ingest-report.js';

/**
 * Reports per write transaction. Each transaction pays a fixed price — a dozen statements in three
 * or four round trips, and a commit — so small batches spend much of their time on it: in
 * bench/ingest.bench.ts batches of 25 ingested at about two thirds of the rate of batches of 100,
 * and batches of 200 or 400 gained nothing more.
 */
export const DEFAULT_BATCH_SIZE = 100;

export interface ReportInput {
  /** How the report is named in progress and failures (a file path). */
  name: string;
  read(): Promise<{ text: string } | { reason: string }>;
  meta: ReportMeta;
}

export type ReportStatus = 'new' | 'skipped' | 'failed';

export interface IngestSummary {
  reportsNew: number;
  reportsSkipped: number;
  reportsFailed: number;
  entitiesNew: number;
  entitiesMerged: number;
  events: number;
  claims: number;
  relations: number;
  /** Events that joined an incident another report already told. */
  corroborated: number;
  seconds: number;
  failures: Array<{ name: string; reason: string }>;
}

export interface IngestOptions {
  batchSize?: number;
  /** Called once per input, when its fate is known. */
  onReport?: (name: string, status: ReportStatus) => void;
}

interface Pending {
  name: string;
  text: string;
  contentHash: string;
  meta: ReportMeta;
}

export function emptySummary(): IngestSummary {
  return {
    reportsNew: 0, reportsSkipped: 0, reportsFailed: 0, entitiesNew: 0, entitiesMerged: 0,
    events: 0, claims: 0, relations: 0, corroborated: 0, seconds: 0, failures: [],
  };
}

/** Rejects only on an outage or bad configuration; every per-report problem lands in the summary. */
export async function ingestReports(
  graph: GraphConnection,
  inputs: Iterable<ReportInput> | AsyncIterable<ReportInput>,
  extract: Extractor,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const began = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const summary = emptySummary();
  const settle = (name: string, status: ReportStatus, reason?: string) => {
    if (status === 'new') summary.reportsNew += 1;
    else if (status === 'skipped') summary.reportsSkipped += 1;
    else {
      summary.reportsFailed += 1;
      summary.failures.push({ name, reason: reason ?? 'failed' });
    }
    options.onReport?.(name, status);
  };
  const count = (outcome: WriteOutcome) => {
    summary.entitiesNew += outcome.entitiesNew;
    summary.entitiesMerged += outcome.entitiesMerged;
    summary.events += outcome.events;
    summary.claims += outcome.claims;
    summary.relations += outcome.relations;
    summary.corroborated += outcome.corroborated;
  };

  let inFlight: Promise<void> = Promise.resolve();
  let outage: unknown = null;
  const flush = async (batch: Pending[]) => {
    const ready = await extractBatch(graph, batch, extract, settle);
    const prepared = prepareBatch(ready.map((item) => item.prepared));
    await inFlight;
    if (outage !== null) throw outage;
    // Kept running while the next batch is read and extracted; an outage is rethrown at the next flush.
    inFlight = writeBatch(graph, ready, prepared, settle, count).catch((error: unknown) => {
      outage = error;
    });
  };

  let batch: Pending[] = [];
  for await (const input of inputs) {
    const read = await input.read();
    if ('reason' in read) {
      settle(input.name, 'failed', read.reason);
      continue;
    }
    batch.push({ name: input.name, text: read.text, contentHash: hashReportText(read.text), meta: input.meta });
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
    await yieldToWrites();
  }
  if (batch.length > 0) await flush(batch);
  await inFlight;
  if (outage !== null) throw outage;
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}

type Ready = Pending & { prepared: PreparedReport };

/** Lets the write in flight take its turn: its next statement is sent when the last one answers. */
const yieldToWrites = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Settles texts already in the graph (or repeated in the batch) as skipped, and extracts and
 * prepares the rest; a report whose extraction the graph cannot take ({@link prepareReport})
 * fails here, alone, instead of failing its batch.
 */
async function extractBatch(
  graph: GraphConnection,
  batch: Pending[],
  extract: Extractor,
  settle: (name: string, status: ReportStatus, reason?: string) => void,
): Promise<Ready[]> {
  const known = await findKnownContentHashes(graph, batch.map((item) => item.contentHash));
  const ready: Ready[] = [];
  for (const item of batch) {
    if (known.has(item.contentHash)) {
      settle(item.name, 'skipped');
      continue;
    }
    known.add(item.contentHash);
    await yieldToWrites();
    let extraction: Extraction;
    try {
      extraction = extractForIngest(extract, item.text, item.meta);
    } catch (error) {
      settle(item.name, 'failed', `extraction failed: ${describe(error)}`);
      continue;
    }
    try {
      ready.push({ ...item, prepared: prepareReport({ text: item.text, extraction }) });
    } catch (error) {
      settle(item.name, 'failed', describe(error));
    }
  }
  return ready;
}

async function writeBatch(
  graph: GraphConnection,
  ready: Ready[],
  prepared: PreparedBatch,
  settle: (name: string, status: ReportStatus, reason?: string) => void,
  count: (outcome: WriteOutcome) => void,
): Promise<void> {
  if (ready.length === 0) return;
  const land = (item: Ready, outcome: WriteOutcome) => {
    count(outcome);
    settle(item.name, outcome.created ? 'new' : 'skipped');
  };
  try {
    const outcomes = await writePreparedBatch(graph, prepared);
    ready.forEach((item, index) => land(item, outcomes[index] as WriteOutcome));
    return;
  } catch (error) {
    if (isOutage(error)) throw error;
    if (ready.length === 1) {
      settle((ready[0] as Ready).name, 'failed', describe(error));
      return;
    }
  }
  for (const item of ready) {
    try {
      const [outcome] = await writePreparedBatch(graph, prepareBatch([item.prepared]));
      land(item, outcome as WriteOutcome);
    } catch (error) {
      if (isOutage(error)) throw error;
      settle(item.name, 'failed', describe(error));
    }
  }
}

function isOutage(error: unknown): boolean {
  return isEventGraphError(error) && ['SERVICE_UNAVAILABLE', 'BAD_CONFIG', 'UNAUTHENTICATED', 'FORBIDDEN'].includes(error.code);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
