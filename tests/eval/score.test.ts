import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { SCORED_CATEGORIES, scoreCorpus, scoreReport, type ReportScore } from '../../src/eval/index.js';
import { loadDevReport, loadDevReports } from './dev-corpus.js';
import { goldToExtraction } from './gold-to-extraction.js';

const PERFECT = { precision: 1, recall: 1, f1: 1 };

/** Report 01 (Daraa) scored after `degrade` edits its perfect extraction. */
function scoreDegraded01(degrade: (system: Extraction) => void): ReportScore {
  const { text, gold } = loadDevReport('01');
  const system = goldToExtraction(text, gold);
  degrade(system);
  return scoreReport(text, gold, system);
}

function countsOf(report: ReportScore, category: (typeof SCORED_CATEGORIES)[number]) {
  const { truePositives, falsePositives, falseNegatives } = report[category].measure;
  return { truePositives, falsePositives, falseNegatives };
}

function dropEntity(system: Extraction, id: string): void {
  system.entities = system.entities.filter((entity) => entity.id !== id);
  for (const event of system.events) {
    event.agents = event.agents.filter((agent) => agent !== id);
    event.targets = event.targets.filter((target) => target !== id);
    event.locations = event.locations.filter((location) => location !== id);
  }
  system.relations = system.relations.filter((relation) => relation.subject !== id && relation.object !== id);
}

// Report 01 has 14 actors, 15 locations, 7 events with 22 arguments, 2 claims, 7 relations and
// 7 events with a time phrase.
const PERFECT_01 = {
  actors: { truePositives: 14, falsePositives: 0, falseNegatives: 0 },
  locations: { truePositives: 15, falsePositives: 0, falseNegatives: 0 },
  events: { truePositives: 7, falsePositives: 0, falseNegatives: 0 },
  eventArguments: { truePositives: 22, falsePositives: 0, falseNegatives: 0 },
  claims: { truePositives: 2, falsePositives: 0, falseNegatives: 0 },
  relations: { truePositives: 7, falsePositives: 0, falseNegatives: 0 },
};

function expectCounts(report: ReportScore, expected: typeof PERFECT_01): void {
  const actual = Object.fromEntries(SCORED_CATEGORIES.map((category) => [category, countsOf(report, category)]));
  expect(actual).toEqual(expected);
}

