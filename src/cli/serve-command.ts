/** `eventgraph serve`: starts Neo4j if needed, loads the samples into an empty graph, serves GraphQL. */
import { readConfig } from '../config.js';
import { startEventGraph } from '../main.js';

const EXAMPLE_QUERY = '{ reportCount events(first: 3) { edges { node { type evidence { text } } } } }';

export async function serveCommand(): Promise<void> {
  const config = readConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const app = await startEventGraph(config, { loadSamples: true, log });
  log(`EventGraph is serving GraphQL at ${app.server.url}`);
  log(`Try: curl -s ${app.server.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down…`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
