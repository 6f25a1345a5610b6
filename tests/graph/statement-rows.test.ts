import { describe, expect, it } from 'vitest';
import type { EntityRow, EventRow } from '../../src/graph/extraction-rows.js';
import { entityStatementRow, eventStatementRow, withoutNulls } from '../../src/graph/statement-rows.js';

const event = (overrides: Partial<EventRow> = {}): EventRow => ({
  id: 'event:r:0',
  reportId: 'report:r',
  props: { id: 'event:r:0', type: 'SHELLING', reportId: 'report:r', date: null, cameo: null, linkFrom: '2024-05-01' },
  killed: 2,
  injured: null,
  participants: [
    { id: 'actor:a', role: 'agent', linkKey: 'SHELLING|actor:a' },
    { id: 'actor:civilians', role: 'target', linkKey: null },
  ],
  locations: ['location:x'],
  start: 10,
  end: 40,
  evidence: 'text',
  mentionStarts: [10],
  mentionEnds: [40],
  sourceText: null,
  attributedTo: [],
  link: null,
  keys: [],
  seen: null,
  ...overrides,
});

const mention = { reportId: 'report:r', starts: [3], ends: [9], aliases: ['قسد'], name: 'SDF', nameAr: 'قسد', type: 'armed_group' };
const entity = (overrides: Partial<EntityRow> = {}): EntityRow => ({
  id: 'actor:sdf', label: 'Actor', name: 'SDF', nameAr: 'قسد', type: 'armed_group', aliases: ['قسد'], origin: 'lexicon',
  wikidataId: null, geonamesId: null, lat: null, lon: null, mentions: [mention], ...overrides,
});

describe('statement rows', () => {
  it('leaves out null entries, which Cypher reads as null anyway', () => {
    expect(withoutNulls({ a: 1, b: null, c: undefined, d: [], e: '' })).toEqual({ a: 1, d: [], e: '' });
  });

  it('sends participants as id lists and names those whose participation carries a link key', () => {
    const row = eventStatementRow(event());
    expect(row).toMatchObject({ agents: ['actor:a'], targets: ['actor:civilians'], linked: ['actor:a'], killed: 2 });
    expect(row).not.toHaveProperty('injured');
    expect(row.props).toEqual({ id: 'event:r:0', type: 'SHELLING', reportId: 'report:r', linkFrom: '2024-05-01' });
  });

  it('leaves out mention spans that are only the evidence span, and keeps any others', () => {
    expect(eventStatementRow(event())).not.toHaveProperty('mentionStarts');
    expect(eventStatementRow(event({ mentionStarts: [10, 60], mentionEnds: [40, 80] }))).toMatchObject({ mentionStarts: [10, 60], mentionEnds: [40, 80] });
  });

  it('gives a mention its own names only where its report named the entity otherwise', () => {
    const other = { ...mention, reportId: 'report:s', name: 'Syrian Democratic Forces', aliases: ['قسد', 'قوات سوريا الديمقراطية'] };
    const row = entityStatementRow(entity({ aliases: ['قسد', 'قوات سوريا الديمقراطية'], mentions: [{ ...mention, aliases: ['قسد', 'قوات سوريا الديمقراطية'] }, other] }));
    expect(row.mentions).toEqual([
      { reportId: 'report:r', starts: [3], ends: [9] },
      { reportId: 'report:s', starts: [3], ends: [9], said: { name: 'Syrian Democratic Forces', nameAr: 'قسد', type: 'armed_group', aliases: ['قسد', 'قوات سوريا الديمقراطية'] } },
    ]);
    expect(row).not.toHaveProperty('label');
    expect(row).not.toHaveProperty('wikidataId');
  });
});
