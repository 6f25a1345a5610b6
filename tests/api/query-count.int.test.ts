import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads } from '../../src/graph/read-query.js';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const CORPUS = new URL('../../../shared/corpus/dev/', import.meta.url);

/** Actors with their relations, events and places: four levels of relational fields. */
const DEEP = `query($first: Int!) { actors(first: $first) { edges { node { id
  relations { type other { __typename ... on Actor { id } ... on Location { id } } events { id locations { id } } }
  events(first: 20) { totalCount edges { node { id type locations { id name } participants { role actor { id } } evidence { start end } } } }
  affiliations { type other { __typename } }
} } } }`;

describe('a request runs a bounded number of Cypher statements, whatever the number of items', () => {
  let app: RunningEventGraph;
  let url: string;

  beforeAll(async () => {
    app = await startApiTestServer();
    url = app.server.url;
    const files = (await readdir(CORPUS)).filter((name) => name.endsWith('.txt')).sort();
    const inputs = await Promise.all(files.map(async (name) => ({ text: await readFile(new URL(name, CORPUS), 'utf8'), source: 'test fixtures' })));
    const { body } = await gql(url, 'mutation($inputs: [IngestReportInput!]!) { ingestReports(inputs: $inputs) { alreadyIngested } }', { inputs });
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => app?.close());

  async function statementsFor(first: number): Promise<{ statements: string[]; actors: number }> {
    const statements: string[] = [];
    const stop = observeReads((op) => statements.push(op));
    try {
      const { body } = await gql(url, DEEP, { first });
      expect(body.errors).toBeUndefined();
      return { statements, actors: (body.data?.actors as { edges: unknown[] }).edges.length };
    } finally {
      stop();
    }
  }

  it('50 actors with relations, events and places take one statement per field level, as 25 actors do', async () => {
    const fewer = await statementsFor(25);
    const many = await statementsFor(50);

    expect(many.actors).toBe(50);
    // The query has eleven relational field levels (actors, relations, their events and places,
    // events and their count, places, participants and evidence, affiliations): one statement each at most.
    expect(many.statements.length, many.statements.join(' ')).toBeLessThanOrEqual(11);
    // Whatever the number of items: the same levels, each batched (two levels that read the same
    // field — places of events under relations and under events — may share one statement or not,
    // depending on when they resolve).
    expect(fewer.statements.length).toBeLessThanOrEqual(11);
    expect(new Set(many.statements)).toEqual(new Set(fewer.statements));
  });
});
