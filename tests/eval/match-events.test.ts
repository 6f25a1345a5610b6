import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/domain/extraction.js';
import { mapCanonicalsToSystemIds, matchEntities, matchEvents } from '../../src/eval/index.js';
import { loadDevReport } from './dev-corpus.js';
import { goldToExtraction } from './gold-to-extraction.js';

/** Report 01's gold, its perfect extraction and the canonical → id map, for editing events. */
function setUp01() {
  const { text, gold } = loadDevReport('01');
  const system = goldToExtraction(text, gold);
  const systemIds = mapCanonicalsToSystemIds([
    matchEntities(gold.actors, system.entities, 'Actor'),
    matchEntities(gold.locations, system.entities, 'Location'),
  ]);
  const title = { text: text.slice(0, 10), start: 0, end: 10 };
  const attack = system.events[1];
  if (attack === undefined) throw new Error('report 01 has an ATTACK');
  const matchAttack = (edit: (event: ExtractedEvent) => void) => {
    const edited = structuredClone(attack);
    edit(edited);
    return matchEvents(text, gold.events.slice(1, 2), [edited], systemIds);
  };
  return { title, matchAttack };
}

describe('matchEvents', () => {
  it('records identical evidence as the strongest basis', () => {
    const { matchAttack } = setUp01();
    expect(matchAttack(() => undefined).pairs.map((pair) => pair.basis)).toEqual(['same-evidence']);
  });

  it('matches on a partly overlapping evidence span', () => {
    const { matchAttack } = setUp01();
    const matching = matchAttack((event) => {
      event.evidence = { ...event.evidence, start: event.evidence.start + 5, text: event.evidence.text.slice(5) };
    });
    expect(matching.pairs.map((pair) => pair.basis)).toEqual(['evidence-overlap']);
  });

  it('matches on a mention when the evidence lies elsewhere', () => {
    const { matchAttack, title } = setUp01();
    const matching = matchAttack((event) => {
      event.mentions = [title, event.evidence];
      event.evidence = title;
    });
    expect(matching.pairs.map((pair) => pair.basis)).toEqual(['mention-overlap']);
  });

  it('matches on a shared agent and location when no span overlaps', () => {
    const { matchAttack, title } = setUp01();
    const matching = matchAttack((event) => {
      event.evidence = title;
      event.mentions = [];
    });
    expect(matching.pairs.map((pair) => pair.basis)).toEqual(['shared-arguments']);
  });

  it('does not match on a shared agent without a shared location', () => {
    const { matchAttack, title } = setUp01();
    const matching = matchAttack((event) => {
      event.evidence = title;
      event.mentions = [];
      event.locations = [];
    });
    expect(matching.pairs).toEqual([]);
    expect(matching.unmatchedGold).toHaveLength(1);
    expect(matching.unmatchedSystem).toHaveLength(1);
  });

  it('does not match an agent that the system put among the targets', () => {
    const { matchAttack, title } = setUp01();
    const matching = matchAttack((event) => {
      event.evidence = title;
      event.mentions = [];
      event.targets = event.agents;
      event.agents = [];
    });
    expect(matching.pairs).toEqual([]);
  });

  it('never matches events of different types', () => {
    const { matchAttack } = setUp01();
    expect(matchAttack((event) => (event.type = 'SHELLING')).pairs).toEqual([]);
  });
});
