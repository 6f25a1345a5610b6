/**
 * Global setup of the integration project: reaches NEO4J_URI when set, otherwise starts the local
 * embedded Neo4j once for the whole run — on its own port and data folder (wiped first), so it never
 * touches the development database — and stops it at the end.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src/config.js';
import { resolveDataDir } from '../../src/local-neo4j/paths.js';
import { startAttachedNeo4j } from '../../src/local-neo4j/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | null;
    neo4jDatabase: string;
  }
}

export const TEST_LOCAL_NEO4J = { boltPort: 7697, dataDir: '.data/neo4j-test' };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The CLI tests run the built command (bin/eventgraph.js → dist/), as a user does: build it fresh.
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    stdio: 'inherit',
  });
  const config = readConfig({
    LOCAL_NEO4J_BOLT_PORT: String(TEST_LOCAL_NEO4J.boltPort),
    LOCAL_NEO4J_DATA_DIR: TEST_LOCAL_NEO4J.dataDir,
    ...process.env,
  });
  let stop = async () => {};
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    await rm(resolveDataDir(config.localNeo4j.dataDir), { recursive: true, force: true });
    const began = Date.now();
    const neo4j = await startAttachedNeo4j(config.localNeo4j, (line) => console.log(line));
    console.log(`[global-neo4j] local Neo4j ready at ${neo4j.uri} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    uri = neo4j.uri;
    stop = neo4j.stop;
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', config.neo4j.user);
  project.provide('neo4jPassword', config.neo4j.password ?? null);
  project.provide('neo4jDatabase', config.neo4j.database);
  return stop;
}
