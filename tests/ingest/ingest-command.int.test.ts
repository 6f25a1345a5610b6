import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS_DIR } from '../eval/dev-corpus.js';
import { expectOneClearLine, runCli } from '../setup/run-cli.js';
import { neo4jTestResource, testConnection } from '../setup/neo4j-test-resource.js';

const environment = () => {
  const connection = testConnection();
  return { NEO4J_URI: connection.uri, NEO4J_DATABASE: connection.database, ...(connection.password ? { NEO4J_PASSWORD: connection.password } : {}) };
};

describe('eventgraph ingest and delete-report', () => {
  it('ingests a folder, names the binary file with its reason, exits 1, and can retract what it ingested', async () => {
    await using graph = await neo4jTestResource();
    const folder = await mkdtemp(join(tmpdir(), 'eventgraph-cli-ingest-'));
    await copyFile(join(DEV_CORPUS_DIR, '00-sy24-isis-attacks-russian-militias.txt'), join(folder, '00.txt'));
    await copyFile(join(DEV_CORPUS_DIR, '04-hasakah-turkish-drone-sdf-alouk-water.txt'), join(folder, '04.txt'));
    await writeFile(join(folder, 'photo.txt'), Uint8Array.from([0xff, 0xd8, 0xff, 0x00]));

    const ingest = await runCli(['ingest', folder, '--source', 'SY24'], environment());
    expect(ingest.code).toBe(1);
    expect(expectOneClearLine(ingest.stderr)).toBe(`eventgraph: cannot ingest ${join(folder, 'photo.txt')}: looks binary (a NUL byte at offset 3), not a UTF-8 text report`);
    expect(ingest.stdout).toMatch(/^reports {4}2 new, 0 skipped \(already ingested\), 1 failed$/m);
    expect(ingest.stdout).toMatch(/^seconds {4}\d+\.\d$/m);

    const again = await runCli(['ingest', join(folder, '04.txt')], environment());
    expect([again.code, again.stdout.split('\n')[0]]).toEqual([0, 'reports    0 new, 1 skipped (already ingested), 0 failed']);

    const { records } = await graph.driver.executeQuery("MATCH (r:Report) WHERE r.text STARTS WITH 'مسيّرة' RETURN r.id AS id", {}, { database: graph.database });
    const reportId = records[0]?.get('id') as string;
    const deleted = await runCli(['delete-report', reportId], environment());
    expect([deleted.code, deleted.stdout]).toEqual([0, expect.stringMatching(new RegExp(`^Deleted ${reportId}: \\d+ event\\(s\\)`))]);

    const missing = await runCli(['delete-report', reportId], environment());
    expect(missing.code).toBe(1);
    expect(expectOneClearLine(missing.stderr)).toBe(`eventgraph: No report has the id ${reportId}: list them with the reports query, ids look like report:0123456789abcdef.`);
  });

  it('refuses a publication date that is not YYYY-MM-DD before touching the graph', async () => {
    const outcome = await runCli(['ingest', DEV_CORPUS_DIR, '--published', '13/02/2024'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(outcome.code).toBe(1);
    expect(expectOneClearLine(outcome.stderr)).toBe('eventgraph: --published 13/02/2024 is not a date: give it as YYYY-MM-DD.');
  });
});
