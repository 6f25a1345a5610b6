import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startAttachedNeo4j } from '../../src/local-neo4j/index.js';
import { startEventGraph, type RunningEventGraph } from '../../src/main.js';
import { baseUrl, postGraphql } from '../setup/http.js';
import { neo4jTestResource, testConnection } from '../setup/neo4j-test-resource.js';

function configFor(uri: string) {
  const connection = testConnection();
  return readConfig({
    NEO4J_URI: uri,
    NEO4J_USER: connection.user,
    ...(connection.password ? { NEO4J_PASSWORD: connection.password } : {}),
    NEO4J_DATABASE: connection.database,
    PORT: '0',
  });
}

describe('the GraphQL server against a running Neo4j', () => {
  let app: RunningEventGraph;

  beforeAll(async () => {
    await using _empty = await neo4jTestResource();
    app = await startEventGraph(configFor(testConnection().uri), { loadSamples: true });
  });
  afterAll(async () => app?.close());

  it('answers a GraphQL query over HTTP with the sample report loaded into the empty graph', async () => {
    const { status, body } = await postGraphql(app.server.url, '{ reportCount reports(first: 5) { edges { node { title source } } } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        reportCount: 1,
        reports: { edges: [{ node: { title: 'داعش يهاجم ميليشيات روسيا.. والنظام يغلق الطريق بين دمشق ودير الزور!', source: 'SY24' } }] },
      },
    });
  });

  it('reports ready on /readyz and alive on /healthz', async () => {
    const ready = await fetch(`${baseUrl(app.server.url)}/readyz`);
    const healthy = await fetch(`${baseUrl(app.server.url)}/healthz`);
    expect([ready.status, healthy.status]).toEqual([200, 200]);
  });

  it('rejects an out-of-range page size with BAD_USER_INPUT and no internals', async () => {
    const { body } = await postGraphql(app.server.url, '{ reports(first: 1000000) { id } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stack|MATCH|at .*\.ts/);
  });

  it('does not load the samples a second time when the graph already has reports', async () => {
    const second = await startEventGraph({ ...configFor(testConnection().uri) }, { loadSamples: true });
    try {
      const { body } = await postGraphql(second.server.url, '{ reportCount }');
      expect(body).toEqual({ data: { reportCount: 1 } });
    } finally {
      await second.close();
    }
  });
});

describe('the GraphQL server when Neo4j goes away', () => {
  it('answers /readyz with 503 and stays up, reports SERVICE_UNAVAILABLE for queries, and recovers when Neo4j returns', async () => {
    // A Neo4j of this test's own, so stopping it does not disturb the other tests.
    const options = { boltPort: 7698, dataDir: '.data/neo4j-test-outage', heap: '512m', pageCache: '64m', cacheDir: undefined };
    let neo4j = await startAttachedNeo4j(options);
    const app = await startEventGraph(configFor(neo4j.uri), { loadSamples: false });
    try {
      expect((await fetch(`${baseUrl(app.server.url)}/readyz`)).status).toBe(200);
      await neo4j.stop();
      const ready = await fetch(`${baseUrl(app.server.url)}/readyz`);
      const healthy = await fetch(`${baseUrl(app.server.url)}/healthz`);
      expect([ready.status, healthy.status]).toEqual([503, 200]);
      const { body } = await postGraphql(app.server.url, '{ reportCount }');
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

      neo4j = await startAttachedNeo4j(options);
      // The driver finds its pooled connections broken on first use; readiness returns within seconds.
      let status = 0;
      for (let attempt = 0; attempt < 30 && status !== 200; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
        status = (await fetch(`${baseUrl(app.server.url)}/readyz`)).status;
      }
      expect(status).toBe(200);
      const again = await postGraphql(app.server.url, '{ reportCount }');
      expect(again.body.errors).toBeUndefined();
      expect(typeof (again.body.data as { reportCount?: unknown } | undefined)?.reportCount).toBe('number');
    } finally {
      await app.close();
      await neo4j.stop();
    }
  }, 300_000);
});
