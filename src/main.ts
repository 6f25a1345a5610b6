/**
 * The one place that wires config → Neo4j (external or the local embedded one) → migrations →
 * schema → HTTP server. `eventgraph serve` and `npm start` call {@link startEventGraph}; the tests
 * call it too, so they exercise the real wiring.
 */
import 'reflect-metadata';
import type { Config } from './config.js';
import { buildApiSchema } from './api/build-schema.js';
import { startHttpServer, type RunningServer } from './api/http-server.js';
import { connectGraph, type GraphConnection } from './graph/driver.js';
import { applyMigrations } from './graph/migrations.js';
import { countReports } from './graph/reports.js';
import { extractReport } from './extract/index.js';
import type { Extractor } from './ingest/index.js';
import { loadSampleReports } from './ingest/load-samples.js';
import { startAttachedNeo4j, type RunningNeo4j } from './local-neo4j/index.js';

/** The extractor every ingestion path uses: the CLI's `ingest`, the samples loaded at start, the API's mutation. */
export const reportExtractor: Extractor = extractReport;

export interface OpenedGraph {
  graph: GraphConnection;
  /** The local Neo4j this process started (null with NEO4J_URI, or when one was already running). */
  localNeo4j: RunningNeo4j | null;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts (or reuses) the local Neo4j when it is unset, and migrates. */
export async function openGraph(config: Config, log: (line: string) => void): Promise<OpenedGraph> {
  let localNeo4j: RunningNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    localNeo4j = await startAttachedNeo4j(config.localNeo4j, log);
    uri = localNeo4j.uri;
    log(localNeo4j.started ? `Started the local Neo4j at ${uri}` : `Using the local Neo4j already running at ${uri}`);
  }
  const graph = await connectGraph({ ...config.neo4j, uri }).catch(async (error: unknown) => {
    await localNeo4j?.stop();
    throw error;
  });
  const applied = await applyMigrations(graph);
  if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
  return {
    graph,
    localNeo4j,
    close: async () => {
      await graph.close();
      await localNeo4j?.stop();
    },
  };
}

export interface RunningEventGraph {
  server: RunningServer;
  opened: OpenedGraph;
  close(): Promise<void>;
}

export async function startEventGraph(
  config: Config,
  options: { loadSamples: boolean; log?: (line: string) => void; extractor?: Extractor },
): Promise<RunningEventGraph> {
  const log = options.log ?? (() => {});
  const extract = options.extractor ?? reportExtractor;
  const opened = await openGraph(config, log);
  try {
    if (options.loadSamples && (await countReports(opened.graph)) === 0) {
      const loaded = await loadSampleReports(opened.graph, extract);
      log(`The graph was empty: loaded ${loaded.length} sample report(s) from examples/reports/`);
    }
    const schema = await buildApiSchema();
    const server = await startHttpServer({
      schema,
      graph: opened.graph,
      port: config.http.port,
      host: config.http.host ?? '127.0.0.1',
      apiKeys: config.apiKeys,
      extract,
      log,
    });
    return {
      server,
      opened,
      close: async () => {
        await server.close();
        await opened.close();
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
