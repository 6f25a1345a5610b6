import { describe, expect, it } from 'vitest';
import { planIncidents } from '../../src/graph/link-incidents.js';

describe('planIncidents', () => {
  it('opens an incident named after the first event of a group that matched nothing older', () => {
    expect(planIncidents(['event:bb:1', 'event:aa:0'], [{ eventId: 'event:bb:1', otherId: 'event:aa:0', incidentId: null }])).toEqual([
      { incidentId: 'incident:aa:0', newEventIds: ['event:aa:0', 'event:bb:1'], oldIncidentIds: [] },
    ]);
  });

  it('puts an event into the incident of the older event it matches', () => {
    expect(planIncidents(['event:cc:0'], [{ eventId: 'event:cc:0', otherId: 'event:aa:3', incidentId: 'incident:aa:3' }])).toEqual([
      { incidentId: 'incident:aa:3', newEventIds: ['event:cc:0'], oldIncidentIds: ['incident:aa:3'] },
    ]);
  });

  it('merges the incidents an event bridges into the one with the smallest id', () => {
    const matches = [
      { eventId: 'event:cc:0', otherId: 'event:dd:1', incidentId: 'incident:dd:1' },
      { eventId: 'event:cc:0', otherId: 'event:aa:2', incidentId: 'incident:aa:2' },
    ];
    expect(planIncidents(['event:cc:0', 'event:ee:0'], matches)).toEqual([
      { incidentId: 'incident:aa:2', newEventIds: ['event:cc:0'], oldIncidentIds: ['incident:aa:2', 'incident:dd:1'] },
      { incidentId: 'incident:ee:0', newEventIds: ['event:ee:0'], oldIncidentIds: [] },
    ]);
  });
});
