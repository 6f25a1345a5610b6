/**
 * The ingest use case for one report: text → {@link Extractor} → graph, in one write transaction
 * (the API's mutation calls this). A text already in the graph is recognised by its content hash
 * and neither extracted nor written again.
 */
import { createHash } from 'node:crypto';
import type { Extraction, ReportMeta } from '../domain/extraction.js';
import type { GraphConnection } from '../graph/driver.js';
import { findKnownContentHashes, reportIdFor, writeExtraction, type WriteOutcome } from '../graph/index.js';
import type { Extractor } from './extractor.js';

export interface IngestOutcome {
  reportId: string;
  alreadyIngested: boolean;
  /** What the write did (all zero when the report was already there). */
  written: WriteOutcome;
}

export function hashReportText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The first line that reads like a headline: skips share-button and short noise lines. */
export function guessTitle(text: string): string | null {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate.split(/\s+/).length >= 4);
  return line ?? null;
}

/** Runs the extractor and fills what it left empty from the metadata and the text. */
export function extractForIngest(extract: Extractor, text: string, meta: ReportMeta): Extraction {
  const extraction = extract(text, meta);
  const report = extraction.report;
  return {
    ...extraction,
    report: {
      ...report,
      title: meta.title ?? report.title ?? guessTitle(text),
      source: meta.source ?? report.source,
      url: meta.url ?? report.url,
      publishedAt: meta.publishedAt ?? report.publishedAt,
      language: meta.language ?? report.language,
    },
  };
}

export async function ingestReportText(graph: GraphConnection, text: string, meta: ReportMeta, extract: Extractor): Promise<IngestOutcome> {
  const contentHash = hashReportText(text);
  const reportId = reportIdFor(contentHash);
  if ((await findKnownContentHashes(graph, [contentHash])).has(contentHash)) {
    return { reportId, alreadyIngested: true, written: emptyOutcome(reportId, contentHash) };
  }
  const written = await writeExtraction(graph, { text, extraction: extractForIngest(extract, text, meta) });
  return { reportId, alreadyIngested: !written.created, written };
}

function emptyOutcome(reportId: string, contentHash: string): WriteOutcome {
  return { reportId, contentHash, created: false, entitiesNew: 0, entitiesMerged: 0, events: 0, claims: 0, relations: 0, corroborated: 0 };
}
