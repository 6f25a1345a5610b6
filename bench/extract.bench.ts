// Extraction throughput of extractReport on one core, in MB/s of Arabic text, against the goal
// of 5 MB/s (issue 3). Two inputs of about 5 MB each, built from the dev corpus:
//   - per-report corpus: the dev reports repeated, each extracted as its own report (the usual case);
//   - single large report: the same text joined into one report (long reports, and any cost that
//     grows faster than the text).
// MB counts UTF-8 bytes (an Arabic letter is two), so the figure compares with file sizes on disk.
// Each case is run once to warm up (lexicons loaded, JIT settled), then timed BENCH_RUNS times
// (default 5); the table shows the median. MB/s is wall-clock; CPU MB/s counts this process's CPU
// time instead, the steadier figure on a machine shared with other work.
// Run with `npx tsx bench/extract.bench.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractReport } from '../src/extract/index.js';

const GOAL_MEGABYTES_PER_SECOND = 5;
const TARGET_BYTES = 5 * 1024 * 1024;
const runs = Number(process.env.BENCH_RUNS ?? 5);

const corpusDirectory = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const reports = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpusDirectory, name), 'utf8'));
const corpusBytes = reports.reduce((sum, report) => sum + Buffer.byteLength(report, 'utf8'), 0);
const repetitions = Math.ceil(TARGET_BYTES / corpusBytes);
const manyReports = Array.from({ length: repetitions }, () => reports).flat();
const oneLargeReport = manyReports.join('\n\n');

const megabytesOf = (texts: readonly string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / (1024 * 1024);

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Median wall time and median CPU time (user + system, all threads of this process) in seconds of
 * `work` over {@link runs} runs, after one warm-up run. On a machine shared with other work the
 * wall time also counts the time this process waited for a core; the CPU time does not, but it
 * does count the garbage collector's helper threads, so on an idle machine it can exceed wall time.
 */
function measureMedianSeconds(work: () => unknown): { wall: number; cpu: number } {
  work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    work();
    const usedCpu = process.cpuUsage(startedCpu);
    wall.push((performance.now() - started) / 1000);
    cpu.push((usedCpu.user + usedCpu.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const cases: Array<{ name: string; megabytes: number; work: () => unknown }> = [
  {
    name: `per-report corpus (${manyReports.length} reports)`,
    megabytes: megabytesOf(manyReports),
    work: () => {
      let events = 0;
      for (const report of manyReports) events += extractReport(report).events.length;
      return events;
    },
  },
  { name: 'single large report', megabytes: megabytesOf([oneLargeReport]), work: () => extractReport(oneLargeReport).events.length },
];

console.log(`extractReport throughput, one core, median of ${runs} runs after a warm-up; goal ${GOAL_MEGABYTES_PER_SECOND} MB/s (MB = 2^20 bytes of UTF-8)`);
const rows = cases.map(({ name, megabytes, work }) => {
  console.error(`timing ${name}…`);
  const seconds = measureMedianSeconds(work);
  const megabytesPerSecond = megabytes / seconds.wall;
  return {
    input: name,
    MB: Number(megabytes.toFixed(2)),
    'median s': Number(seconds.wall.toFixed(3)),
    'MB/s': Number(megabytesPerSecond.toFixed(3)),
    'ratio to goal': Number((megabytesPerSecond / GOAL_MEGABYTES_PER_SECOND).toFixed(3)),
    'CPU MB/s': Number((megabytes / seconds.cpu).toFixed(3)),
  };
});
console.table(rows);
