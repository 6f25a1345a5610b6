import { describe, expect, it } from 'vitest';
import { parseGoldReport } from '../../src/eval/index.js';
import { loadDevReport } from './dev-corpus.js';

describe('parseGoldReport', () => {
  it('accepts every dev gold file and defaults missing non_events to none', () => {
    const report = loadDevReport('00');
    expect(report.gold.non_events).toEqual([]);
    expect(report.gold.events).toHaveLength(13);
  });

  it('names the file and the path of a wrong field', () => {
    const { gold } = loadDevReport('01');
    const broken = structuredClone(gold) as unknown as { events: Array<{ type: string }> };
    const firstEvent = broken.events[0];
    if (firstEvent) firstEvent.type = 'MASSACRE';
    expect(() => parseGoldReport(broken, '01.json')).toThrow(/01\.json is not a valid gold file:\n {2}events\[0\]\.type: /u);
  });

  it('rejects a canonical that is referenced but not declared', () => {
    const { gold } = loadDevReport('01');
    const broken = structuredClone(gold);
    broken.relations = broken.relations.map((relation, index) => (index === 0 ? { ...relation, subject: 'Ahmed al-Awda' } : relation));
    expect(() => parseGoldReport(broken)).toThrow('relations[0].subject: "Ahmed al-Awda" is not declared in actors or locations');
  });

  it('rejects a file without the events list', () => {
    expect(() => parseGoldReport({ file: 'x.txt' })).toThrow(/events: /u);
  });
});
