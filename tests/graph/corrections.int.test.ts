import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import type { EventType } from '../../src/domain/vocabulary.js';
import { EVENT_CODING } from '../../src/extract/events/coding.js';
import { addAlias } from '../../src/graph/add-alias.js';
import { addParticipant, changeEventType, removeParticipant, type EventCodes } from '../../src/graph/correct-event.js';
import { deleteReport, writeExtraction, writeExtractions, type GraphConnection, type ReportToWrite } from '../../src/graph/index.js';
import { mergeActors } from '../../src/graph/merge-actors.js';
import { emptyGraph, neo4jTestResource } from '../setup/neo4j-test-resource.js';
import { devReport, fixtureReport } from './fixture-reports.js';
import { readGraphSignature, type GraphSignature } from './graph-signature.js';

const ANALYST = { by: 'test-analyst', note: 'from the tests' };

/** A report whose events carry the export codes of their types, as the real extractor gives them. */
function coded(report: ReportToWrite): ReportToWrite {
  const extraction = structuredClone(report.extraction);
  for (const event of extraction.events) event.coding = EVENT_CODING[event.type as EventType];
  return { text: report.text, extraction };
}

function edited(report: ReportToWrite, edit: (extraction: Extraction) => void): ReportToWrite {
  const extraction = structuredClone(report.extraction);
  edit(extraction);
  return coded({ text: report.text, extraction });
}

function codesOf(type: EventType): EventCodes {
  const coding = EVENT_CODING[type];
  return {
    cameo: coding.cameo,
    ploverType: coding.plover.type,
    ploverMode: coding.plover.mode,
    acledEventType: coding.acled.eventType,
    acledSubEventType: coding.acled.subEventType,
  };
}

