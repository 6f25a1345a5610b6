import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const SAMPLE = new URL('../../examples/reports/00-sy24-isis-attacks-russian-militias.txt', import.meta.url);
const EDITOR = 'editor-key-corrections-01';
const READER = 'reader-key-corrections-01';
const EDITOR_WHO = `key:${createHash('sha256').update(EDITOR).digest('hex').slice(0, 8)}`;

interface EventRow {
  id: string;
  type: string;
  cameo: string | null;
  participants: Array<{ role: string; actor: { id: string } }>;
  corrections: Array<{ kind: string; by: string; at: string; note: string | null; details: string }>;
}
const EVENT_FIELDS = 'id type cameo participants { role actor { id } } corrections { kind by at note details }';

describe('analysts correct the graph through the API, and every correction says who and when', () => {
  let app: RunningEventGraph;
  let url: string;
  const asEditor = (query: string, variables?: Record<string, unknown>) => gql(url, query, variables, EDITOR);

  async function isisAttack(): Promise<EventRow> {
    const { body } = await gql(url, `{ events(filter: {actorIds: ["actor:isis"], types: ["ATTACK"]}, first: 1) { edges { node { ${EVENT_FIELDS} } } } }`, undefined, READER);
    return (body.data?.events as { edges: Array<{ node: EventRow }> }).edges[0]!.node;
  }

  async function attackersOfRegime(): Promise<string[]> {
    const { body } = await gql(url, '{ actor(id: "actor:syrian-regime-forces") { relations(types: ["ATTACKED"], direction: IN) { other { ... on Actor { id } } } } }', undefined, READER);
    return (body.data?.actor as { relations: Array<{ other: { id: string } }> }).relations.map((relation) => relation.other.id);
  }

  beforeAll(async () => {
    app = await startApiTestServer({ EVENTGRAPH_API_KEYS: `${EDITOR}:editor,${READER}:reader` });
    url = app.server.url;
    const { body } = await asEditor('mutation($input: IngestReportInput!) { ingestReport(input: $input) { report { id } } }', {
      input: { text: await readFile(SAMPLE, 'utf8'), source: 'SY24' },
    });
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => app?.close());

  it('refuses every correction to a reader key and changes nothing', async () => {
    const event = await isisAttack();
    const mutations = [
      `changeEventType(eventId: "${event.id}", type: "CLASH") { event { id } }`,
      `addParticipant(eventId: "${event.id}", actorId: "actor:isis", role: target) { event { id } }`,
      `removeParticipant(eventId: "${event.id}", actorId: "actor:isis") { event { id } }`,
      'mergeActors(keepId: "actor:isis", mergeIds: ["actor:syrian-regime-forces"]) { mergedIds }',
      'addAlias(actorId: "actor:isis", alias: "x") { mergedIds }',
    ];
    for (const mutation of mutations) {
      const { body } = await gql(url, `mutation { ${mutation} }`, undefined, READER);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await isisAttack()).toEqual(event);
  });

  it("changing an event's type re-codes it, moves the derived relation and records the editor", async () => {
    const event = await isisAttack();
    expect(await attackersOfRegime()).toContain('actor:isis');

    const { body } = await asEditor(`mutation($id: ID!) { changeEventType(eventId: $id, type: "CLASH", note: "a firefight, not a one-sided attack") {
      event { ${EVENT_FIELDS} } correction { id kind by targetId } } }`, { id: event.id });
    expect(body.errors).toBeUndefined();
    const result = body.data?.changeEventType as { event: EventRow; correction: { id: string; kind: string; by: string; targetId: string } };
    expect(result.event).toMatchObject({ id: event.id, type: 'CLASH', cameo: '193' });
    expect(result.correction).toMatchObject({ kind: 'CHANGE_EVENT_TYPE', by: EDITOR_WHO, targetId: event.id });
    expect(result.event.corrections).toEqual([
      expect.objectContaining({ kind: 'CHANGE_EVENT_TYPE', by: EDITOR_WHO, note: 'a firefight, not a one-sided attack', details: '{"from":"ATTACK","to":"CLASH"}' }),
    ]);
    expect(Date.now() - Date.parse(result.event.corrections[0]!.at)).toBeLessThan(60_000);

    const clashed = await gql(url, '{ actor(id: "actor:isis") { relations(types: ["CLASHED_WITH"]) { other { ... on Actor { id } } } } }', undefined, READER);
    expect(JSON.stringify(clashed.body.data)).toContain('actor:syrian-regime-forces');

    const node = await gql(url, `{ node(id: "${result.correction.id}") { ... on Correction { kind targetId } } }`, undefined, READER);
    expect(node.body.data?.node).toEqual({ kind: 'CHANGE_EVENT_TYPE', targetId: event.id });
  });

  it('removing and adding a participant changes who the event joins, each recorded', async () => {
    const { body: found } = await gql(url, '{ events(filter: {actorIds: ["actor:isis"]}, first: 1) { edges { node { id participants(role: target) { actor { id } } } } } }', undefined, READER);
    const event = (found.data?.events as { edges: Array<{ node: { id: string; participants: Array<{ actor: { id: string } }> } }> }).edges[0]!.node;
    const target = event.participants[0]!.actor.id;

    const removed = await asEditor(`mutation { removeParticipant(eventId: "${event.id}", actorId: "${target}", role: target) { event { ${EVENT_FIELDS} } } }`);
    expect(removed.body.errors).toBeUndefined();
    expect((removed.body.data?.removeParticipant as { event: EventRow }).event.participants).not.toContainEqual({ role: 'target', actor: { id: target } });

    const again = await asEditor(`mutation { removeParticipant(eventId: "${event.id}", actorId: "${target}", role: target) { event { id } } }`);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const added = await asEditor(`mutation { addParticipant(eventId: "${event.id}", actorId: "${target}", role: target) { event { ${EVENT_FIELDS} } } }`);
    const restored = (added.body.data?.addParticipant as { event: EventRow }).event;
    expect(restored.participants).toContainEqual({ role: 'target', actor: { id: target } });
    expect(restored.corrections.map((correction) => correction.kind).slice(-2)).toEqual(['REMOVE_PARTICIPANT', 'ADD_PARTICIPANT']);
  });

  it('an added alias is found by search at once', async () => {
    const alias = 'Tanzim al-Dawla test alias';
    const { body } = await asEditor(`mutation { addAlias(actorId: "actor:isis", alias: "${alias}") { actor { aliases } correction { kind } } }`);
    expect(body.errors).toBeUndefined();
    expect((body.data?.addAlias as { actor: { aliases: string[] } }).actor.aliases).toContain(alias);
    const search = await gql(url, '{ search(text: "Tanzim al-Dawla") { score node { ... on Actor { id } } } }', undefined, READER);
    expect((search.body.data?.search as Array<{ node: { id?: string } }>)[0]?.node.id).toBe('actor:isis');
  });

  it('merging an actor moves its events to the one kept and the merged id is gone', async () => {
    const { body: listed } = await gql(url, '{ actors(types: ["militia"], first: 2) { edges { node { id events(first: 100) { edges { node { id } } } } } } }', undefined, READER);
    const [keep, merged] = (listed.data?.actors as { edges: Array<{ node: { id: string; events: { edges: Array<{ node: { id: string } }> } } }> }).edges.map((edge) => ({
      id: edge.node.id,
      events: edge.node.events.edges.map((event) => event.node),
    }));
    expect(merged).toBeDefined();

    const { body } = await asEditor(`mutation { mergeActors(keepId: "${keep!.id}", mergeIds: ["${merged!.id}"]) {
      mergedIds actor { id events(first: 100) { edges { node { id } } } corrections { kind by details } } } }`);
    expect(body.errors).toBeUndefined();
    const result = body.data?.mergeActors as { mergedIds: string[]; actor: { events: { edges: Array<{ node: { id: string } }> }; corrections: Array<{ kind: string; by: string }> } };
    expect(result.mergedIds).toEqual([merged!.id]);
    expect(result.actor.events.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining([...keep!.events, ...merged!.events].map((event) => event.id)));
    expect(result.actor.corrections).toContainEqual(expect.objectContaining({ kind: 'MERGE_ACTORS', by: EDITOR_WHO }));
    const gone = await gql(url, `{ actor(id: "${merged!.id}") { id } }`, undefined, READER);
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
