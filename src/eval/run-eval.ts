/** Scores an extractor on a gold directory laid out like the dev corpus (the one module here that reads files). */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Extraction, ReportMeta } from '../domain/extraction.js';
import { formatScore } from './format-score.js';
import { parseGoldReport } from './gold.js';
import { scoreCorpus, scoreReport, type CorpusScore, type ReportScore } from './score.js';

/** What the evaluator knows about a report besides its text. */
export type ReportMetaForEval = Pick<ReportMeta, 'publishedAt' | 'source' | 'title'>;

export type ExtractForEval = (text: string, meta: ReportMetaForEval) => Extraction | Promise<Extraction>;

interface IndexRow {
  file: string;
  published?: string | null;
  outlet?: string;
}

/**
 * For every `GOLD_DIR/NN-slug.json` (in name order), runs `extract` on the whole of
 * `GOLD_DIR/../NN-slug.txt` — title line included, because gold evidence and surfaces are located
 * in the whole file — with `title` (line 1), `publishedAt` and `source` (the outlet) taken from
 * `../index.json` when present, else from the gold file. Resolves to the corpus score and its
 * table ({@link formatScore}). Rejects, naming the file, when a gold file is invalid, a .txt is
 * missing, the extractor throws, or a gold evidence is not in its text.
 */
export async function evaluateDirectory(
  goldDir: string,
  extract: ExtractForEval,
  options: { verbose?: boolean } = {},
): Promise<{ score: CorpusScore; table: string }> {
  const corpusDir = dirname(goldDir.replace(/[\\/]+$/u, ''));
  const goldFiles = (await readdir(goldDir)).filter((name) => name.endsWith('.json')).sort();
  if (goldFiles.length === 0) throw new Error(`${goldDir} holds no gold .json files`);
  const index = await readIndex(join(corpusDir, 'index.json'));

  const reports: ReportScore[] = [];
  for (const goldFile of goldFiles) {
    const goldPath = join(goldDir, goldFile);
    const gold = parseGoldReport(JSON.parse(await readFile(goldPath, 'utf8')) as unknown, goldPath);
    const textName = `${basename(goldFile, '.json')}.txt`;
    const text = await readFile(join(corpusDir, textName), 'utf8');
    const row = index.get(textName);
    const published = row?.published !== undefined ? row.published : gold.published;
    const meta: ReportMetaForEval = { title: text.split('\n', 1)[0]?.trim() ?? '' };
    if (published) meta.publishedAt = published;
    const source = row?.outlet ?? gold.outlet;
    if (source) meta.source = source;
    let system: Extraction;
    try {
      system = await extract(text, meta);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`extracting ${textName} failed: ${reason}`, { cause: error });
    }
    reports.push(scoreReport(text, gold, system));
  }
  const score = scoreCorpus(reports);
  return { score, table: formatScore(score, options) };
}

// index.json is optional: a gold directory for unseen reports may come without one.
async function readIndex(path: string): Promise<Map<string, IndexRow>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  const rows = JSON.parse(raw) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${path} must be an array of {file, published, outlet} rows`);
  return new Map(
    rows
      .filter((row): row is IndexRow => typeof (row as Partial<IndexRow> | null)?.file === 'string')
      .map((row) => [row.file, row]),
  );
}
