import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDirectory, type GoldReport } from '../../src/eval/index.js';
import { DEV_CORPUS_DIR, DEV_GOLD_DIR, loadDevReports } from './dev-corpus.js';
import { goldToExtraction } from './gold-to-extraction.js';

const goldByText = new Map<string, GoldReport>(loadDevReports().map(({ text, gold }) => [text, gold]));

function extractPerfectly(text: string) {
  const gold = goldByText.get(text);
  if (gold === undefined) throw new Error('the evaluator passed a text that is not a whole dev .txt file');
  return goldToExtraction(text, gold);
}

describe('evaluateDirectory', () => {
  it('scores the perfect extractor 1.000 everywhere on the dev gold directory', async () => {
    const { score, table } = await evaluateDirectory(DEV_GOLD_DIR, extractPerfectly);
    expect(score.reports).toHaveLength(9);
    expect(score.events).toMatchObject({ precision: 1, recall: 1, f1: 1, truePositives: 86 });
    const total = table.split('\n').find((line) => line.startsWith('total (micro)'));
    expect(total?.split(/\s+/u).slice(2)).toEqual(['1.000', '1.000', '1.000', '1.000', '1.000', '1.000', '57/57', '0', '0']);
  });

  it('passes the title line, publication date and outlet from index.json', async () => {
    const seen: Array<{ title?: string; publishedAt?: string; source?: string }> = [];
    await evaluateDirectory(`${DEV_GOLD_DIR}/`, (text, meta) => {
      seen.push(meta);
      return extractPerfectly(text);
    });
    const index = JSON.parse(readFileSync(`${DEV_CORPUS_DIR}index.json`, 'utf8')) as Array<{ published: string | null }>;
    expect(seen.map((meta) => meta.publishedAt ?? null)).toEqual(index.map((row) => row.published));
    expect(seen[1]).toEqual({
      title: 'اغتيال قيادي سابق بريف درعا الغربي.. وحملة دهم واعتقالات للمخابرات الجوية في جاسم',
      publishedAt: '2024-02-13',
      source: 'EventGraph dev corpus (written for testing)',
    });
  });

  it('lists misses with their evidence when verbose', async () => {
    const { table } = await evaluateDirectory(
      DEV_GOLD_DIR,
      (text) => {
        const system = extractPerfectly(text);
        system.events = system.events.filter((event) => event.type !== 'KILLING');
        return system;
      },
      { verbose: true },
    );
    expect(table).toContain('01-daraa-tafas-assassination-jasim-arrests\n  events      missed     KILLING — «اغتال مسلحون مجهولون');
  });

  it('names the extractor failure and the report it failed on', async () => {
    await expect(
      evaluateDirectory(DEV_GOLD_DIR, () => {
        throw new Error('lexicon missing');
      }),
    ).rejects.toThrow('extracting 00-sy24-isis-attacks-russian-militias.txt failed: lexicon missing');
  });
});

describe('dev gold files', () => {
  it('all name their own .txt file', () => {
    for (const { slug, gold } of loadDevReports()) expect(gold.file).toBe(`${slug}.txt`);
  });
});
