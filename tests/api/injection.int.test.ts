import { readFile } from 'node:fs/promises';
import {
  buildSchema, getNamedType, getNullableType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/api/print-api-schema.js';
import type { RunningEventGraph } from '../../src/main.js';
import { gql, startApiTestServer } from './api-test-server.js';

const SAMPLE = new URL('../../examples/reports/00-sy24-isis-attacks-russian-militias.txt', import.meta.url);
const EDITOR = 'editor-key-injection-01';

/** Cypher and Lucene injection attempts: each must be taken as plain text. */
const INJECTIONS = [
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //',
  "' OR 1=1 OR a.id = '",
  '*:* OR name:* AND (',
  'name:x~2 AND \\',
];

/** Where a string goes into a request: a root field, and the path of arguments and input fields down to it. */
interface Slot {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  path: string[];
}

function stringSlots(type: GraphQLInputType, path: string[], depth = 0): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [path] : [];
  if (isInputObjectType(named) && depth < 3) {
    return Object.values(named.getFields()).flatMap((field) => stringSlots(field.type, [...path, field.name], depth + 1));
  }
  return [];
}

/** A valid-looking literal for a type; `inject` replaces the value at `path`. */
function literal(type: GraphQLInputType, path: string[], injected: string): string {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return `[${literal(nullable.ofType as GraphQLInputType, path, injected)}]`;
  if (isScalarType(nullable)) {
    if (path.length === 0) return JSON.stringify(injected);
    return { String: '"x"', ID: '"actor:nobody"', Int: '1', Float: '1', Boolean: 'false' }[nullable.name] ?? '"x"';
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()) as GraphQLInputField[];
    const parts = fields
      .filter((field) => field.name === path[0] || (isNonNullType(field.type) && field.defaultValue === undefined))
      .map((field) => `${field.name}: ${literal(field.type, field.name === path[0] ? path.slice(1) : ['-'], injected)}`);
    return `{${parts.join(', ')}}`;
  }
  return 'null';
}

function requestFor(slot: Slot, injected: string): string {
  const args = slot.field.args
    .filter((arg: GraphQLArgument) => arg.name === slot.path[0] || (isNonNullType(arg.type) && arg.defaultValue === undefined))
    .map((arg) => `${arg.name}: ${literal(arg.type, arg.name === slot.path[0] ? slot.path.slice(1) : ['-'], injected)}`);
  const selection = isCompositeType(getNamedType(slot.field.type)) ? ' { __typename }' : '';
  return `${slot.operation} { ${slot.field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('Cypher and Lucene injection in every string argument of the API is taken as text', async () => {
  const schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
  const slots: Slot[] = (['query', 'mutation'] as const).flatMap((operation) => {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((arg) => stringSlots(arg.type, [arg.name]).map((path) => ({ operation, field, path }))),
    );
  });

  let app: RunningEventGraph;
  let url: string;
  const census = async () => {
    const { body } = await gql(url, '{ reportCount actors { totalCount } events { totalCount } }', undefined, EDITOR);
    return body.data as { reportCount: number; actors: { totalCount: number }; events: { totalCount: number } };
  };

  beforeAll(async () => {
    app = await startApiTestServer({ EVENTGRAPH_API_KEYS: `${EDITOR}:editor` });
    url = app.server.url;
    const { body } = await gql(url, 'mutation($input: IngestReportInput!) { ingestReport(input: $input) { report { id } } }', { input: { text: await readFile(SAMPLE, 'utf8') } }, EDITOR);
    expect(body.errors).toBeUndefined();
  });
  afterAll(async () => app?.close());

  it('finds string arguments in queries and mutations alike', () => {
    expect(slots.filter((slot) => slot.operation === 'query').length).toBeGreaterThan(10);
    expect(slots.map((slot) => `${slot.field.name}.${slot.path.join('.')}`)).toEqual(
      expect.arrayContaining(['search.text', 'actor.id', 'deleteReport.id', 'mergeActors.keepId', 'addAlias.alias', 'ingestReport.input.text']),
    );
  });

  it('answers each with data or a user error, never an internal one, and deletes nothing', async () => {
    const before = await census();
    for (const slot of slots) {
      for (const injected of INJECTIONS) {
        const request = requestFor(slot, injected);
        const { body, text } = await gql(url, request, undefined, EDITOR);
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        expect(codes.filter((code) => code !== 'BAD_USER_INPUT' && code !== 'NOT_FOUND'), request).toEqual([]);
        expect(text, request).not.toMatch(/Neo\.ClientError|Neo4jError|\n\s+at |\.ts:\d+/);
      }
    }
    const after = await census();
    // Ingesting a report whose text is an injection string adds reports; nothing may disappear.
    expect(after.reportCount).toBeGreaterThanOrEqual(before.reportCount);
    expect(after.actors.totalCount).toBeGreaterThanOrEqual(before.actors.totalCount);
    expect(after.events.totalCount).toBe(before.events.totalCount);
  });
});
