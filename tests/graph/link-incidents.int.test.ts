import { describe, expect, it } from 'vitest';
import { writeExtraction, writeExtractions, type GraphConnection, type ReportToWrite } from '../../src/graph/index.js';
import { emptyGraph, neo4jTestResource } from '../setup/neo4j-test-resource.js';
import { devReport, fixtureReport } from './fixture-reports.js';
import { readGraphSignature } from './graph-signature.js';

/** Every incident of a type with its reports' outlets, as an analyst would list them. */
async function incidentsOf(graph: GraphConnection, type: string) {
  const { records } = await graph.driver.executeQuery(
    `MATCH (incident:Incident {type: $type})<-[:DESCRIBES]-(event:Event)-[:REPORTED_IN]->(report:Report)
     WITH incident, report ORDER BY report.source
     WITH incident, collect(report.source) AS outlets
     RETURN incident.reportCount AS reportCount, incident.eventCount AS eventCount, outlets
     ORDER BY outlets[0], size(outlets)`,
    { type },
    { database: graph.database },
  );
  return records.map((record) => record.toObject());
}

const DEV = 'EventGraph dev corpus (written for testing)';

describe('cross-report incident linking', () => {
  it('joins two differently written reports of one drone strike into one incident told by two reports', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, devReport('04'));
    const retold = await writeExtraction(graph, fixtureReport('a'));
    expect(retold.corroborated).toBe(1);
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([{ reportCount: 2, eventCount: 2, outlets: [DEV, 'Fixture outlet A'] }]);
  });

  it('keeps a similar strike by the same actors on the same day apart when it hit another place', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, devReport('04'));
    const elsewhere = await writeExtraction(graph, fixtureReport('b'));
    expect(elsewhere.corroborated).toBe(0);
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([
      { reportCount: 1, eventCount: 1, outlets: [DEV] },
      { reportCount: 1, eventCount: 1, outlets: ['Fixture outlet B'] },
    ]);
  });

  it('keeps a strike on the same road twelve days later apart', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, devReport('04'));
    await writeExtraction(graph, fixtureReport('c'));
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([
      { reportCount: 1, eventCount: 1, outlets: [DEV] },
      { reportCount: 1, eventCount: 1, outlets: ['Fixture outlet C'] },
    ]);
  });

  it('joins reports of one incident that arrive in the same batch, bridged one included', async () => {
    await using graph = await neo4jTestResource();
    await writeExtractions(graph, [fixtureReport('p'), fixtureReport('a'), devReport('04'), fixtureReport('q'), fixtureReport('b')]);
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([
      { reportCount: 2, eventCount: 2, outlets: [DEV, 'Fixture outlet A'] },
      { reportCount: 1, eventCount: 1, outlets: ['Fixture outlet B'] },
    ]);
    expect(await incidentsOf(graph, 'SHELLING')).toEqual([
      { reportCount: 3, eventCount: 3, outlets: [DEV, 'Fixture outlet P', 'Fixture outlet Q'] },
    ]);
  });

  it('joins two reports of one strike written at the same moment by two writers', async () => {
    await using graph = await neo4jTestResource();
    await Promise.all([writeExtraction(graph, devReport('04')), writeExtraction(graph, fixtureReport('a'))]);
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([{ reportCount: 2, eventCount: 2, outlets: [DEV, 'Fixture outlet A'] }]);
  });

  it('joins the same incidents whatever order the reports arrive in', async () => {
    await using graph = await neo4jTestResource();
    for (const report of [fixtureReport('a'), fixtureReport('c'), devReport('04'), fixtureReport('b')]) await writeExtraction(graph, report);
    expect(await incidentsOf(graph, 'AIRSTRIKE')).toEqual([
      { reportCount: 2, eventCount: 2, outlets: [DEV, 'Fixture outlet A'] },
      { reportCount: 1, eventCount: 1, outlets: ['Fixture outlet B'] },
      { reportCount: 1, eventCount: 1, outlets: ['Fixture outlet C'] },
    ]);
  });

  it('merges two incidents into one when a later report names the participants of both', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, fixtureReport('p'));
    await writeExtraction(graph, fixtureReport('q'));
    expect(await incidentsOf(graph, 'SHELLING')).toHaveLength(2);
    await writeExtraction(graph, devReport('04'));
    expect(await incidentsOf(graph, 'SHELLING')).toEqual([
      { reportCount: 3, eventCount: 3, outlets: [DEV, 'Fixture outlet P', 'Fixture outlet Q'] },
    ]);
  });

  it('joins incidents told before a later report says one place lies inside the other, as if it had come first', async () => {
    await using graph = await neo4jTestResource();
    const [village, subdistrict, placing] = [fixtureReport('s'), fixtureReport('t'), fixtureReport('u')];
    for (const report of [placing, village, subdistrict]) await writeExtraction(graph, report);
    const placedFirst = await readGraphSignature(graph);

    await emptyGraph(graph);
    await writeExtraction(graph, village);
    await writeExtraction(graph, subdistrict);
    expect(await incidentsOf(graph, 'SHELLING')).toHaveLength(2);
    await writeExtraction(graph, placing);

    expect(await incidentsOf(graph, 'SHELLING')).toEqual([{ reportCount: 2, eventCount: 2, outlets: ['Fixture outlet S', 'Fixture outlet T'] }]);
    expect(await readGraphSignature(graph)).toEqual(placedFirst);
  });

  it('counts a corroborated strike once in the derived relation while listing every account of it', async () => {
    await using graph = await neo4jTestResource();
    const first = await writeExtraction(graph, devReport('04'));
    const second = await writeExtraction(graph, fixtureReport('a'));
    await writeExtraction(graph, fixtureReport('c'));
    const { records } = await graph.driver.executeQuery(
      `MATCH (:Actor {id: 'actor:turkish-army'})-[r:STRUCK]->(:Actor {id: 'actor:sdf'})
       RETURN r.count AS count, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.eventIds AS eventIds`,
      {},
      { database: graph.database },
    );
    expect(records.map((record) => record.toObject())).toEqual([
      {
        count: 2,
        firstSeen: '2024-05-18',
        lastSeen: '2024-05-30',
        eventIds: [
          `event:${first.reportId.slice('report:'.length)}:0`,
          `event:${second.reportId.slice('report:'.length)}:0`,
          expect.stringMatching(/^event:[0-9a-f]{16}:0$/),
        ],
      },
    ]);
  });

  it('counts a derived relation once when a report bridges two incidents that each supported it', async () => {
    await using graph = await neo4jTestResource();
    const shelledUmmAlKayf = async () =>
      (
        await graph.driver.executeQuery(
          `MATCH (:Actor {id: 'actor:turkish-army'})-[r:SHELLED]->(:Location {id: 'location:umm-al-kayf'}) RETURN r.count AS count, size(r.eventIds) AS events`,
          {},
          { database: graph.database },
        )
      ).records.map((record) => record.toObject());
    await writeExtraction(graph, fixtureReport('p'));
    await writeExtraction(graph, retoldOn(fixtureReport('p'), '2024-05-22'));
    expect(await shelledUmmAlKayf()).toEqual([{ count: 2, events: 2 }]);
    await writeExtraction(graph, retoldOn(fixtureReport('p'), '2024-05-20'));
    expect(await shelledUmmAlKayf()).toEqual([{ count: 1, events: 3 }]);
    expect(await incidentsOf(graph, 'SHELLING')).toEqual([
      { reportCount: 3, eventCount: 3, outlets: ['Fixture outlet P', 'Fixture outlet P', 'Fixture outlet P'] },
    ]);
  });
});

/** The same report published on another day (a line added, so the text is new), its events dated that day. */
function retoldOn(report: ReportToWrite, day: string): ReportToWrite {
  const { extraction } = report;
  return {
    text: `${report.text}\n(${day})\n`,
    extraction: {
      ...extraction,
      report: { ...extraction.report, publishedAt: day },
      events: extraction.events.map((event) => ({ ...event, time: event.time && { ...event.time, from: day, to: day } })),
    },
  };
}
