import { describe, expect, it } from 'vitest';
import { deleteReport, writeExtraction, type GraphConnection, type ReportToWrite } from '../../src/graph/index.js';
import { emptyGraph, neo4jTestResource } from '../setup/neo4j-test-resource.js';
import { devReport, fixtureReport } from './fixture-reports.js';
import { countGraph, readGraphSignature, type GraphSignature } from './graph-signature.js';

/** Empties the graph, writes `reports` one by one, and returns the resulting picture. */
async function signatureOf(graph: GraphConnection, reports: ReportToWrite[]): Promise<GraphSignature> {
  await emptyGraph(graph);
  for (const report of reports) await writeExtraction(graph, report);
  return readGraphSignature(graph);
}

describe('deleteReport', () => {
  it('retracting the report that bridged an incident leaves the graph built from the other two alone', async () => {
    await using graph = await neo4jTestResource();
    const [bridge, umm, dardara] = [devReport('04'), fixtureReport('p'), fixtureReport('q')];
    const expected = await signatureOf(graph, [umm, dardara]);

    await emptyGraph(graph);
    await writeExtraction(graph, umm);
    const { reportId } = await writeExtraction(graph, bridge);
    await writeExtraction(graph, dardara);
    const outcome = await deleteReport(graph, reportId);

    expect(outcome).toMatchObject({ reportId, events: 10, claims: 4 });
    expect(await readGraphSignature(graph)).toEqual(expected);
  });

  it('retracting a corroborating report leaves the graph built from the other two alone', async () => {
    await using graph = await neo4jTestResource();
    const [strike, retold, elsewhere] = [devReport('04'), fixtureReport('a'), fixtureReport('b')];
    const expected = await signatureOf(graph, [strike, elsewhere]);

    await emptyGraph(graph);
    await writeExtraction(graph, strike);
    const { reportId } = await writeExtraction(graph, retold);
    await writeExtraction(graph, elsewhere);
    await deleteReport(graph, reportId);

    expect(await readGraphSignature(graph)).toEqual(expected);
  });

  it('retracting the first of three reports that share actors and places leaves the graph of the other two', async () => {
    await using graph = await neo4jTestResource();
    const [first, second, third] = [devReport('04'), devReport('05'), fixtureReport('q')];
    const expected = await signatureOf(graph, [second, third]);

    await emptyGraph(graph);
    const { reportId } = await writeExtraction(graph, first);
    await writeExtraction(graph, second);
    await writeExtraction(graph, third);
    await deleteReport(graph, reportId);

    expect(await readGraphSignature(graph)).toEqual(expected);
  });

  it('retracting the only report that placed a village inside a subdistrict splits the incident that joined across them', async () => {
    await using graph = await neo4jTestResource();
    const [village, subdistrict, placing] = [fixtureReport('s'), fixtureReport('t'), fixtureReport('u')];
    const expected = await signatureOf(graph, [village, subdistrict]);

    await emptyGraph(graph);
    await writeExtraction(graph, village);
    await writeExtraction(graph, subdistrict);
    const { reportId } = await writeExtraction(graph, placing);
    const outcome = await deleteReport(graph, reportId);

    expect(outcome.incidentsChanged).toBeGreaterThanOrEqual(2);
    expect(await readGraphSignature(graph)).toEqual(expected);
  });

  it('leaves an empty graph after every report is retracted', async () => {
    await using graph = await neo4jTestResource();
    const ids = [];
    for (const report of [devReport('04'), fixtureReport('a'), fixtureReport('p'), fixtureReport('q')]) ids.push((await writeExtraction(graph, report)).reportId);
    for (const id of ids) await deleteReport(graph, id);
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('lets a retracted report be ingested again', async () => {
    await using graph = await neo4jTestResource();
    const report = devReport('04');
    const { reportId } = await writeExtraction(graph, report);
    const before = await readGraphSignature(graph);
    await deleteReport(graph, reportId);
    expect((await writeExtraction(graph, report)).created).toBe(true);
    expect(await readGraphSignature(graph)).toEqual(before);
  });

  it('refuses an unknown report id with NOT_FOUND and changes nothing', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, fixtureReport('q'));
    const before = await countGraph(graph);
    await expect(deleteReport(graph, 'report:0000000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^No report has the id report:0000000000000000/),
    });
    expect(await countGraph(graph)).toEqual(before);
  });
});