describe('scoreReport', () => {
  describe.each(loadDevReports())('on dev report $slug', ({ text, gold }) => {
    it('gives the output built from the gold a perfect score on every measure', () => {
      const report = scoreReport(text, gold, goldToExtraction(text, gold));
      for (const category of SCORED_CATEGORIES) {
        expect(report[category].measure, category).toMatchObject(PERFECT);
        expect(report[category].falsePositives, category).toEqual([]);
        expect(report[category].falseNegatives, category).toEqual([]);
      }
      const withWhen = gold.published === null ? 0 : gold.events.filter((event) => event.when !== null).length;
      expect(report.dates.checked).toBe(withWhen);
      expect(report.dates.resolved).toHaveLength(withWhen);
      expect(report.dates.unresolved).toEqual([]);
      expect(report.dates.wrong).toEqual([]);
      expect(report.nonEventViolations).toEqual([]);
      expect(report.spanWarnings).toEqual([]);
    });
  });

  it('recovers every entity pairing from Arabic mentions alone, whatever the entity order', () => {
    for (const { slug, text, gold } of loadDevReports()) {
      const system = goldToExtraction(text, gold);
      system.entities.reverse();
      for (const entity of system.entities) Object.assign(entity, { name: '?', names: {}, aliases: [] });
      const report = scoreReport(text, gold, system);
      for (const category of SCORED_CATEGORIES) expect(report[category].measure.f1, `${slug} ${category}`).toBe(1);
    }
  });

  it('counts every item of report 01 as found when nothing is changed', () => {
    expectCounts(scoreDegraded01(() => undefined), PERFECT_01);
  });

  it('counts a dropped event as one miss and stops scoring its arguments', () => {
    const report = scoreDegraded01((system) => {
      system.events = system.events.slice(1); // the KILLING of al-Zoubi: 4 arguments
    });
    expectCounts(report, {
      ...PERFECT_01,
      events: { truePositives: 6, falsePositives: 0, falseNegatives: 1 },
      eventArguments: { truePositives: 18, falsePositives: 0, falseNegatives: 0 },
    });
    expect(report.events.measure.recall).toBeCloseTo(6 / 7);
    expect(report.events.falseNegatives).toEqual([
      { label: 'KILLING', evidence: 'اغتال مسلحون مجهولون، مساء أمس الإثنين، القيادي السابق في فصائل المعارضة “أبو عمر الزعبي”، بإطلاق النار عليه' },
    ]);
    expect(report.dates.checked).toBe(6);
  });

  it('counts an event of the wrong type as one miss and one spurious event', () => {
    const report = scoreDegraded01((system) => {
      const attack = system.events[1];
      if (attack) attack.type = 'CLASH'; // the checkpoint ATTACK: 4 arguments
    });
    expectCounts(report, {
      ...PERFECT_01,
      events: { truePositives: 6, falsePositives: 1, falseNegatives: 1 },
      eventArguments: { truePositives: 18, falsePositives: 0, falseNegatives: 0 },
    });
    expect(report.events.falsePositives.map((finding) => finding.label)).toEqual(['CLASH event:1']);
    expect(report.events.falseNegatives.map((finding) => finding.label)).toEqual(['ATTACK']);
  });

  it('counts a dropped actor as one miss and as a missing argument wherever it took part', () => {
    // Unknown gunmen: agent of the KILLING, the ATTACK and the ABDUCTION; in no relation.
    const report = scoreDegraded01((system) => dropEntity(system, 'actor:unknown-gunmen'));
    expectCounts(report, {
      ...PERFECT_01,
      actors: { truePositives: 13, falsePositives: 0, falseNegatives: 1 },
      eventArguments: { truePositives: 19, falsePositives: 0, falseNegatives: 3 },
    });
    expect(report.eventArguments.falseNegatives.map((finding) => finding.label)).toEqual([
      'KILLING agents: Unknown gunmen',
      'ATTACK agents: Unknown gunmen',
      'ABDUCTION agents: Unknown gunmen',
    ]);
  });

  it('counts a dropped actor as a miss in every relation it is an end of', () => {
    // Fifth Corps: object of Eighth Brigade PART_OF, subject of BACKED_BY Russia.
    const report = scoreDegraded01((system) => dropEntity(system, 'actor:fifth-corps'));
    expectCounts(report, {
      ...PERFECT_01,
      actors: { truePositives: 13, falsePositives: 0, falseNegatives: 1 },
      relations: { truePositives: 5, falsePositives: 0, falseNegatives: 2 },
    });
  });

  it('does not let a broader place whose name it contains stand in for a dropped place', () => {
    // «ريف درعا الغربي» contains «درعا», yet Daraa stays paired with Daraa.
    const report = scoreDegraded01((system) => dropEntity(system, 'location:daraa-western-countryside'));
    expectCounts(report, {
      ...PERFECT_01,
      locations: { truePositives: 14, falsePositives: 0, falseNegatives: 1 },
      eventArguments: { truePositives: 20, falsePositives: 0, falseNegatives: 2 },
      relations: { truePositives: 6, falsePositives: 0, falseNegatives: 1 },
    });
    expect(report.locations.falseNegatives.map((finding) => finding.label)).toEqual(['Daraa western countryside']);
  });

  it('flags a spurious event stated inside a non-event and counts it as a false positive', () => {
    const { text } = loadDevReport('01');
    const negated = 'أي جهة لم تتبنَّ عملية الاغتيال';
    const start = text.indexOf(negated);
    const report = scoreDegraded01((system) => {
      const template = system.events[0];
      if (template === undefined) throw new Error('report 01 has events');
      const evidence = { text: negated, start, end: start + negated.length };
      system.events.push({ ...template, id: 'event:spurious', agents: [], targets: [], locations: [], evidence, mentions: [evidence] });
    });
    expectCounts(report, { ...PERFECT_01, events: { truePositives: 7, falsePositives: 1, falseNegatives: 0 } });
    expect(report.events.measure.precision).toBeCloseTo(7 / 8);
    expect(report.nonEventViolations).toHaveLength(1);
    expect(report.nonEventViolations[0]?.event.id).toBe('event:spurious');
    expect(report.nonEventViolations[0]?.nonEvents).toEqual([{ evidence: negated, why: 'negated' }]);
  });

  it('matches an event whose evidence lies elsewhere through a mention or through shared arguments', () => {
    const { text } = loadDevReport('01');
    const report = scoreDegraded01((system) => {
      const title = { text: text.slice(0, 10), start: 0, end: 10 };
      const [killing, attack] = system.events;
      if (killing === undefined || attack === undefined) throw new Error('report 01 has events');
      killing.mentions = [title, killing.evidence];
      killing.evidence = title;
      attack.evidence = title; // agent Unknown gunmen and location Al-Muzayrib still shared
      attack.mentions = [];
    });
    expectCounts(report, PERFECT_01);
  });

  it('counts matched events without a date as unresolved and dates after publication as wrong', () => {
    const report = scoreDegraded01((system) => {
      const [killing, attack] = system.events;
      if (killing === undefined || attack?.time == null) throw new Error('report 01 has dated events');
      killing.time = null;
      attack.time = { ...attack.time, from: '2024-02-14', to: '2024-02-14' };
    });
    expect(report.dates.checked).toBe(7);
    expect(report.dates.resolved).toHaveLength(6);
    expect(report.dates.unresolved.map((dated) => dated.when)).toEqual(['yesterday evening, Monday']);
    expect(report.dates.wrong.map((dated) => [dated.when, dated.from])).toEqual([['dawn today', '2024-02-14']]);
  });

  it('counts a reversed relation as a miss and a spurious relation', () => {
    const report = scoreDegraded01((system) => {
      const commands = system.relations[0];
      if (commands === undefined) throw new Error('report 01 has relations');
      system.relations[0] = { ...commands, subject: commands.object, object: commands.subject };
    });
    expectCounts(report, { ...PERFECT_01, relations: { truePositives: 6, falsePositives: 1, falseNegatives: 1 } });
    expect(report.relations.falsePositives.map((finding) => finding.label)).toEqual([
      'Eighth Brigade COMMANDS Ahmad al-Awda (report)',
    ]);
  });

  it('counts a dropped claim as one miss', () => {
    const report = scoreDegraded01((system) => {
      system.claims = system.claims.slice(1);
    });
    expectCounts(report, { ...PERFECT_01, claims: { truePositives: 1, falsePositives: 0, falseNegatives: 1 } });
  });

  it('warns when system offsets do not select their text', () => {
    const report = scoreDegraded01((system) => {
      const killing = system.events[0];
      if (killing) killing.evidence = { ...killing.evidence, start: killing.evidence.start + 1, end: killing.evidence.end + 1 };
    });
    expect(report.spanWarnings).toHaveLength(1);
    expect(report.spanWarnings[0]).toMatch(/^event event:0 evidence: offsets /u);
  });
});

