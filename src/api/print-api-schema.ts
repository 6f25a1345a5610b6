/**
 * The schema as SDL, sorted, exactly as committed in schema/schema.graphql. Run as a script
 * (`npm run schema`) it rewrites that file; tests/api/schema-file.test.ts fails when it is stale.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildApiSchema } from './build-schema.js';

// The graphql instance type-graphql built the schema with (CommonJS): vitest would otherwise load
// the ESM copy, and graphql refuses types "from another module or realm".
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { lexicographicSortSchema, printSchema } = graphql;

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_FILE, await printApiSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
