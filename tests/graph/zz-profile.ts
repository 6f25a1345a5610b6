import { Transaction } from 'neo4j-driver';
import { connectGraph } from '../../src/graph/driver.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { writeExtractions } from '../../src/graph/write-extraction.js';
import { loadDevReports } from '../eval/dev-corpus.js';
import { goldToExtraction } from '../eval/gold-to-extraction.js';
const original = Transaction.prototype.run;
const timings: Array<[string, number]> = [];
Transaction.prototype.run = function (query: string, params?: unknown) {
  const began = Date.now();
  const result = original.call(this, query, params as never);
  void result.summary().then(() => timings.push([query.trim().split('\n').slice(0, 3).join(' ').slice(0, 90), Date.now() - began]), () => {});
  return result;
} as typeof original;
const graph = await connectGraph({ uri: 'bolt://127.0.0.1:7801', user: 'neo4j', password: undefined, database: 'neo4j' });
await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
await applyMigrations(graph);
const reports = loadDevReports().map((r) => ({ text: r.text, extraction: goldToExtraction(r.text, r.gold) }));
for (const batch of [reports.slice(0, 4), reports.slice(4)]) {
  const t = Date.now();
  await writeExtractions(graph, batch);
  console.log('batch', Date.now() - t);
  for (const [q, ms] of timings.splice(0)) console.log(String(ms).padStart(6), q);
}
await graph.close();
