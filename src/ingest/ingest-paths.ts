/**
 * `eventgraph ingest PATH...` as a use case: files and folders → {@link ingestReports}. Paths that
 * do not exist, and files that cannot be read or decoded, are failures named with their reason;
 * everything else still lands.
 */
import type { ReportMeta } from '../domain/extraction.js';
import type { GraphConnection } from '../graph/driver.js';
import type { Extractor } from './extractor.js';
import { ingestReports, type IngestOptions, type IngestSummary, type ReportInput } from './ingest-reports.js';
import { listReportFiles, readReportFile } from './read-report-files.js';

export interface IngestPathsOptions extends IngestOptions {
  /** Metadata applied to every file (outlet, publication date, language). */
  meta?: ReportMeta;
  /** Called once the files are listed, with how many will be read. */
  onStart?: (files: number) => void;
}

export async function ingestPaths(
  graph: GraphConnection,
  paths: string[],
  extract: Extractor,
  options: IngestPathsOptions = {},
): Promise<IngestSummary> {
  const began = performance.now();
  const { files, problems } = await listReportFiles(paths);
  options.onStart?.(files.length);
  const meta = options.meta ?? {};
  const inputs = files.map((path): ReportInput => ({ name: path, meta, read: () => readReportFile(path) }));
  const summary = await ingestReports(graph, inputs, extract, options);
  summary.reportsFailed += problems.length;
  summary.failures.unshift(...problems.map((problem) => ({ name: problem.path, reason: problem.reason })));
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}
