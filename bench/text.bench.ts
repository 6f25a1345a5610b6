// Throughput of the text layer (normalize, tokenize, sentences, noise) over ~5 MB of Arabic reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findNoiseLines, normalizeArabic, splitClauses, splitSentences, tokenize } from '../src/extract/text/index.js';

// The dev corpus repeated to about 5 MB of UTF-8. MB/s counts UTF-8 bytes (an Arabic letter is
// two), so the figure compares with file sizes on disk; Mchar/s counts UTF-16 code units.
const corpusDirectory = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const reports = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(corpusDirectory, name), 'utf8'));
const corpus = reports.join('\n\n');
const targetBytes = 5 * 1024 * 1024;
const text = corpus.repeat(Math.ceil(targetBytes / Buffer.byteLength(corpus)));
const megabytes = Buffer.byteLength(text) / (1024 * 1024);
const runs = 5;

function measureMedianMilliseconds(work: () => unknown): number {
  work(); // warm-up: fills the folding caches and lets the JIT settle
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

// Intl.Segmenter is fed one report at a time: on Node 20 every segment it yields carries a fresh
// copy of the whole input, so segmenting the 5 MB text at once is quadratic and runs out of memory.
const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
const repetitions = Math.ceil(targetBytes / Buffer.byteLength(corpus));
const segmentEachReport = (): number => {
  let count = 0;
  for (let repetition = 0; repetition < repetitions; repetition++) {
    for (const report of reports) for (const segment of segmenter.segment(report)) count += segment.index >= 0 ? 1 : 0;
  }
  return count;
};
const cases: Array<[string, () => unknown]> = [
  ['normalizeArabic', () => normalizeArabic(text)],
  ['tokenize (normalize + tokenize)', () => tokenize(text)],
  ['splitSentences', () => splitSentences(text)],
  ['splitSentences + splitClauses', () => splitSentences(text).map((sentence) => splitClauses(sentence))],
  ['Intl.Segmenter, report by report (comparison)', segmentEachReport],
  ['findNoiseLines', () => findNoiseLines(text)],
];

console.log(`input: ${megabytes.toFixed(2)} MB UTF-8, ${(text.length / 1e6).toFixed(2)} M UTF-16 units, median of ${runs} runs`);
console.table(
  cases.map(([name, work]) => {
    const milliseconds = measureMedianMilliseconds(work);
    return {
      step: name,
      'median ms': Number(milliseconds.toFixed(1)),
      'MB/s': Number((megabytes / (milliseconds / 1000)).toFixed(1)),
      'Mchar/s': Number((text.length / 1e6 / (milliseconds / 1000)).toFixed(1)),
    };
  }),
);
