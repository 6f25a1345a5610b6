/**
 * The ingest use case for one report: text → stored (:Report). Extraction and the graph write of
 * its entities and events come with the graph model (issue 4); until then only the report is stored.
 */
import { createHash } from 'node:crypto';
import type { ReportMeta } from '../domain/extraction.js';
import type { GraphConnection } from '../graph/driver.js';
import { storeReport } from '../graph/reports.js';

export interface IngestOutcome {
  reportId: string;
  alreadyIngested: boolean;
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

export async function ingestReportText(graph: GraphConnection, text: string, meta: ReportMeta): Promise<IngestOutcome> {
  const contentHash = hashReportText(text);
  const stored = await storeReport(graph, {
    id: `report:${contentHash.slice(0, 16)}`,
    contentHash,
    title: meta.title ?? guessTitle(text),
    source: meta.source ?? null,
    url: meta.url ?? null,
    language: meta.language ?? 'ar',
    publishedAt: meta.publishedAt ?? null,
    text,
  });
  return { reportId: stored.id, alreadyIngested: !stored.created };
}
