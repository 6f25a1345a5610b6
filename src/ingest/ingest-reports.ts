/**
 * Ingests many reports: read → skip the texts already in the graph → extract → write, streaming
 * the inputs in batches of `batchSize` so memory stays bounded whatever their number. Each batch
 * is one write transaction; extraction of the next batch overlaps the write of the previous one.
 *
 * Per-report atomicity holds in batches too: when a batch write fails, its reports are written
 * again one per transaction, so only the report at fault is lost, named with the reason. An
 * outage (Neo4j unreachable, bad credentials) stops the whole run instead.
 */
import type { ReportMeta } from '../domain/extraction.js';
import { isEventGraphError } from '../domain/errors.js';
import type { GraphConnection } from '../graph/driver.js';
import { findKnownContentHashes, writeExtractions, type ReportToWrite, type WriteOutcome } from '../graph/index.js';
import type { Extractor } from './extractor.js';
import { extractForIngest, hashReportText } from './ingest-report.js';

export const DEFAULT_BATCH_SIZE = 25;

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
    await inFlight;
    if (outage !== null) throw outage;
    // Kept running while the next batch is read and extracted; an outage is rethrown at the next flush.
    inFlight = writeBatch(graph, ready, settle, count).catch((error: unknown) => {
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
  }
  if (batch.length > 0) await flush(batch);
  await inFlight;
  if (outage !== null) throw outage;
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}

type Ready = Pending & { report: ReportToWrite };

/** Settles texts already in the graph (or repeated in the batch) as skipped, and extracts the rest. */
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
    try {
      ready.push({ ...item, report: { text: item.text, extraction: extractForIngest(extract, item.text, item.meta) } });
    } catch (error) {
      settle(item.name, 'failed', `extraction failed: ${describe(error)}`);
    }
  }
  return ready;
}

async function writeBatch(
  graph: GraphConnection,
  ready: Ready[],
  settle: (name: string, status: ReportStatus, reason?: string) => void,
  count: (outcome: WriteOutcome) => void,
): Promise<void> {
  if (ready.length === 0) return;
  const land = (item: Ready, outcome: WriteOutcome) => {
    count(outcome);
    settle(item.name, outcome.created ? 'new' : 'skipped');
  };
  try {
    const outcomes = await writeExtractions(graph, ready.map((item) => item.report));
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
      const [outcome] = await writeExtractions(graph, [item.report]);
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