describe('scoreCorpus', () => {
  it('totals the README counts with perfect micro-averages for the output built from the gold', () => {
    const reports = loadDevReports().map(({ text, gold }) => scoreReport(text, gold, goldToExtraction(text, gold)));
    const corpus = scoreCorpus(reports);
    expect(corpus.actors).toMatchObject({ ...PERFECT, truePositives: 98 });
    expect(corpus.locations).toMatchObject({ ...PERFECT, truePositives: 117 });
    expect(corpus.events).toMatchObject({ ...PERFECT, truePositives: 86 });
    expect(corpus.eventArguments).toMatchObject(PERFECT);
    expect(corpus.claims).toMatchObject({ ...PERFECT, truePositives: 31 });
    expect(corpus.relations).toMatchObject({ ...PERFECT, truePositives: 59 });
    expect(corpus.dates.wrong).toBe(0);
    expect(corpus.dates.resolved).toBe(corpus.dates.checked);
    expect(corpus.nonEventViolations).toBe(0);
  });

  it('sums counts over reports before dividing (micro-average)', () => {
    const perfect = scoreDegraded01(() => undefined);
    const halfEvents = scoreDegraded01((system) => {
      system.events = [];
    });
    const corpus = scoreCorpus([perfect, halfEvents]);
    expect(corpus.events).toMatchObject({ truePositives: 7, falsePositives: 0, falseNegatives: 7, precision: 1, recall: 0.5 });
    expect(corpus.events.f1).toBeCloseTo(2 / 3);
  });
});
