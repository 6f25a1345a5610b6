/**
 * A comparable picture of the whole graph: every node and relationship with its labels or type
 * and its properties, sorted. Incidents are named by their member events rather than their ids
 * (which keep the name they were born with), list properties are sorted (eventIds are kept in
 * write order), and ingestion times, the Migration records and the write lock are left out.
 */
import type { GraphConnection } from '../../src/graph/index.js';

export interface GraphSignature {
  nodes: string[];
  relationships: string[];
}

export async function readGraphSignature(graph: GraphConnection): Promise<GraphSignature> {
  const keys = new Map<string, string>();
  const nodes: string[] = [];
  const { records: nodeRecords } = await graph.driver.executeQuery(
    `MATCH (node) WHERE NOT node:Migration AND NOT node:WriteLock
     RETURN elementId(node) AS element, labels(node) AS labels, properties(node) AS props,
       CASE WHEN node:Incident THEN COLLECT { MATCH (event:Event)-[:DESCRIBES]->(node) RETURN event.id ORDER BY event.id } ELSE null END AS members`,
    {},
    { database: graph.database },
  );
  for (const record of nodeRecords) {
    const props = { ...(record.get('props') as Record<string, unknown>) };
    const members = record.get('members') as string[] | null;
    const key = members === null ? String(props.id) : `incident of ${members.join(' ')}`;
    if (members !== null) delete props.id;
    delete props.ingestedAt;
    keys.set(record.get('element') as string, key);
    nodes.push(`${(record.get('labels') as string[]).sort().join(':')} ${key} ${describe(props)}`);
  }
  const { records } = await graph.driver.executeQuery(
    'MATCH (start)-[relationship]->(end) RETURN elementId(start) AS start, type(relationship) AS type, properties(relationship) AS props, elementId(end) AS end',
    {},
    { database: graph.database },
  );
  const relationships = records.map(
    (record) =>
      `${keys.get(record.get('start') as string)} -${record.get('type') as string}-> ${keys.get(record.get('end') as string)} ${describe(record.get('props') as Record<string, unknown>)}`,
  );
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

function describe(props: Record<string, unknown>): string {
  const sorted = Object.keys(props)
    .sort()
    .map((name) => {
      const value = props[name];
      return [name, Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : typeof value === 'object' && value !== null ? String(value) : value];
    });
  return JSON.stringify(sorted);
}

/** Node and relationship counts, the Migration records and the write lock aside. */
export async function countGraph(graph: GraphConnection): Promise<{ nodes: number; relationships: number }> {
  const { records } = await graph.driver.executeQuery(
    `CALL () { MATCH (node) WHERE NOT node:Migration AND NOT node:WriteLock RETURN count(node) AS nodes }
     CALL () { MATCH ()-[relationship]->() RETURN count(relationship) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database: graph.database },
  );
  return records[0]?.toObject() as { nodes: number; relationships: number };
}
