import { describe, expect, it } from 'vitest';
import { derivedKeysByIncident, planDerivedIncrements } from '../../src/graph/derived-relation-writes.js';
import { derivedKeysOf } from '../../src/graph/derived-relations.js';
import type { EventRow } from '../../src/graph/extraction-rows.js';
import type { StoredEvent } from '../../src/graph/link-incidents.js';

const strike = (id: string, agent: string, target: string): Pick<StoredEvent, 'type' | 'agents' | 'targets' | 'locations'> & { id: string } => ({
  id,
  type: 'ATTACK',
  agents: [agent],
  targets: [target],
  locations: [],
});

/** A new event as planDerivedIncrements reads it: its id, derivation keys and day. */
function newEvent(id: string, agent: string, target: string, seen: string): EventRow {
  return { id, keys: derivedKeysOf(strike(id, agent, target)), seen } as EventRow;
}

function stored(incidentId: string, id: string, agent: string, target: string): StoredEvent {
  return { ...strike(id, agent, target), incidentId, reportId: `report:${id}`, link: null };
}

describe('planDerivedIncrements', () => {
  it('counts a new incident once on each relation its events support', () => {
    const events = [newEvent('e1', 'actor:a', 'actor:b', '2024-05-01'), newEvent('e2', 'actor:a', 'actor:b', '2024-05-02')];
    const increments = planDerivedIncrements([{ incidentId: 'incident:e1', newEventIds: ['e1', 'e2'], oldIncidentIds: [] }], new Map(events.map((event) => [event.id, event])), new Map());
    expect(increments).toEqual([
      { type: 'ATTACKED', subjectId: 'actor:a', objectId: 'actor:b', objectLabel: 'Actor', eventIds: ['e1', 'e2'], firstSeen: '2024-05-01', lastSeen: '2024-05-02', count: 1 },
    ]);
  });

  it('adds events without counting again when they join an incident the relation counted already', () => {
    const event = newEvent('e3', 'actor:a', 'actor:b', '2024-05-03');
    const older = derivedKeysByIncident([stored('incident:e1', 'e1', 'actor:a', 'actor:b')]);
    const [increment] = planDerivedIncrements([{ incidentId: 'incident:e1', newEventIds: ['e3'], oldIncidentIds: ['incident:e1'] }], new Map([[event.id, event]]), older);
    expect(increment).toMatchObject({ eventIds: ['e3'], count: 0 });
  });

  it('takes one off a relation for each extra incident a bridging event merges, and leaves alone relations only one of them supported', () => {
    const bridge = newEvent('e5', 'actor:a', 'actor:b', '2024-05-05');
    const older = derivedKeysByIncident([
      stored('incident:e1', 'e1', 'actor:a', 'actor:b'),
      stored('incident:e1', 'e2', 'actor:c', 'actor:d'),
      stored('incident:e3', 'e3', 'actor:a', 'actor:b'),
      stored('incident:e3', 'e4', 'actor:c', 'actor:d'),
      stored('incident:e9', 'e9', 'actor:a', 'actor:b'),
      stored('incident:e9', 'e8', 'actor:x', 'actor:y'),
    ]);
    const increments = planDerivedIncrements(
      [{ incidentId: 'incident:e1', newEventIds: ['e5'], oldIncidentIds: ['incident:e1', 'incident:e3', 'incident:e9'] }],
      new Map([[bridge.id, bridge]]),
      older,
    );
    expect(increments.map(({ subjectId, objectId, eventIds, count }) => ({ subjectId, objectId, eventIds, count }))).toEqual([
      // Three incidents counted a → b; merged, they are one, and the bridge adds its event.
      { subjectId: 'actor:a', objectId: 'actor:b', eventIds: ['e5'], count: -2 },
      // Two counted c → d and no new event supports it: one less, no events added.
      { subjectId: 'actor:c', objectId: 'actor:d', eventIds: [], count: -1 },
      // x → y was counted by one incident only: unchanged, so no row.
    ]);
  });
});
