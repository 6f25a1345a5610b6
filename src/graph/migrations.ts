/**
 * Applies the versioned Cypher files in schema/neo4j/ (NNN-name.cypher) in order, once each, and
 * records each as a (:Migration {id, appliedAt}) node. Statements use IF NOT EXISTS, so a run
 * interrupted between a statement and its record is safe to repeat.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphConnection } from './driver.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../schema/neo4j/', import.meta.url));

/** Splits a migration file into statements: `;` at a line end; `//` comment lines dropped. */
export function splitCypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Returns the ids of the migrations applied by this call (empty when the graph was up to date). */
export async function applyMigrations(graph: GraphConnection, directory = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((file) => /^\d{3}-[\w-]+\.cypher$/.test(file)).sort();
  const { records } = await graph.driver.executeQuery('MATCH (m:Migration) RETURN m.id AS id', {}, { database: graph.database });
  const applied = new Set(records.map((record) => record.get('id') as string));
  const appliedNow: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.cypher$/, '');
    if (applied.has(id)) continue;
    // Schema statements cannot share a transaction with writes, so each runs on its own.
    for (const statement of splitCypherStatements(await readFile(join(directory, file), 'utf8'))) {
      await graph.driver.executeQuery(statement, {}, { database: graph.database });
    }
    await graph.driver.executeQuery(
      'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()',
      { id },
      { database: graph.database },
    );
    appliedNow.push(id);
  }
  return appliedNow;
}
