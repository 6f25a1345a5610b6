/**
 * Which statement the server is busy with while something else writes: samples the transactions
 * tagged `app: 'eventgraph'` every 200 ms for a while and prints how often each statement was
 * running, and how often the transaction was committing or between statements (waiting for the
 * client's next one).
 * A sampling profiler of ingestion seen from Neo4j — it found the recounts that made some
 * 10,000-report runs three times slower (README, Speed).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7699 npx tsx bench/busy-statements.ts [seconds=30]
 *
 * Run it beside `npm run bench:ingest` or an ingest, pointed at the same Neo4j.
 */
import { readConfig } from '../src/config.js';
import { connectGraph } from '../src/graph/index.js';

const seconds = Number(process.argv[2] ?? 30);
const { neo4j } = readConfig();
if (neo4j.uri === undefined) throw new Error('Set NEO4J_URI to the Neo4j that the writes go to.');
const graph = await connectGraph({ ...neo4j, uri: neo4j.uri });

/** A statement's first words, its replan prefix and spacing dropped: enough to tell the write statements apart. */
function labelOf(query: string, status: string): string {
  const text = query.replace('CYPHER replan=skip', '').replace(/\s+/gu, ' ').trim();
  // The derived-relation increment and recount open alike; what follows tells them apart.
  const kind = text.includes('UNWIND relation.eventIds') ? 'recount: ' : text.includes('MERGE (subject)-') ? 'increment: ' : '';
  if (text !== '') return `${kind}${text.slice(0, 100)}`;
  return status.startsWith('Closing') ? '(committing)' : '(between statements: waiting for the client)';
}

const counts = new Map<string, number>();
let samples = 0;
const until = Date.now() + seconds * 1000;
while (Date.now() < until) {
  const { records } = await graph.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery, status, metaData WHERE metaData.app = 'eventgraph' RETURN currentQuery, status",
    {},
    { database: graph.database },
  );
  for (const record of records) {
    const label = labelOf((record.get('currentQuery') as string | null) ?? '', record.get('status') as string);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  samples += 1;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await graph.close();

const busy = [...counts.values()].reduce((sum, count) => sum + count, 0);
process.stdout.write(`${samples} samples over ${seconds} s; an eventgraph transaction was open in ${busy}.\n\n`);
for (const [label, count] of [...counts].sort((left, right) => right[1] - left[1])) {
  process.stdout.write(`${String(count).padStart(6)}  ${((100 * count) / Math.max(1, busy)).toFixed(0).padStart(3)}%  ${label}\n`);
}
