/**
 * Ingest throughput against a real Neo4j, and the raw ceiling on the same Neo4j in the same run.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7801 npm run bench:ingest -- [--sizes 1000,10000] [--runs 3] [--batch-size 100] [--seed 7] [--warmup 2000] [--wipe]
 *
 * First a warm-up ingest (not measured: the server compiles the write plans once, and both JITs
 * settle — on a freshly started Neo4j the first 1,000 reports ingest at about half the later rate,
 * so a short warm-up left that in the first measured runs). Its time is printed as the cold cost.
 * Then for each size: empties the graph, ingests that many synthetic reports
 * (bench/synthetic-reports.ts) end to end through the ingest use case (skip check, extraction stand-in, batched write with
 * incident linking and derived relations), and reads back the graph that resulted. Then two
 * ceilings, each written by bare `UNWIND … CREATE` batches into the emptied graph:
 *   - the ceiling: the same graph again — every node with its labels and properties, every
 *     relationship with its type and properties — so the database stores what ingestion stored
 *     (the same bytes, the same index entries) without any of ingestion's reading, merging and
 *     linking. What ingestion costs beyond storing its graph is what the ratio measures.
 *   - the bare ceiling: as many nodes with only an id, and as many relationships without
 *     properties — the floor of any write (ingestion stores ~4 properties per element, the bare write one per node here).
 * Prints the median of the runs, their ratios, and the peak RSS of this process while it
 * ingested that size (sampled; it must not grow with the size).
 * The ingest time includes making the synthetic reports, which stands in for reading and
 * extracting them; the table shows how long making them alone takes. Without NEO4J_URI it starts a throwaway local Neo4j (LOCAL_NEO4J_BOLT_PORT, default 7699,
 * data in LOCAL_NEO4J_DATA_DIR, default .data/neo4j-bench). It refuses to empty a graph that
 * holds data unless given --wipe.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { readConfig } from '../src/config.js';
import type { Extraction } from '../src/domain/extraction.js';
import { applyMigrations, connectGraph, type GraphConnection } from '../src/graph/index.js';
import { DEFAULT_BATCH_SIZE, ingestReports, type ReportInput } from '../src/ingest/index.js';
import { resolveDataDir } from '../src/local-neo4j/paths.js';
import { startAttachedNeo4j } from '../src/local-neo4j/index.js';
import { countGraph } from '../tests/graph/graph-signature.js';
import { emptyGraph } from './empty-graph.js';
import { syntheticReports } from './synthetic-reports.js';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    seed: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '2000' },
    wipe: { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const batchSize = Number(options['batch-size']);
const seed = Number(options.seed);

interface Measure {
  seconds: number;
  nodes: number;
  relationships: number;
  peakRssMegabytes: number;
}

/** The highest RSS seen between start and stop, sampled every 50 ms (the process-wide peak never comes down). */
function trackPeakRss(): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024;
  };
}

/** Seconds spent only making `count` synthetic reports: the part of the ingest time that is not ingestion. */
function timeGenerating(count: number): number {
  const began = performance.now();
  for (const report of syntheticReports(count, seed)) if (report.text.length === 0) throw new Error('empty report');
  return (performance.now() - began) / 1000;
}