/** The same connection, counting the write transactions its sessions run (retries included). */
function countingWrites(graph: GraphConnection): { graph: GraphConnection; writes: () => number } {
  let writes = 0;
  const driver = new Proxy(graph.driver, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (key === 'session') {
        return (...args: Parameters<typeof target.session>) => {
          const session = target.session(...args);
          const executeWrite = session.executeWrite.bind(session);
          session.executeWrite = (work, config) => {
            writes += 1;
            return executeWrite(work, config);
          };
          return session;
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { graph: { ...graph, driver }, writes: () => writes };
}

async function build(graph: GraphConnection, reports: ReportToWrite[]): Promise<string[]> {
  await emptyGraph(graph);
  const ids = [];
  for (const report of reports) ids.push((await writeExtraction(graph, report)).reportId);
  return ids;
}

/** The graph without the audit trail (corrections, merge tombstones) and, for `aliasesOf`, without aliases. */
function withoutAudit(signature: GraphSignature, aliasesOf: string[] = []): GraphSignature {
  const audit = /^(Correction|MergedActor) /;
  return {
    nodes: signature.nodes
      .filter((line) => !audit.test(line))
      .map((line) => {
        const [label, key] = line.split(' ', 2) as [string, string];
        if (label !== 'Actor' || !aliasesOf.includes(key)) return line;
        const props = (JSON.parse(line.slice(label.length + key.length + 2)) as Array<[string, unknown]>).filter(
          ([name]) => name !== 'aliases' && name !== 'analystAliases',
        );
        return `${label} ${key} ${JSON.stringify(props)}`;
      }),
    relationships: signature.relationships.filter((line) => !/-(CORRECTS|MERGED_INTO)->/.test(line)),
  };
}

/** The n-th event id the writer gives a report's events. */
async function eventIdsOf(graph: GraphConnection, reportId: string): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (e:Event {reportId: $reportId}) RETURN e.id AS id ORDER BY e.id',
    { reportId },
    { database: graph.database },
  );
  return records.map((record) => record.get('id') as string);
}

describe('analyst corrections leave the graph that reports saying so from the start would have built', () => {
  const strike = coded(devReport('04'));
  const retold = coded(fixtureReport('a'));
  const strikeEvent = retold.extraction.events[0]!;

  it('changing the retold strike to an attack splits it from the incident and moves its derived relations', async () => {
    await using graph = await neo4jTestResource();
    const expected = withoutAudit(
      await (async () => {
        await build(graph, [strike, edited(retold, (extraction) => (extraction.events[0]!.type = 'ATTACK'))]);
        return readGraphSignature(graph);
      })(),
    );

    const [, retoldId] = await build(graph, [strike, retold]);
    const [eventId] = await eventIdsOf(graph, retoldId!);
    const outcome = await changeEventType(graph, eventId!, 'ATTACK', codesOf('ATTACK'), ANALYST);

    expect(outcome.correction).toMatchObject({ kind: 'CHANGE_EVENT_TYPE', by: 'test-analyst', targetId: eventId, details: '{"from":"AIRSTRIKE","to":"ATTACK"}' });
    expect(withoutAudit(await readGraphSignature(graph))).toEqual(expected);
  });

  it('changing the type back rejoins the incident: the graph is the original one', async () => {
    await using graph = await neo4jTestResource();
    const [, retoldId] = await build(graph, [strike, retold]);
    const original = await readGraphSignature(graph);
    const [eventId] = await eventIdsOf(graph, retoldId!);

    await changeEventType(graph, eventId!, 'ATTACK', codesOf('ATTACK'), ANALYST);
    await changeEventType(graph, eventId!, 'AIRSTRIKE', codesOf('AIRSTRIKE'), ANALYST);

    expect(withoutAudit(await readGraphSignature(graph))).toEqual(original);
    const { records } = await graph.driver.executeQuery('MATCH (c:Correction {targetId: $eventId}) RETURN c.details AS details ORDER BY c.at', { eventId }, { database: graph.database });
    expect(records.map((record) => record.get('details'))).toEqual(['{"from":"AIRSTRIKE","to":"ATTACK"}', '{"from":"ATTACK","to":"AIRSTRIKE"}']);
  });

  it('removing the shared target, then adding it back, splits and rejoins the incident', async () => {
    await using graph = await neo4jTestResource();
    const target = strikeEvent.targets[0]!;
    await build(graph, [strike, edited(retold, (extraction) => (extraction.events[0]!.targets = extraction.events[0]!.targets.filter((id) => id !== target)))]);
    const withoutTarget = withoutAudit(await readGraphSignature(graph));
    const [, retoldId] = await build(graph, [strike, retold]);
    const original = await readGraphSignature(graph);
    const [eventId] = await eventIdsOf(graph, retoldId!);

    await removeParticipant(graph, eventId!, target, 'target', ANALYST);
    expect(withoutAudit(await readGraphSignature(graph))).toEqual(withoutTarget);

    await addParticipant(graph, eventId!, target, 'target', ANALYST);
    expect(withoutAudit(await readGraphSignature(graph))).toEqual(withoutAudit(original));
  });

  it('merging a duplicate actor into the canonical one gives the graph where every report named the canonical one', async () => {
    await using graph = await neo4jTestResource();
    const canonical = strikeEvent.agents[0]!;
    await build(graph, [strike, retold]);
    const expected = await readGraphSignature(graph);
    const duplicate = 'actor:ar:duplicate-for-the-test';
    const renamed = edited(retold, (extraction) => {
      const text = JSON.stringify(extraction).replaceAll(JSON.stringify(canonical), JSON.stringify(duplicate));
      Object.assign(extraction, JSON.parse(text) as Extraction);
      const entity = extraction.entities.find((candidate) => candidate.id === duplicate)!;
      entity.name = 'A duplicate';
    });
    await build(graph, [strike, renamed]);
    const beforeMerge = await readGraphSignature(graph);
    expect(beforeMerge).not.toEqual(expected);

    const outcome = await mergeActors(graph, canonical, [duplicate], ANALYST);

    expect(outcome).toMatchObject({ actorId: canonical, mergedIds: [duplicate], events: 1 });
    expect(withoutAudit(await readGraphSignature(graph), [canonical])).toEqual(withoutAudit(expected, [canonical]));
    const { records } = await graph.driver.executeQuery(
      `MATCH (a:Actor {id: $canonical}) OPTIONAL MATCH (m:MergedActor {id: $duplicate})-[:MERGED_INTO]->(a)
       RETURN a.aliases AS aliases, a.analystAliases AS analystAliases, m IS NOT NULL AS tombstone`,
      { canonical, duplicate },
      { database: graph.database },
    );
    expect(records[0]?.get('analystAliases')).toContain('A duplicate');
    expect(records[0]?.get('aliases')).toContain('A duplicate');
    expect(records[0]?.get('tombstone')).toBe(true);
  });

  it('sends a later report that names the merged actor to the kept one', async () => {
    await using graph = await neo4jTestResource();
    const canonical = strikeEvent.agents[0]!;
    const later = coded(fixtureReport('c'));
    await build(graph, [strike, retold, later]);
    const expected = await readGraphSignature(graph);
    const duplicate = 'actor:ar:duplicate-for-the-test';
    const renaming = (extraction: Extraction) => {
      Object.assign(extraction, JSON.parse(JSON.stringify(extraction).replaceAll(JSON.stringify(canonical), JSON.stringify(duplicate))) as Extraction);
      extraction.entities.find((candidate) => candidate.id === duplicate)!.name = 'A duplicate';
    };
    expect(JSON.stringify(later.extraction)).toContain(canonical);

    await build(graph, [strike, edited(retold, renaming)]);
    await mergeActors(graph, canonical, [duplicate], ANALYST);
    await writeExtraction(graph, edited(later, renaming));

    expect(withoutAudit(await readGraphSignature(graph), [canonical])).toEqual(withoutAudit(expected, [canonical]));
  });

  it('writes later reports naming a merged actor step by step, after the first found it merged', async () => {
    await using graph = await neo4jTestResource();
    const canonical = strikeEvent.agents[0]!;
    const duplicate = 'actor:ar:duplicate-for-the-test';
    const renaming = (extraction: Extraction) => {
      Object.assign(extraction, JSON.parse(JSON.stringify(extraction).replaceAll(JSON.stringify(canonical), JSON.stringify(duplicate))) as Extraction);
    };
    const later = edited(fixtureReport('c'), renaming);
    await build(graph, [strike, edited(retold, renaming)]);
    await mergeActors(graph, canonical, [duplicate], ANALYST);

    const counting = countingWrites(graph);
    await writeExtraction(counting.graph, later);
    // Written as if nothing were merged, rolled back, then step by step.
    expect(counting.writes()).toBe(2);
    const [again] = await writeExtractions(counting.graph, [{ text: `${later.text}\n`, extraction: later.extraction }]);
    expect(counting.writes()).toBe(3);
    expect(again?.created).toBe(true);
  });

  it('refuses a merge of unknown actors and changes nothing', async () => {
    await using graph = await neo4jTestResource();
    await build(graph, [strike]);
    const before = await readGraphSignature(graph);
    const canonical = strikeEvent.agents[0]!;
    await expect(mergeActors(graph, canonical, ['actor:no-such-actor'], ANALYST)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergeActors(graph, canonical, [canonical], ANALYST)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(changeEventType(graph, 'event:none:1', 'CLASH', codesOf('CLASH'), ANALYST)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readGraphSignature(graph)).toEqual(before);
  });

  it("keeps an analyst's alias when a report that named the actor is retracted", async () => {
    await using graph = await neo4jTestResource();
    const [, retoldId] = await build(graph, [strike, retold]);
    const actorId = strikeEvent.agents[0]!;
    await addAlias(graph, actorId, '  the  analysts’ name ', ANALYST);
    await expect(addAlias(graph, actorId, 'the analysts’ name', ANALYST)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    await deleteReport(graph, retoldId!);

    const { records } = await graph.driver.executeQuery('MATCH (a:Actor {id: $actorId}) RETURN a.aliases AS aliases', { actorId }, { database: graph.database });
    expect(records[0]?.get('aliases')).toContain('the analysts’ name');
  });
});
