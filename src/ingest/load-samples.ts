/** Loads the sample reports in examples/reports/ into an empty graph on first start. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphConnection } from '../graph/driver.js';
import type { Extractor } from './extractor.js';
import { ingestReportText } from './ingest-report.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../examples/reports/', import.meta.url));

/** Outlets of the samples, by file-name prefix; the folder's README says where each comes from. */
const SAMPLE_SOURCES: Record<string, string> = { '00-sy24': 'SY24' };

export async function loadSampleReports(graph: GraphConnection, extract: Extractor, directory = SAMPLES_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.txt')).sort();
  const ids: string[] = [];
  for (const file of files) {
    const text = await readFile(join(directory, file), 'utf8');
    const source = Object.entries(SAMPLE_SOURCES).find(([prefix]) => file.startsWith(prefix))?.[1];
    const outcome = await ingestReportText(graph, text, { ...(source ? { source } : {}) }, extract);
    ids.push(outcome.reportId);
  }
  return ids;
}
