/** `eventgraph extract FILE...`: prints one Extraction as JSON per file (one per line for several). */
import { EventGraphError } from '../domain/errors.js';
import { extractReport } from '../extract/index.js';
import { readReportFile } from '../ingest/index.js';

export interface ExtractOptions {
  published?: string;
  source?: string;
  pretty?: boolean;
}

/** A file that cannot be read or decoded is named with the reason; the others are still printed. */
export async function extractCommand(files: string[], options: ExtractOptions): Promise<void> {
  let failed = 0;
  for (const file of files) {
    const read = await readReportFile(file);
    try {
      if ('reason' in read) throw new EventGraphError('BAD_USER_INPUT', read.reason);
      const extraction = extractReport(read.text, {
        ...(options.published ? { publishedAt: options.published } : {}),
        ...(options.source ? { source: options.source } : {}),
      });
      process.stdout.write(`${JSON.stringify(extraction, null, options.pretty && files.length === 1 ? 2 : undefined)}\n`);
    } catch (error) {
      if (!(error instanceof EventGraphError) || error.code !== 'BAD_USER_INPUT') throw error;
      process.stderr.write(`eventgraph: ${file}: ${error.message}\n`);
      failed += 1;
    }
  }
  if (failed > 0) process.exitCode = 1;
}