async function ingestSynthetic(graph: GraphConnection, count: number): Promise<Measure> {
  // The extraction stand-in hands back what the generator made for each text; entries leave as
  // soon as they are used, so only the reports of the batches in flight are held.
  const pending = new Map<string, Extraction>();
  const extract = (text: string): Extraction => {
    const extraction = pending.get(text);
    if (extraction === undefined) throw new Error('the generator did not make this text');
    pending.delete(text);
    return extraction;
  };
  function* inputs(): Generator<ReportInput> {
    for (const report of syntheticReports(count, seed)) {
      pending.set(report.text, report.extraction);
      yield { name: `synthetic`, meta: {}, read: async () => ({ text: report.text }) };
    }
  }
  const stopTracking = trackPeakRss();
  const began = performance.now();
  const summary = await ingestReports(graph, inputs(), extract, { batchSize });
  const seconds = (performance.now() - began) / 1000;
  const peakRssMegabytes = stopTracking();
  if (summary.reportsNew !== count) throw new Error(`ingested ${summary.reportsNew} of ${count}: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  return { seconds, peakRssMegabytes, ...(await countGraph(graph)) };
}

/** The same numbers of nodes and relationships, written by bare UNWIND … CREATE in batches of 10,000. */
async function writeBareCeiling(graph: GraphConnection, nodes: number, relationships: number): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  const batch = 10_000;
  const began = performance.now();
  try {
    const elementIds: string[] = [];
    for (let first = 0; first < nodes; first += batch) {
      const rows = Array.from({ length: Math.min(batch, nodes - first) }, (_, offset) => ({ id: `raw:${first + offset}` }));
      const created = await session.executeWrite((tx) => tx.run('UNWIND $rows AS row CREATE (node:Raw {id: row.id}) RETURN elementId(node) AS element', { rows }));
      for (const record of created.records) elementIds.push(record.get('element') as string);
    }
    let state = 12345;
    const pick = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return elementIds[state % elementIds.length] as string;
    };
    for (let first = 0; first < relationships; first += batch) {
      const rows = Array.from({ length: Math.min(batch, relationships - first) }, () => ({ from: pick(), to: pick() }));
      await session.executeWrite((tx) =>
        tx.run('UNWIND $rows AS row MATCH (from) WHERE elementId(from) = row.from MATCH (to) WHERE elementId(to) = row.to CREATE (from)-[:RAW]->(to)', { rows }),
      );
    }
  } finally {
    await session.close();
  }
  return (performance.now() - began) / 1000;
}

/** Seconds bench/copy-ceiling.ts took to write the graph ingestion left again (it empties the graph first). */
async function writeCopyCeiling(uri: string): Promise<number> {
  const script = new URL('./copy-ceiling.ts', import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, NEO4J_URI: uri },
    maxBuffer: 1024 * 1024,
  });
  return (JSON.parse(stdout.trim().split('\n').at(-1) as string) as { seconds: number }).seconds;
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const config = readConfig();
  let stop = async () => {};
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    // A 2 GB heap unless LOCAL_NEO4J_HEAP says otherwise: ingesting 10,000 reports stays near 600 MB,
    // but reading back and rewriting that graph for the ceiling took a 1 GB heap to its limit.
    const local = {
      ...config.localNeo4j,
      heap: process.env.LOCAL_NEO4J_HEAP ?? '2g',
      boltPort: Number(process.env.LOCAL_NEO4J_BOLT_PORT ?? 7699),
      dataDir: process.env.LOCAL_NEO4J_DATA_DIR ?? '.data/neo4j-bench',
    };
    await rm(resolveDataDir(local.dataDir), { recursive: true, force: true });
    const neo4j = await startAttachedNeo4j(local, (line) => process.stderr.write(`${line}\n`));
    uri = neo4j.uri;
    stop = neo4j.stop;
  }
  const graph = await connectGraph({ ...config.neo4j, uri });
  try {
    await applyMigrations(graph);
    const existing = await countGraph(graph);
    if (existing.nodes > 0 && !options.wipe && config.neo4j.uri !== undefined) {
      throw new Error(`${uri} holds ${existing.nodes} nodes: the benchmark empties the graph, so pass --wipe if that is what you want.`);
    }
    process.stdout.write(`Ingest benchmark: ${uri}, batch size ${batchSize}, seed ${seed}, median of ${runs} run(s)\n\n`);
    const warmup = Number(options.warmup);
    if (warmup > 0) {
      await emptyGraph(graph);
      const cold = await ingestSynthetic(graph, warmup);
      process.stdout.write(`Warm-up: ${warmup} reports ingested in ${cold.seconds.toFixed(1)} s (${(warmup / cold.seconds).toFixed(0)} reports/s, the cold rate).\n\n`);
      await writeCopyCeiling(uri);
      await emptyGraph(graph);
      await writeBareCeiling(graph, 1000, 4000);
    }
    const rows: string[][] = [];
    const rates = new Map<number, number>();
    for (const size of sizes) {
      const ingests: Measure[] = [];
      const ceilings: number[] = [];
      const bareCeilings: number[] = [];
      for (let run = 0; run < runs; run++) {
        await emptyGraph(graph);
        const ingest = await ingestSynthetic(graph, size);
        ceilings.push(await writeCopyCeiling(uri));
        await emptyGraph(graph);
        bareCeilings.push(await writeBareCeiling(graph, ingest.nodes, ingest.relationships));
        await emptyGraph(graph);
        ingests.push(ingest);
        process.stderr.write(
          `  ${size} reports, run ${run + 1}: ingest ${ingest.seconds.toFixed(1)} s, ceiling ${(ceilings.at(-1) as number).toFixed(1)} s, bare ceiling ${(bareCeilings.at(-1) as number).toFixed(1)} s\n`,
        );
      }
      const seconds = median(ingests.map((ingest) => ingest.seconds));
      const ceiling = median(ceilings);
      const bareCeiling = median(bareCeilings);
      const elements = (ingests[0] as Measure).nodes + (ingests[0] as Measure).relationships;
      rates.set(size, size / seconds);
      rows.push([
        String(size),
        `${(ingests[0] as Measure).nodes} / ${(ingests[0] as Measure).relationships}`,
        seconds.toFixed(1),
        timeGenerating(size).toFixed(1),
        (size / seconds).toFixed(0),
        (elements / seconds).toFixed(0),
        (elements / ceiling).toFixed(0),
        `${((100 * ceiling) / seconds).toFixed(0)}%`,
        (elements / bareCeiling).toFixed(0),
        `${((100 * bareCeiling) / seconds).toFixed(0)}%`,
        Math.max(...ingests.map((ingest) => ingest.peakRssMegabytes)).toFixed(0),
      ]);
    }
    const header = [
      'reports',
      'nodes / relationships',
      'ingest s',
      'of which generating s',
      'reports/s',
      'elements/s',
      'ceiling elements/s',
      'of ceiling',
      'bare ceiling elements/s',
      'of bare ceiling',
      'peak RSS MB',
    ];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padStart(widths[column] as number)).join(' | ')} |`;
    process.stdout.write(`${[line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\n`);
    process.stdout.write(`\nLoad average during the run (this machine's other work competes for its CPUs): ${loadavg().map((load) => load.toFixed(1)).join(' ')}\n`);
    if (sizes.length >= 2) {
      const [small, large] = [sizes[0] as number, sizes.at(-1) as number];
      process.stdout.write(`\n${large} reports ingest at ${((100 * (rates.get(large) as number)) / (rates.get(small) as number)).toFixed(0)}% of the rate of ${small}.\n`);
    }
  } finally {
    await graph.close();
    await stop();
  }
}

await main();
