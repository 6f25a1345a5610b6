/** `eventgraph extract FILE...`: prints one Extraction as JSON per file (one per line for several). */
import { readFile } from 'node:fs/promises';
import { EventGraphError } from '../domain/errors.js';
import { extractReport } from '../extract/index.js';
import { decodeReportFile } from '../ingest/read-report-file.js';

export interface ExtractOptions {
  published?: string;
  source?: string;
  pretty?: boolean;
}

export async function extractCommand(files: string[], options: ExtractOptions): Promise<void> {
  let failed = 0;
  for (const file of files) {
    try {
      const text = decodeReportFile(file, await readFile(file));
      const extraction = extractReport(text, {
        ...(options.published ? { publishedAt: options.published } : {}),
        ...(options.source ? { source: options.source } : {}),
      });
      process.stdout.write(`${JSON.stringify(extraction, null, options.pretty && files.length === 1 ? 2 : undefined)}\n`);
    } catch (error) {
      if (error instanceof EventGraphError && error.code !== 'BAD_USER_INPUT') throw error;
      const reason = error instanceof EventGraphError ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stderr.write(`eventgraph: ${file}: ${reason}\n`);
      failed += 1;
    }
  }
  if (failed > 0) process.exitCode = 1;
}
