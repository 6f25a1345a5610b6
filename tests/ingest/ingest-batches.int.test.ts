import { describe, expect, it } from 'vitest';
import { syntheticReports } from '../../bench/synthetic-reports.js';
import type { Extraction } from '../../src/domain/extraction.js';
import type { GraphConnection } from '../../src/graph/index.js';
import { ingestReports, type ReportInput } from '../../src/ingest/index.js';
import { readGraphSignature } from '../graph/graph-signature.js';
import { emptyGraph, neo4jTestResource } from '../setup/neo4j-test-resource.js';

/**
 * The derived relationships whose stored count differs from a recount of the incidents of the
 * events they list (ingestion adds to counts, merges included, and never recounts).
 */
async function derivedCountsUnlikeARecount(graph: GraphConnection) {
  const { records } = await graph.driver.executeQuery(
    `MATCH (subject:Actor)-[relation]->(object) WHERE relation.eventIds IS NOT NULL
     CALL (relation) {
       UNWIND relation.eventIds AS eventId
       MATCH (:Event {id: eventId})-[:DESCRIBES]->(incident:Incident)
       RETURN count(DISTINCT incident) AS incidents
     }
     WITH subject, relation, object, incidents WHERE incidents <> relation.count
     RETURN subject.id + ' ' + type(relation) + ' ' + object.id + ': ' + relation.count + ' stored, ' + incidents + ' recounted' AS mismatch`,
    {},
    { database: graph.database },
  );
  return records.map((record) => record.get('mismatch') as string);
}

/**
 * Ingests the benchmark's synthetic feed (events retold across reports, places inside places), so
 * incidents span batches and grow across them; returns the graph it built.
 */
async function ingestFeed(graph: GraphConnection, count: number, batchSize: number) {
  await emptyGraph(graph);
  const extractions = new Map<string, Extraction>();
  const inputs: ReportInput[] = [];
  for (const report of syntheticReports(count, 11)) {
    extractions.set(report.text, report.extraction);
    inputs.push({ name: `report ${inputs.length}`, meta: {}, read: async () => ({ text: report.text }) });
  }
  const summary = await ingestReports(graph, inputs, (text) => extractions.get(text) as Extraction, { batchSize });
  expect(summary).toMatchObject({ reportsNew: count, reportsFailed: 0 });
  expect(await derivedCountsUnlikeARecount(graph)).toEqual([]);
  return { graph: await readGraphSignature(graph), summary: { ...summary, seconds: 0 } };
}

describe('ingestReports', () => {
  it('builds the same graph, derived relation counts included, and reports the same summary whatever the batch size', async () => {
    await using graph = await neo4jTestResource();
    const oneByOne = await ingestFeed(graph, 150, 1);
    const batched = await ingestFeed(graph, 150, 40);
    expect(batched.graph).toEqual(oneByOne.graph);
    expect(oneByOne.summary.corroborated).toBeGreaterThan(0);
    expect(batched.summary).toEqual(oneByOne.summary);
  }, 180_000);
});
