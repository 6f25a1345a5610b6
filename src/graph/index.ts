/** What other layers may use of graph/: the connection, migrations, and the read and write functions. */
export { connectGraph, isGraphReachable, type GraphConnection } from './driver.js';
export { translateNeo4jError } from './errors.js';
export { applyMigrations } from './migrations.js';
export { countReports, readReports, type StoredReport } from './reports.js';
export {
  prepareBatch, writeExtraction, writeExtractions, writePreparedBatch,
  type PreparedBatch, type ReportToWrite, type WriteOptions, type WriteOutcome,
} from './write-extraction.js';
export { deleteReport, type DeleteOutcome } from './delete-report.js';
export { findKnownContentHashes } from './known-reports.js';
export { contentHashOf, prepareReport, type PreparedReport } from './extraction-rows.js';
export { reportIdFor } from './node-ids.js';
export { DERIVED_RELATION_TYPES, type DerivedRelationType } from './derived-relations.js';
export { INCIDENT_WINDOW_DAYS } from './extraction-rows.js';
