/** What other layers may use of ingest/: the use cases and the extractor port they take. */
export type { Extractor } from './extractor.js';
export { ingestReportText, hashReportText, guessTitle, type IngestOutcome } from './ingest-report.js';
export {
  ingestReports,
  DEFAULT_BATCH_SIZE,
  type IngestOptions,
  type IngestSummary,
  type ReportInput,
  type ReportStatus,
} from './ingest-reports.js';
export { ingestPaths, type IngestPathsOptions } from './ingest-paths.js';
export { listReportFiles, readReportFile, decodeReportBytes, MAX_REPORT_BYTES } from './read-report-files.js';
export { loadSampleReports } from './load-samples.js';
