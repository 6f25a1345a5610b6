import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneClearLine, runCli } from '../setup/run-cli.js';
import { testConnection } from '../setup/neo4j-test-resource.js';

describe('eventgraph serve with bad configuration', () => {
  let scratch: string;
  let occupied: Server;
  let occupiedPort: number;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'eventgraph-cli-'));
    occupied = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => occupied.once('listening', resolve));
    occupiedPort = (occupied.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it('names NEO4J_URI when the database cannot be reached, and exits non-zero', async () => {
    const outcome = await runCli(['serve'], { NEO4J_URI: 'bolt://127.0.0.1:9', PORT: '0' });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toMatch(/^eventgraph: Neo4j at bolt:\/\/127\.0\.0\.1:9 cannot be reached .*NEO4J_URI/);
  });

  it('names NEO4J_URI when it is not a bolt or neo4j address', async () => {
    const outcome = await runCli(['serve'], { NEO4J_URI: 'http://localhost:7474' });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toMatch(/^eventgraph: NEO4J_URI="http:\/\/localhost:7474" is not valid/);
  });

  it('names PORT when the HTTP port is taken', async () => {
    const outcome = await runCli(['serve'], { NEO4J_URI: testConnection().uri, PORT: String(occupiedPort) });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toBe(`eventgraph: Port ${occupiedPort} is already in use: set PORT to a free port.`);
  });

  it('names LOCAL_NEO4J_BOLT_PORT when the local Neo4j port is taken', async () => {
    const outcome = await runCli(['neo4j', 'start'], {
      LOCAL_NEO4J_BOLT_PORT: String(occupiedPort),
      LOCAL_NEO4J_DATA_DIR: join(scratch, 'data-port'),
    });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toMatch(new RegExp(`Port ${occupiedPort} .* already in use .*LOCAL_NEO4J_BOLT_PORT`));
  });

  it('says which Java it found when it is too old for Neo4j 5.26', async () => {
    const fakeJava = join(scratch, 'java');
    await writeFile(fakeJava, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    await chmod(fakeJava, 0o755);
    const outcome = await runCli(['neo4j', 'start'], { LOCAL_NEO4J_JAVA: fakeJava, LOCAL_NEO4J_DATA_DIR: join(scratch, 'data-java') });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toBe(
      `eventgraph: The local Neo4j needs Java 17 or 21 (found only: ${fakeJava} is Java 11). Install one (e.g. apt-get install openjdk-17-jre-headless) and set JAVA_HOME or LOCAL_NEO4J_JAVA, or set NEO4J_URI to an existing Neo4j 5.`,
    );
  });

  it('says that Java is missing when there is none', async () => {
    const outcome = await runCli(['neo4j', 'start'], { LOCAL_NEO4J_JAVA: join(scratch, 'no-such-java'), LOCAL_NEO4J_DATA_DIR: join(scratch, 'data-nojava') });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toMatch(/needs Java 17 or 21 \(no java found in LOCAL_NEO4J_JAVA=/);
  });

  it('reports a Maven fetch that cannot reach its repository, with the reason', async () => {
    // An empty jar cache and Maven repository behind a proxy that refuses: a machine offline.
    const outcome = await runCli(['neo4j', 'start'], {
      EVENTGRAPH_CACHE_DIR: join(scratch, 'cache'),
      LOCAL_NEO4J_DATA_DIR: join(scratch, 'data-maven'),
      LOCAL_NEO4J_BOLT_PORT: '7696',
      MAVEN_OPTS: `-Dmaven.repo.local=${join(scratch, 'm2')} -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9 -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9`,
    });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toMatch(/^eventgraph: Fetching Neo4j through Maven failed: .*(transfer|resolve).*Maven Central is reachable/);
  });

  it('names the variable when a setting is malformed', async () => {
    const outcome = await runCli(['neo4j', 'status'], { LOCAL_NEO4J_HEAP: 'lots' });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toBe(
      'eventgraph: LOCAL_NEO4J_HEAP="lots" is not valid: must be like 512m or 1g. Fix or unset LOCAL_NEO4J_HEAP (see README, Configuration).',
    );
  });
});
