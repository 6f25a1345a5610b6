import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printApiSchema } from '../../src/api/print-api-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the type-graphql classes (regenerate with `npm run schema`)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    const built = await printApiSchema();
    expect(committed === built, 'schema/schema.graphql is stale: run `npm run schema` and commit it').toBe(true);
  });
});
