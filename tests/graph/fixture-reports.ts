/** Reports for the graph tests as the writer takes them: dev corpus and local fixtures, gold → Extraction. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGoldReport } from '../../src/eval/index.js';
import type { ReportToWrite } from '../../src/graph/index.js';
import { loadDevReport, loadDevReports } from '../eval/dev-corpus.js';
import { goldToExtraction } from '../eval/gold-to-extraction.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A fixture of tests/graph/fixtures/ by its letter: `a`, `b`, `c`, `p`, `q`, `s`, `t`, `u` (see the README there). */
export function fixtureReport(letter: string): ReportToWrite {
  const slug = {
    a: 'a-amuda-drone-strike-retold',
    b: 'b-kobani-drone-strike',
    c: 'c-amuda-road-strike-later',
    p: 'p-umm-al-kayf-shelling',
    q: 'q-dardara-shelling',
    s: 's-asadiyah-shelling',
    t: 't-abu-rasin-shelling',
    u: 'u-asadiyah-families-leave',
  }[letter];
  if (slug === undefined) throw new Error(`no fixture ${letter}`);
  const text = readFileSync(`${FIXTURES}${slug}.txt`, 'utf8');
  const gold = parseGoldReport(JSON.parse(readFileSync(`${FIXTURES}${slug}.json`, 'utf8')) as unknown, slug);
  return { text, extraction: goldToExtraction(text, gold) };
}

/** A dev corpus report by its number prefix (`04`), as its perfect extraction. */
export function devReport(prefix: string): ReportToWrite {
  const { text, gold } = loadDevReport(prefix);
  return { text, extraction: goldToExtraction(text, gold) };
}

export function allDevReports(): ReportToWrite[] {
  return loadDevReports().map(({ text, gold }) => ({ text, extraction: goldToExtraction(text, gold) }));
}
