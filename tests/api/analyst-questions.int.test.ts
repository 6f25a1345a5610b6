import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const SAMPLE = new URL('../../examples/reports/00-sy24-isis-attacks-russian-militias.txt', import.meta.url);

describe('the analyst questions over the sample report ingested through ingestReport', () => {
  let app: RunningEventGraph;
  let url: string;

  beforeAll(async () => {
    app = await startApiTestServer();
    url = app.server.url;
    const text = await readFile(SAMPLE, 'utf8');
    const { body } = await gql(url, 'mutation($input: IngestReportInput!) { ingestReport(input: $input) { alreadyIngested report { id source } events { id } } }', {
      input: { text, source: 'SY24' },
    });
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => app?.close());

  it('who attacked the Syrian regime forces and its allied militias, and where', async () => {
    const { body } = await gql(url, `{ actor(id: "actor:syrian-regime-forces") { name relations(types: ["ATTACKED"], direction: IN) {
      other { ... on Actor { id } } count events { locations { id } } } } }`);
    expect(body.errors).toBeUndefined();
    const relations = (body.data?.actor as { relations: Array<{ other: { id: string }; events: Array<{ locations: Array<{ id: string }> }> }> }).relations;
    expect(relations.map((relation) => relation.other.id)).toEqual(['actor:isis']);
    expect(relations[0]?.events.flatMap((event) => event.locations.map((place) => place.id))).toContain('location:syrian-badia');
  });

  it('which road the Fourth Division closed, and who commands that division', async () => {
    const { body } = await gql(url, `{ actor(id: "actor:fourth-division") {
      closed: relations(types: ["CLOSED_ROAD"], direction: OUT) { other { ... on Location { id type } } }
      commanders: relations(types: ["COMMANDS"], direction: IN) { other { ... on Actor { id } } provenance evidence { text } } } }`);
    expect(body.errors).toBeUndefined();
    const actor = body.data?.actor as { closed: Array<{ other: { id: string; type: string } }>; commanders: Array<{ other: { id: string }; evidence: Array<{ text: string }> }> };
    expect(actor.closed.map((relation) => relation.other)).toEqual([{ id: 'location:damascus-deir-ez-zor-highway', type: 'road' }]);
    expect(actor.commanders.map((relation) => relation.other.id)).toEqual(['actor:maher-al-assad']);
  });

  it('which militias reinforced near Deir ez-Zor', async () => {
    const { body } = await gql(url, `{ events(filter: {types: ["REINFORCE"], locationIds: ["location:deir-ez-zor"]}) {
      edges { node { participants(role: agent) { actor { id type } } locations { id } } } } }`);
    expect(body.errors).toBeUndefined();
    const edges = (body.data?.events as { edges: Array<{ node: { participants: Array<{ actor: { id: string; type: string } }> } }> }).edges;
    expect(edges.flatMap((edge) => edge.node.participants.map((participant) => participant.actor))).toEqual([
      { id: 'actor:russian-backed-militias', type: 'militia' },
    ]);
  });

  it('the path from Maher al-Assad to ISIS', async () => {
    const { body } = await gql(url, `{ path(from: "actor:maher-al-assad", to: "actor:isis", maxHops: 6) {
      hops nodes { ... on Actor { id } ... on Location { id } } links { type fromId toId } } }`);
    expect(body.errors).toBeUndefined();
    const path = body.data?.path as { hops: number; nodes: Array<{ id: string }>; links: Array<{ type: string }> };
    expect(path.nodes[0]?.id).toBe('actor:maher-al-assad');
    expect(path.nodes.at(-1)?.id).toBe('actor:isis');
    expect(path.links[0]?.type).toBe('COMMANDS');
    expect(path.hops).toBeLessThanOrEqual(4);
  });

  it('what the military analyst claimed and about whom', async () => {
    const { body } = await gql(url, `{ claims(filter: {statuses: ["analysis"]}) { totalCount edges { node {
      text claimant { text role } about { ... on Actor { id } } } } } }`);
    expect(body.errors).toBeUndefined();
    const claims = body.data?.claims as { totalCount: number; edges: Array<{ node: { claimant: { text: string; role: string }; about: Array<{ id: string }> } }> };
    expect(claims.totalCount).toBe(3);
    expect(new Set(claims.edges.map((edge) => edge.node.claimant.text))).toEqual(new Set(['محلل عسكري']));
    expect(claims.edges[0]?.node.about.map((subject) => subject.id)).toContain('actor:isis');
  });

  it('every event with the exact Arabic span that states it', async () => {
    const { body } = await gql(url, `{ reports(first: 1) { edges { node { text events { id type evidence { start end text report { id } } } } } } }`);
    expect(body.errors).toBeUndefined();
    const report = (body.data?.reports as { edges: Array<{ node: { text: string; events: Array<{ evidence: Array<{ start: number; end: number; text: string }> }> } }> }).edges[0]?.node;
    expect(report?.events.length).toBeGreaterThan(5);
    for (const event of report?.events ?? []) {
      expect(event.evidence.length).toBeGreaterThan(0);
      for (const span of event.evidence) expect(report?.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('finds actors by Arabic or English name through full-text search', async () => {
    const arabic = await gql(url, '{ search(text: "الفرقة الرابعة") { score node { ... on Actor { id } } } }');
    const english = await gql(url, '{ actors(search: "fourth division") { edges { node { id } } } }');
    expect(JSON.stringify(arabic.body.data)).toContain('actor:fourth-division');
    expect(english.body.data).toEqual({ actors: { edges: [{ node: { id: 'actor:fourth-division' } }] } });
  });

  it('finds events and claims by the Arabic words that state them, scored', async () => {
    const { body } = await gql(url, '{ search(text: "رتل عسكري") { score node { __typename ... on Event { type } } } }');
    expect(body.errors).toBeUndefined();
    const hits = body.data?.search as Array<{ score: number; node: { __typename: string; type?: string } }>;
    // «رتلا عسكريا» in the report: the Arabic analyzer folds the case ending.
    expect(hits.map((hit) => hit.node)).toContainEqual({ __typename: 'Event', type: 'REINFORCE' });
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((left, right) => right - left));
    const claims = await gql(url, '{ search(text: "لعبة متبادلة") { node { __typename } } }');
    expect((claims.body.data?.search as Array<{ node: { __typename: string } }>).map((hit) => hit.node.__typename)).toContain('Claim');
  });

  it('counts events by type for a dashboard', async () => {
    const { body } = await gql(url, '{ eventCounts(by: TYPE) { key events incidents } }');
    expect(body.errors).toBeUndefined();
    expect((body.data?.eventCounts as Array<{ key: string }>).map((row) => row.key)).toContain('ATTACK');
  });

  it('pages actors with keyset cursors, totalCount on request', async () => {
    const first = await gql(url, '{ actors(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    const page = first.body.data?.actors as { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: { id: string } }> };
    const second = await gql(url, 'query($after: String) { actors(first: 100, after: $after) { edges { node { id } } } }', { after: page.pageInfo.endCursor });
    const rest = (second.body.data?.actors as { edges: Array<{ node: { id: string } }> }).edges;
    expect(page.edges.length + rest.length).toBe(page.totalCount);
    expect(new Set([...page.edges, ...rest].map((edge) => edge.node.id)).size).toBe(page.totalCount);
  });

  it("pages an actor's events and a place's events as connections, totalCount on request", async () => {
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> };
    const query = `query($after: String) { actor(id: "actor:isis") { events(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 20; guard += 1) {
      const { body } = await gql(url, query, { after });
      expect(body.errors).toBeUndefined();
      const page = (body.data?.actor as { events: Page }).events;
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(1);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);

    const place = await gql(url, '{ location(id: "location:syrian-badia") { events(first: 100) { totalCount edges { node { type } } } } }');
    const events = (place.body.data?.location as { events: { totalCount: number; edges: Array<{ node: { type: string } }> } }).events;
    expect(events.edges.length).toBe(events.totalCount);
    expect(events.edges.map((edge) => edge.node.type)).toContain('ATTACK');

    const claims = await gql(url, '{ actor(id: "actor:isis") { claims(first: 1) { totalCount pageInfo { hasNextPage } edges { node { text } } } } }');
    const aboutIsis = (claims.body.data?.actor as { claims: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] } }).claims;
    expect(aboutIsis.edges).toHaveLength(1);
    expect(aboutIsis.pageInfo.hasNextPage).toBe(aboutIsis.totalCount > 1);
  });
});
