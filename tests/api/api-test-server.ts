/** Starts the real server (PORT 0) on the run's Neo4j, emptied first, with the real extractor. */
import { readConfig } from '../../src/config.js';
import { extractReport } from '../../src/extract/index.js';
import { startEventGraph, type RunningEventGraph } from '../../src/main.js';
import { neo4jTestResource, testConnection } from '../setup/neo4j-test-resource.js';

export async function startApiTestServer(extra: Record<string, string> = {}): Promise<RunningEventGraph> {
  await using _empty = await neo4jTestResource();
  const connection = testConnection();
  const config = readConfig({
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    ...(connection.password ? { NEO4J_PASSWORD: connection.password } : {}),
    NEO4J_DATABASE: connection.database,
    PORT: '0',
    ...extra,
  });
  return startEventGraph(config, { loadSamples: false, extractor: extractReport });
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}
