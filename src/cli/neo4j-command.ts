/** `eventgraph neo4j start|stop|status`: the local embedded Neo4j as a background service. */
import { readConfig } from '../config.js';
import { NEO4J_VERSION, readLocalNeo4jStatus, startDetachedNeo4j, stopLocalNeo4j } from '../local-neo4j/index.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

export async function neo4jStartCommand(): Promise<void> {
  const { localNeo4j } = readConfig();
  const began = Date.now();
  const running = await startDetachedNeo4j(localNeo4j, (line) => process.stderr.write(`${line}\n`));
  if (running.started) {
    process.stderr.write(`Neo4j ${NEO4J_VERSION} started in ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${running.pid}).\n`);
  } else {
    process.stderr.write(`Neo4j is already running (pid ${running.pid}).\n`);
  }
  print(running.uri);
}

export async function neo4jStopCommand(): Promise<void> {
  const stopped = await stopLocalNeo4j(readConfig().localNeo4j);
  print(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
}

export async function neo4jStatusCommand(): Promise<void> {
  const status = await readLocalNeo4jStatus(readConfig().localNeo4j);
  if (status) print(`running ${status.uri} (pid ${status.pid})`);
  else {
    print('stopped');
    process.exitCode = 3;
  }
}
