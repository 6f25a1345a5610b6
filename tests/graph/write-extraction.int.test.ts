import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { writeExtraction, writeExtractions } from '../../src/graph/index.js';
import { emptyGraph, neo4jTestResource } from '../setup/neo4j-test-resource.js';
import { allDevReports, devReport } from './fixture-reports.js';
import { countGraph, readGraphSignature } from './graph-signature.js';

const read = async (graph: Awaited<ReturnType<typeof neo4jTestResource>>, query: string, parameters: Record<string, unknown> = {}) =>
  (await graph.driver.executeQuery(query, parameters, { database: graph.database })).records.map((record) => record.toObject());

describe('writeExtraction', () => {
  it('writes an event with its participants, place, exact evidence span and derived relation', async () => {
    await using graph = await neo4jTestResource();
    const report = devReport('04');
    const outcome = await writeExtraction(graph, report);
    expect(outcome).toMatchObject({ created: true, entitiesNew: 29, entitiesMerged: 0, events: 10, claims: 4, relations: 10 });

    const [strike] = await read(
      graph,
      `MATCH (event:Event {type: 'AIRSTRIKE'})-[evidence:REPORTED_IN]->(report:Report {id: $reportId})
       RETURN event {.date, .precision, .killed, .injured, .reportedAt} AS event,
         [(actor)-[p:PARTICIPATED_IN]->(event) | p.role + ' ' + actor.name] AS participants,
         [(event)-[:OCCURRED_AT]->(place) | place.name] AS places,
         substring(report.text, evidence.start, evidence.end - evidence.start) = evidence.evidence AS spanIsExact,
         evidence.source AS source,
         [(event)-[:ATTRIBUTED_TO]->(source:Source) | source.name] AS attributedTo`,
      { reportId: outcome.reportId },
    );
    expect(strike).toEqual({
      event: { date: '2024-05-18', precision: 'day', killed: 3, injured: null, reportedAt: '2024-05-18' },
      participants: expect.arrayContaining(['agent Turkish Army', 'target SDF']),
      places: expect.arrayContaining(['Qamishli-Amuda road', 'Hasakah northern countryside']),
      spanIsExact: true,
      source: 'correspondent',
      attributedTo: ['correspondent'],
    });
    expect(await read(graph, `MATCH (:Actor {id: 'actor:turkish-army'})-[r:STRUCK]->(:Actor {id: 'actor:sdf'}) RETURN r.count AS count, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, size(r.eventIds) AS events`)).toEqual([
      { count: 1, firstSeen: '2024-05-18', lastSeen: '2024-05-18', events: 1 },
    ]);
  });

  it('records claims against their claimant, so everything said by one source can be asked for', async () => {
    await using graph = await neo4jTestResource();
    await writeExtraction(graph, devReport('04'));
    const saidBySdf = await read(
      graph,
      `MATCH (:Actor {id: 'actor:sdf'})<-[:CLAIMED_BY]-(claim:Claim)-[:ABOUT]->(about)
       RETURN claim.text AS text, collect(about.name) AS about ORDER BY text`,
    );
    expect(saidBySdf).toEqual([
      { text: 'The Turkish \'occupation\' keeps targeting safe areas and breaching international understandings', about: ['Turkish Army'] },
      { text: 'The two people detained in al-Karamah belong to ISIS cells', about: ['ISIS'] },
    ]);
    const unnamed = await read(
      graph,
      `MATCH (source:Source)<-[:CLAIMED_BY]-(claim:Claim) RETURN source.id AS id, source.outlet AS outlet, count(claim) AS claims`,
    );
    expect(unnamed).toEqual([{ id: 'source:eventgraph-dev-corpus-written-for-testing:autonomous-administration-official', outlet: 'EventGraph dev corpus (written for testing)', claims: 1 }]);
  });

  it('keeps a stated affiliation with its evidence span and provenance', async () => {
    await using graph = await neo4jTestResource();
    const { reportId } = await writeExtraction(graph, devReport('04'));
    const [backing] = await read(
      graph,
      `MATCH (:Actor {id: 'actor:syrian-national-army'})-[r:BACKED_BY]->(:Actor {id: 'actor:turkey'}) RETURN properties(r) AS r`,
    );
    expect(backing?.r).toEqual({
      provenance: ['report'],
      statedReportIds: [reportId],
      lexiconReportIds: [],
      evidence: [expect.stringMatching(new RegExp(`^${reportId}#\\d+-\\d+$`))],
    });
  });

  it('merges an actor named in two reports into one node and adds the aliases the second report used', async () => {
    await using graph = await neo4jTestResource();
    const first = await writeExtraction(graph, devReport('04'));
    const second = await writeExtraction(graph, devReport('05'));
    expect(second.entitiesMerged).toBeGreaterThan(0);
    const [sdf] = await read(
      graph,
      `MATCH (actor:Actor {id: 'actor:sdf'}) RETURN actor.aliases AS aliases, COUNT { (:Report)-[:MENTIONS]->(actor) } AS reports, COUNT { (other:Actor {name: 'SDF'}) } AS nodes`,
    );
    const surfaces04 = devReport('04').extraction.entities.find((entity) => entity.id === 'actor:sdf')?.aliases ?? [];
    const surfaces05 = devReport('05').extraction.entities.find((entity) => entity.id === 'actor:sdf')?.aliases ?? [];
    expect(sdf).toEqual({ aliases: [...new Set([...surfaces04, ...surfaces05])].sort(), reports: 2, nodes: 1 });
    expect(first.reportId).not.toBe(second.reportId);
  });

  it('keeps on each mention what its own report called the actor when one batch names it two ways', async () => {
    await using graph = await neo4jTestResource();
    const first = devReport('04');
    const second = devReport('05');
    const sdfIn = (report: typeof first) => report.extraction.entities.find((entity) => entity.id === 'actor:sdf');
    (sdfIn(second) as { name: string }).name = 'Syrian Democratic Forces';
    const [one, two] = await writeExtractions(graph, [first, second]);
    const mentions = await read(
      graph,
      `MATCH (report:Report)-[mention:MENTIONS]->(:Actor {id: 'actor:sdf'}) RETURN report.id AS report, mention.name AS name, mention.aliases AS aliases ORDER BY report`,
    );
    const said = (report: typeof first, reportId: string | undefined) => ({ report: reportId, name: sdfIn(report)?.name, aliases: [...new Set(sdfIn(report)?.aliases)].sort() });
    expect(mentions).toEqual([said(first, one?.reportId), said(second, two?.reportId)].sort((a, b) => String(a.report).localeCompare(String(b.report))));
    expect(await read(graph, `MATCH (actor:Actor {id: 'actor:sdf'}) RETURN actor.name AS name`)).toEqual([{ name: 'SDF' }]);
  });

  it('keeps a lexicon fact and a stated one on one relationship with both provenances', async () => {
    await using graph = await neo4jTestResource();
    const stated = devReport('04');
    const lexicon = devReport('05');
    lexicon.extraction.entities.push(
      ...stated.extraction.entities.filter((entity) => ['actor:syrian-national-army', 'actor:turkey'].includes(entity.id)).map((entity) => ({ ...entity, mentions: [] })),
    );
    lexicon.extraction.relations.push({ subject: 'actor:syrian-national-army', type: 'BACKED_BY', object: 'actor:turkey', evidence: null, provenance: 'lexicon' });
    const first = await writeExtraction(graph, stated);
    const second = await writeExtraction(graph, lexicon);
    expect(await read(graph, `MATCH (:Actor {id: 'actor:syrian-national-army'})-[r:BACKED_BY]->(:Actor {id: 'actor:turkey'}) RETURN r.provenance AS provenance, r.lexiconReportIds AS lexicon, r.statedReportIds AS stated`)).toEqual([
      { provenance: ['lexicon', 'report'], lexicon: [second.reportId], stated: [first.reportId] },
    ]);
  });

  it('writes nothing of a report whose extraction names an entity it does not declare', async () => {
    await using graph = await neo4jTestResource();
    const broken = devReport('04');
    const extraction: Extraction = { ...broken.extraction, events: [{ ...(broken.extraction.events[0] as Extraction['events'][number]), agents: ['actor:nobody'] }] };
    await expect(writeExtraction(graph, { text: broken.text, extraction })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/names "actor:nobody" in events\[0\]\.agents, which it does not declare/),
    });
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('ingests the dev corpus twice and leaves node and relationship counts identical', async () => {
    await using graph = await neo4jTestResource();
    const reports = allDevReports();
    const first = await writeExtractions(graph, reports);
    const counts = await countGraph(graph);
    const second = await writeExtractions(graph, reports);
    expect(first.map((outcome) => outcome.created)).toEqual(reports.map(() => true));
    expect(second.map((outcome) => outcome.created)).toEqual(reports.map(() => false));
    expect(await countGraph(graph)).toEqual(counts);
    expect(counts.nodes).toBeGreaterThan(300);
  });

  it('writes a batch that shares entities exactly as it writes the same reports one by one', async () => {
    await using graph = await neo4jTestResource();
    const reports = allDevReports();
    await writeExtractions(graph, reports);
    const batched = await readGraphSignature(graph);
    await emptyGraph(graph);
    for (const report of reports) await writeExtraction(graph, report);
    expect(await readGraphSignature(graph)).toEqual(batched);
  });

  it('writes a batch that mixes a stored report with new ones as if only the new ones had come', async () => {
    await using graph = await neo4jTestResource();
    const [stored, second, third] = [devReport('03'), devReport('04'), devReport('05')];
    await writeExtraction(graph, stored);
    const outcomes = await writeExtractions(graph, [stored, second, third]);
    expect(outcomes.map((outcome) => outcome.created)).toEqual([false, true, true]);
    const mixed = await readGraphSignature(graph);
    await emptyGraph(graph);
    await writeExtraction(graph, stored);
    await writeExtractions(graph, [second, third]);
    expect(await readGraphSignature(graph)).toEqual(mixed);
  });

  it('writes a text repeated inside one batch once', async () => {
    await using graph = await neo4jTestResource();
    const report = devReport('03');
    const outcomes = await writeExtractions(graph, [report, report]);
    expect(outcomes.map((outcome) => outcome.created)).toEqual([true, false]);
    expect(await read(graph, 'MATCH (r:Report) RETURN count(r) AS reports')).toEqual([{ reports: 1 }]);
  });
});
