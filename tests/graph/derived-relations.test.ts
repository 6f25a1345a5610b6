import { describe, expect, it } from 'vitest';
import { derivedKeysOf } from '../../src/graph/derived-relations.js';

describe('derivedKeysOf', () => {
  it('derives ATTACKED from each agent to each target actor', () => {
    expect(derivedKeysOf({ type: 'ATTACK', agents: ['actor:isis'], targets: ['actor:regime', 'actor:liwa'], locations: ['location:sukhnah'] })).toEqual([
      { type: 'ATTACKED', subjectId: 'actor:isis', objectId: 'actor:regime', objectLabel: 'Actor' },
      { type: 'ATTACKED', subjectId: 'actor:isis', objectId: 'actor:liwa', objectLabel: 'Actor' },
    ]);
  });

  it('derives CLOSED_ROAD towards the places of the event, not its targets', () => {
    expect(derivedKeysOf({ type: 'CLOSE_ROAD', agents: ['actor:fourth-division'], targets: ['actor:civilians'], locations: ['location:m20'] })).toEqual([
      { type: 'CLOSED_ROAD', subjectId: 'actor:fourth-division', objectId: 'location:m20', objectLabel: 'Location' },
    ]);
  });

  it('derives SHELLED towards both the target actors and the places', () => {
    expect(derivedKeysOf({ type: 'SHELLING', agents: ['actor:a'], targets: ['actor:b'], locations: ['location:c'] }).map((key) => key.objectId)).toEqual([
      'actor:b',
      'location:c',
    ]);
  });

  it('joins every pair of clash participants once, lower id first, whatever their roles', () => {
    expect(derivedKeysOf({ type: 'CLASH', agents: ['actor:sdf', 'actor:b'], targets: ['actor:a', 'actor:sdf'], locations: [] })).toEqual([
      { type: 'CLASHED_WITH', subjectId: 'actor:a', objectId: 'actor:b', objectLabel: 'Actor' },
      { type: 'CLASHED_WITH', subjectId: 'actor:a', objectId: 'actor:sdf', objectLabel: 'Actor' },
      { type: 'CLASHED_WITH', subjectId: 'actor:b', objectId: 'actor:sdf', objectLabel: 'Actor' },
    ]);
  });

  it('derives nothing from statements, protests or events without an agent, and never a self-loop', () => {
    expect(derivedKeysOf({ type: 'STATEMENT', agents: ['actor:a'], targets: ['actor:b'], locations: ['location:c'] })).toEqual([]);
    expect(derivedKeysOf({ type: 'EXPLOSION', agents: [], targets: ['actor:civilians'], locations: ['location:c'] })).toEqual([]);
    expect(derivedKeysOf({ type: 'ATTACK', agents: ['actor:a'], targets: ['actor:a'], locations: [] })).toEqual([]);
  });
});
