/**
 * `eventgraph ingest PATH...`: files and folders → extract → graph. A progress bar on a terminal,
 * a summary at the end on stdout; every file that could not be ingested is named on stderr with
 * the reason, and the exit code is 1 when there was any (the other files still land).
 */
import { SingleBar } from 'cli-progress';
import { readConfig } from '../config.js';
import type { ReportMeta } from '../domain/extraction.js';
import { EventGraphError } from '../domain/errors.js';
import { DEFAULT_BATCH_SIZE, ingestPaths, type IngestSummary } from '../ingest/index.js';
import { openGraph, reportExtractor } from '../main.js';

export interface IngestCommandOptions {
  source?: string;
  published?: string;
  language?: string;
  batchSize?: string;
}

export async function ingestCommand(paths: string[], options: IngestCommandOptions): Promise<void> {
  const meta = readMeta(options);
  const batchSize = readBatchSize(options.batchSize);
  const opened = await openGraph(readConfig(), (line) => process.stderr.write(`${line}\n`));
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'ingest [{bar}] {value}/{total} reports | {new} new, {skipped} skipped, {failed} failed | {eta_formatted} left',
        hideCursor: true,
        stream: process.stderr,
      })
    : null;
  const tally = { new: 0, skipped: 0, failed: 0 };
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(opened.graph, paths, reportExtractor, {
      meta,
      batchSize,
      onStart: (files) => {
        if (files > 1) bar?.start(files, 0, tally);
      },
      onReport: (_name, status) => {
        tally[status] += 1;
        bar?.increment(1, tally);
      },
    });
  } finally {
    bar?.stop();
    await opened.close();
  }
  for (const failure of summary.failures) process.stderr.write(`eventgraph: cannot ingest ${failure.name}: ${failure.reason}\n`);
  process.stdout.write(formatIngestSummary(summary));
  if (summary.reportsFailed > 0) process.exitCode = 1;
}

export function formatIngestSummary(summary: IngestSummary): string {
  return [
    `reports    ${summary.reportsNew} new, ${summary.reportsSkipped} skipped (already ingested), ${summary.reportsFailed} failed`,
    `entities   ${summary.entitiesNew} new, ${summary.entitiesMerged} merged into existing nodes`,
    `events     ${summary.events} (${summary.corroborated} joined an incident another report told)`,
    `claims     ${summary.claims}`,
    `relations  ${summary.relations}`,
    `seconds    ${summary.seconds.toFixed(1)}`,
    '',
  ].join('\n');
}

function readMeta(options: IngestCommandOptions): ReportMeta {
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.published)) {
    throw new EventGraphError('BAD_USER_INPUT', `--published ${options.published} is not a date: give it as YYYY-MM-DD.`);
  }
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.published === undefined ? {} : { publishedAt: options.published }),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
}

function readBatchSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new EventGraphError('BAD_USER_INPUT', `--batch-size ${value} is not a whole number from 1 to 1000.`);
  }
  return size;
}
