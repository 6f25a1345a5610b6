/**
 * The ceiling that the ingest benchmark compares with (bench/ingest.bench.ts): reads the graph
 * that ingestion left, empties the database, and writes the same graph again by bare
 * `UNWIND … CREATE` batches of 2,000 — every node with its labels and properties, every
 * relationship with its type and properties — so the database stores what ingestion stored (the
 * same property bytes, the same index entries) without any of ingestion's reading, merging and
 * linking. Prints the seconds the writing took, as JSON, on the last line of its output.
 *
 * It runs as its own process (the benchmark spawns it) so that holding a copy of a large graph
 * does not inflate the peak memory measured for ingestion.
 *
 *   NEO4J_URI=bolt://… npx tsx bench/copy-ceiling.ts
 */
import { readConfig } from '../src/config.js';
import { connectGraph, type GraphConnection } from '../src/graph/index.js';
import { emptyGraph } from './empty-graph.js';

/** A graph as read back: nodes with labels and properties, relationships by their end nodes' positions. */
interface GraphCopy {
  nodes: Array<{ labels: string[]; props: Record<string, unknown> }>;
  relationships: Array<{ type: string; from: number; to: number; props: Record<string, unknown> }>;
}

/** Everything but the migration records and the write lock, read to be written again by {@link writeCopyCeiling}. */
async function readGraphCopy(graph: GraphConnection): Promise<GraphCopy> {
  const position = new Map<string, number>();
  const nodes: GraphCopy['nodes'] = [];
  const nodeResult = await graph.driver.executeQuery(
    'MATCH (node) WHERE NOT node:Migration AND NOT node:WriteLock RETURN elementId(node) AS element, labels(node) AS labels, properties(node) AS props',
    {},
    { database: graph.database },
  );
  for (const record of nodeResult.records) {
    position.set(record.get('element') as string, nodes.length);
    nodes.push({ labels: record.get('labels') as string[], props: record.get('props') as Record<string, unknown> });
  }
  const relationshipResult = await graph.driver.executeQuery(
    `MATCH (from)-[relation]->(to) WHERE NOT from:WriteLock AND NOT from:Migration
     RETURN elementId(from) AS from, elementId(to) AS to, type(relation) AS type, properties(relation) AS props`,
    {},
    { database: graph.database },
  );
  const relationships = relationshipResult.records.map((record) => ({
    type: record.get('type') as string,
    from: position.get(record.get('from') as string) as number,
    to: position.get(record.get('to') as string) as number,
    props: record.get('props') as Record<string, unknown>,
  }));
  return { nodes, relationships };
}

/** Labels and types are written into the statement's text, as a hand-written bulk load would have them: only identifiers pass. */
function identifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z_]*$/u.test(name)) throw new Error(`not a label or type: ${name}`);
  return name;
}

/** Rows grouped by a key, in batches of at most `size`: one statement text per key. */
function* batchesByKey<Row>(rows: Iterable<Row>, keyOf: (row: Row) => string, size: number): Generator<[string, Row[]]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  for (const [key, group] of groups) for (let first = 0; first < group.length; first += size) yield [key, group.slice(first, first + size)];
}

/**
 * The same graph written again by bare UNWIND … CREATE in batches of 2,000 into the emptied
 * graph: nodes by label set, then relationships by type, each with its properties. (Integers come
 * back as JavaScript numbers and are stored as floats: the same eight bytes.) Batches of 2,000,
 * not the bare ceiling's 10,000: these rows carry properties (report texts, span lists), and
 * 10,000 of them in one transaction pushed a 1 GB Neo4j heap to its limit at 10,000 reports;
 * at 1,000 reports 2,000 and 10,000 wrote equally fast (3.1–4.6 s against 3.7–3.8 s).
 */
async function writeCopyCeiling(graph: GraphConnection, copy: GraphCopy): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  const batch = 2_000;
  const began = performance.now();
  try {
    const elementIds: string[] = new Array<string>(copy.nodes.length);
    const numbered = copy.nodes.map((node, index) => ({ ...node, index }));
    for (const [labels, rows] of batchesByKey(numbered, (node) => node.labels.map(identifier).join(':'), batch)) {
      const created = await session.executeWrite((tx) =>
        tx.run(`UNWIND $rows AS row CREATE (node:${labels}) SET node = row.props RETURN row.index AS index, elementId(node) AS element`, {
          rows: rows.map(({ props, index }) => ({ props, index })),
        }),
      );
      for (const record of created.records) elementIds[record.get('index') as number] = record.get('element') as string;
    }
    for (const [type, rows] of batchesByKey(copy.relationships, (relationship) => identifier(relationship.type), batch)) {
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row MATCH (from) WHERE elementId(from) = row.from MATCH (to) WHERE elementId(to) = row.to CREATE (from)-[relation:${type}]->(to) SET relation = row.props`,
          { rows: rows.map((relationship) => ({ from: elementIds[relationship.from], to: elementIds[relationship.to], props: relationship.props })) },
        ),
      );
    }
  } finally {
    await session.close();
  }
  return (performance.now() - began) / 1000;
}

const { neo4j } = readConfig();
if (neo4j.uri === undefined) throw new Error('Set NEO4J_URI to the database the ingest benchmark wrote.');
const graph = await connectGraph({ ...neo4j, uri: neo4j.uri });
try {
  const copy = await readGraphCopy(graph);
  await emptyGraph(graph);
  const seconds = await writeCopyCeiling(graph, copy);
  process.stdout.write(`${JSON.stringify({ seconds, nodes: copy.nodes.length, relationships: copy.relationships.length })}\n`);
} finally {
  await graph.close();
}
