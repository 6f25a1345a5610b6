import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const STRIKE = new URL('../../../shared/corpus/dev/04-hasakah-turkish-drone-sdf-alouk-water.txt', import.meta.url);
const FIXTURES = new URL('../graph/fixtures/', import.meta.url);

interface IncidentView {
  id: string;
  reportCount: number;
  reports: Array<{ id: string; source: string }>;
  events: Array<{ id: string; type: string }>;
}

describe('two reports of one incident, ingested through the API with the real extractor', () => {
  let app: RunningEventGraph;
  let url: string;

  async function ingest(file: URL, source: string, publishedAt: string): Promise<string> {
    const { body } = await gql(url, 'mutation($input: IngestReportInput!) { ingestReport(input: $input) { report { id } } }', {
      input: { text: await readFile(file, 'utf8'), source, publishedAt },
    });
    expect(body.errors).toBeUndefined();
    return (body.data?.ingestReport as { report: { id: string } }).report.id;
  }

  async function strikesOnSdf(reportId: string): Promise<Array<{ id: string; incident: IncidentView }>> {
    const { body } = await gql(url, `query($reportId: String!) { events(filter: {types: ["AIRSTRIKE"], actorIds: ["actor:sdf"], reportIds: [$reportId]}) {
      edges { node { id incident { id reportCount reports { id source } events { id type } } } } } }`, { reportId });
    expect(body.errors).toBeUndefined();
    return (body.data?.events as { edges: Array<{ node: { id: string; incident: IncidentView } }> }).edges.map((edge) => edge.node);
  }

  beforeAll(async () => {
    app = await startApiTestServer();
    url = app.server.url;
  });
  afterAll(async () => app?.close());

  it('joins the retold drone strike to the first account: one incident, two corroborating reports', async () => {
    const first = await ingest(STRIKE, 'outlet one', '2024-05-18');
    const second = await ingest(new URL('a-amuda-drone-strike-retold.txt', FIXTURES), 'outlet two', '2024-05-19');

    const [retold] = await strikesOnSdf(second);
    expect(retold).toBeDefined();
    expect(retold!.incident.reportCount).toBe(2);
    expect(new Set(retold!.incident.reports.map((report) => report.id))).toEqual(new Set([first, second]));
    expect(retold!.incident.events.every((event) => event.type === 'AIRSTRIKE')).toBe(true);
    const original = (await strikesOnSdf(first)).find((event) => event.incident.id === retold!.incident.id);
    expect(original).toBeDefined();
  });

  it('keeps a similar strike the same day near another town apart', async () => {
    const other = await ingest(new URL('b-kobani-drone-strike.txt', FIXTURES), 'outlet three', '2024-05-18');
    const strikes = await strikesOnSdf(other);
    expect(strikes.length).toBeGreaterThan(0);
    for (const strike of strikes) expect(strike.incident.reports.map((report) => report.id)).toEqual([other]);
  });
});
