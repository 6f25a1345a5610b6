/** Loads the shared dev corpus (texts and gold files) for the scorer's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGoldReport, type GoldReport } from '../../src/eval/index.js';

// The corpus lives beside the repository (package.json's `eval` script uses the same place).
export const DEV_CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
export const DEV_GOLD_DIR = `${DEV_CORPUS_DIR}gold`;

export interface DevReport {
  slug: string;
  text: string;
  gold: GoldReport;
}

/** Every dev report in file-name order, gold validated. */
export function loadDevReports(): DevReport[] {
  return readdirSync(DEV_GOLD_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.json$/u, '');
      const gold = parseGoldReport(JSON.parse(readFileSync(`${DEV_GOLD_DIR}/${name}`, 'utf8')) as unknown, name);
      return { slug, gold, text: readFileSync(`${DEV_CORPUS_DIR}${slug}.txt`, 'utf8') };
    });
}

/** One dev report by its number prefix, e.g. `01`. */
export function loadDevReport(prefix: string): DevReport {
  const report = loadDevReports().find((candidate) => candidate.slug.startsWith(`${prefix}-`));
  if (report === undefined) throw new Error(`no dev report starts with ${prefix}-`);
  return report;
}
