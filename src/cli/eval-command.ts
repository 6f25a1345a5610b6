/** `eventgraph eval GOLD_DIR`: scores the extractor against gold files (P/R/F1 per category). */
import { evaluateDirectory } from '../eval/index.js';
import { extractReport } from '../extract/index.js';

export async function evalCommand(goldDir: string, options: { verbose?: boolean }): Promise<void> {
  const { table } = await evaluateDirectory(goldDir, (text, meta) => extractReport(text, meta), { verbose: options.verbose ?? false });
  process.stdout.write(`${table}\n`);
}
