import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const EDITOR = 'editor-key-0123456789';
const READER = 'reader-key-0123456789';

describe('bad input is refused with a code, no internals, and nothing changed', () => {
  let app: RunningEventGraph;
  let url: string;
  const reportCount = async () => (await gql(url, '{ reportCount }', undefined, READER)).body.data?.reportCount;

  beforeAll(async () => {
    app = await startApiTestServer({ EVENTGRAPH_API_KEYS: `${EDITOR}:editor,${READER}:reader` });
    url = app.server.url;
  });
  afterAll(async () => app?.close());

  const cases: Array<[string, string, string | undefined, string]> = [
    ['a malformed query', '{ actors(first: 2) { edges { node { id }', READER, 'BAD_USER_INPUT'],
    ['an unknown id', '{ actor(id: "actor:nobody") { id } }', READER, 'NOT_FOUND'],
    ['a page size of 10^6', '{ actors(first: 1000000) { edges { node { id } } } }', READER, 'BAD_USER_INPUT'],
    ['depth 20', `{ actors { edges { node { ${'neighbors { actor { '.repeat(9)}id${' } }'.repeat(9)} } } } }`, READER, 'BAD_USER_INPUT'],
    ['a request for millions of items', '{ actors(first: 100) { edges { node { events(first: 100) { participants { actor { events(first: 100) { id } } } } } } } }', READER, 'BAD_USER_INPUT'],
    ['100 aliases', `{ ${Array.from({ length: 100 }, (_, index) => `a${index}: reportCount`).join(' ')} }`, READER, 'BAD_USER_INPUT'],
    ['a query without a key', '{ reportCount }', undefined, 'UNAUTHENTICATED'],
    ['a mutation with a reader key', 'mutation { ingestReport(input: {text: "نص"}) { alreadyIngested } }', READER, 'FORBIDDEN'],
    ['a Cypher injection in an id', `{ actor(id: "actor:x'}) MATCH (n) DETACH DELETE n //") { id } }`, READER, 'NOT_FOUND'],
    ['a Cypher injection in a delete', `mutation { deleteReport(id: "report:x'}) DETACH DELETE n //") { reportId } }`, EDITOR, 'NOT_FOUND'],
  ];

  for (const [name, query, key, code] of cases) {
    it(`answers ${name} with ${code}`, async () => {
      const before = await reportCount();
      const { body, text } = await gql(url, query, undefined, key);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
      expect(text).not.toMatch(/UNWIND|RETURN |stack|\.ts:\d+/);
      expect(await reportCount()).toBe(before);
    });
  }

  it('treats Lucene syntax in search text as words', async () => {
    for (const text of ['*:*', 'a" OR b', '(((', 'name:x~2 AND \\']) {
      const { body } = await gql(url, 'query($text: String!) { search(text: $text) { score } actors(search: $text) { edges { node { id } } } }', { text }, READER);
      expect(body.errors).toBeUndefined();
    }
  });
});
