import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, Extraction } from '../../src/domain/extraction.js';
import { ingestPaths, ingestReportText } from '../../src/ingest/index.js';
import { DEV_CORPUS_DIR, loadDevReports } from '../eval/dev-corpus.js';
import { countGraph } from '../graph/graph-signature.js';
import { neo4jTestResource } from '../setup/neo4j-test-resource.js';
import { goldExtractor } from './gold-extractor.js';

const devFile = (slug: string) => join(DEV_CORPUS_DIR, `${slug}.txt`);

describe('ingestPaths', () => {
  it('lands the readable reports of a folder and names every file it could not use with the reason', async () => {
    await using graph = await neo4jTestResource();
    const folder = await mkdtemp(join(tmpdir(), 'eventgraph-ingest-'));
    const slugs = loadDevReports().slice(1, 4).map((report) => report.slug);
    for (const slug of slugs) await copyFile(devFile(slug), join(folder, basename(devFile(slug))));
    await writeFile(join(folder, 'scan.txt'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    await writeFile(join(folder, 'windows-1256.txt'), Buffer.from([0xe6, 0xe3, 0xc7]));
    await writeFile(join(folder, 'blank.txt'), '\n\n');

    const summary = await ingestPaths(graph, [folder, join(folder, 'missing.txt')], goldExtractor(), { batchSize: 2 });

    expect(summary).toMatchObject({ reportsNew: 3, reportsSkipped: 0, reportsFailed: 4 });
    expect(summary.failures).toEqual([
      { name: join(folder, 'missing.txt'), reason: 'does not exist' },
      { name: join(folder, 'blank.txt'), reason: 'is empty' },
      { name: join(folder, 'scan.txt'), reason: 'looks binary (a NUL byte at offset 4), not a UTF-8 text report' },
      { name: join(folder, 'windows-1256.txt'), reason: 'is not valid UTF-8 (first bad byte at offset 0): convert it with iconv -t UTF-8' },
    ]);
    const { records } = await graph.driver.executeQuery('MATCH (r:Report) RETURN count(r) AS reports', {}, { database: graph.database });
    expect(records[0]?.get('reports')).toBe(3);
  });

  it('ingests the dev corpus twice, extracting nothing the second time and leaving every count as it was', async () => {
    await using graph = await neo4jTestResource();
    const extract = goldExtractor();
    const first = await ingestPaths(graph, [DEV_CORPUS_DIR], extract, { batchSize: 4 });
    const counts = await countGraph(graph);
    const callsAfterFirst = extract.calls;
    const second = await ingestPaths(graph, [DEV_CORPUS_DIR], extract, { batchSize: 4 });

    expect([first.reportsNew, first.reportsFailed, callsAfterFirst]).toEqual([9, 0, 9]);
    expect([second.reportsNew, second.reportsSkipped, extract.calls]).toEqual([0, 9, 9]);
    expect(first).toMatchObject({ events: 86, claims: 31 });
    expect(first.entitiesNew + first.entitiesMerged).toBe(215);
    expect(await countGraph(graph)).toEqual(counts);
  });

  it('loses only the report at fault when a batch fails, whether its extraction throws or its write is refused', async () => {
    await using graph = await neo4jTestResource();
    const [throwing, malformed] = loadDevReports().slice(2, 4);
    const withGhostAgent = (): Extraction => {
      const extraction = goldExtractor()(malformed?.text as string, {});
      const [first, ...rest] = extraction.events;
      return { ...extraction, events: [{ ...(first as ExtractedEvent), agents: ['actor:ghost'] }, ...rest] };
    };
    const overrides = new Map<string, () => Extraction>([
      [throwing?.text as string, () => { throw new Error('the extractor tripped'); }],
      [malformed?.text as string, withGhostAgent],
    ]);
    const summary = await ingestPaths(graph, [DEV_CORPUS_DIR], goldExtractor(overrides), { batchSize: 9 });
    expect(summary).toMatchObject({ reportsNew: 7, reportsFailed: 2 });
    expect(summary.failures).toEqual([
      { name: devFile(throwing?.slug as string), reason: 'extraction failed: the extractor tripped' },
      { name: devFile(malformed?.slug as string), reason: expect.stringMatching(/names "actor:ghost" in events\[0\]\.agents/) },
    ]);
  });
});

describe('ingestReportText', () => {
  it('extracts and writes a new text, and recognises it the second time without extracting it again', async () => {
    await using graph = await neo4jTestResource();
    const [report] = loadDevReports();
    const extract = goldExtractor();
    const first = await ingestReportText(graph, report?.text as string, { source: 'SY24' }, extract);
    const second = await ingestReportText(graph, report?.text as string, { source: 'SY24' }, extract);
    expect(first).toMatchObject({ alreadyIngested: false, written: { created: true, events: 13 } });
    expect(second).toEqual({ reportId: first.reportId, alreadyIngested: true, written: expect.objectContaining({ created: false, events: 0 }) });
    expect(extract.calls).toBe(1);
  });
});
