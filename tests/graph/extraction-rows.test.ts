import { describe, expect, it } from 'vitest';
import type { Entity, ExtractedEvent, Extraction } from '../../src/domain/extraction.js';
import { combineReports } from '../../src/graph/batch-rows.js';
import { linkInterval, prepareReport } from '../../src/graph/extraction-rows.js';
import { foldForId, sourceNodeId } from '../../src/graph/node-ids.js';

const TEXT = 'قصفت قوات النظام بلدة تفس وقتل مدنيان.';

function entity(id: string, kind: Entity['kind'], type: Entity['type'], surface: string): Entity {
  const start = TEXT.indexOf(surface);
  return { id, kind, type, name: id.split(':')[1] as string, names: { ar: surface }, aliases: [surface], mentions: [{ text: surface, start, end: start + surface.length }], origin: 'lexicon' };
}

function event(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    id: 'event:0', type: 'SHELLING', agents: ['actor:regime'], targets: ['actor:civilians'], locations: ['location:tafas'],
    time: null, casualties: { killed: 2, injured: null }, evidence: { text: TEXT.slice(0, 20), start: 0, end: 20 }, mentions: [],
    source: { text: 'مراسلنا', role: 'correspondent', entity: null }, coding: { cameo: '195', plover: { type: 'ATTACK', mode: null }, acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' } },
    confidence: 0.9, ...overrides,
  };
}

function extraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    report: { title: 'قصف', language: 'ar', publishedAt: '2024-02-13', source: 'SY24', url: null, contentHash: '' },
    entities: [
      entity('actor:regime', 'Actor', 'state_forces', 'قوات النظام'),
      entity('actor:civilians', 'Actor', 'civilians', 'مدنيان'),
      entity('location:tafas', 'Location', 'town', 'تفس'),
    ],
    events: [event()], claims: [], relations: [], ...overrides,
  };
}

describe('prepareReport', () => {
  it('mints report-scoped event ids and keeps the evidence span and the source phrase', () => {
    const prepared = prepareReport({ text: TEXT, extraction: extraction() });
    expect(prepared.id).toMatch(/^report:[0-9a-f]{16}$/);
    expect(prepared.events[0]).toMatchObject({
      id: `event:${prepared.id.slice(7)}:0`,
      start: 0, end: 20, evidence: TEXT.slice(0, 20), sourceText: 'مراسلنا',
      attributedTo: [{ label: 'Source', id: 'source:sy24:مراسلنا' }],
      participants: [{ id: 'actor:regime', role: 'agent', linkKey: 'SHELLING|actor:regime' }, { id: 'actor:civilians', role: 'target', linkKey: null }],
      killed: 2, injured: null,
    });
  });

  it('links an undated event on its publication day or the day before, leaving civilians out of the participants', () => {
    const [row] = prepareReport({ text: TEXT, extraction: extraction() }).events;
    expect(row?.link).toMatchObject({ linkFrom: '2024-02-12', linkTo: '2024-02-13', participants: ['actor:regime'], locations: ['location:tafas'] });
    expect(row?.seen).toBe('2024-02-13');
  });

  it('treats a place given as a target as where the event happened', () => {
    const [row] = prepareReport({ text: TEXT, extraction: extraction({ events: [event({ targets: ['location:tafas'], locations: [] })] }) }).events;
    expect([row?.participants, row?.locations]).toEqual([[{ id: 'actor:regime', role: 'agent', linkKey: 'SHELLING|actor:regime' }], ['location:tafas']]);
  });

  it('fails with INTERNAL, naming the field, when an event names an undeclared entity', () => {
    expect(() => prepareReport({ text: TEXT, extraction: extraction({ events: [event({ targets: ['actor:ghost'] })] }) })).toThrow(
      expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('"actor:ghost" in events[0].targets') }),
    );
  });

  it('skips a lexicon relation whose other end the report does not name', () => {
    const prepared = prepareReport({
      text: TEXT,
      extraction: extraction({ relations: [{ subject: 'actor:regime', type: 'BACKED_BY', object: 'actor:russia', evidence: null, provenance: 'lexicon' }] }),
    });
    expect(prepared.affiliations).toEqual([]);
  });

  it('makes a claim about the events whose spans it overlaps, and credits a named actor as its claimant', () => {
    const prepared = prepareReport({
      text: TEXT,
      extraction: extraction({
        claims: [{ id: 'claim:0', claimant: { text: 'قوات النظام', role: 'named actor', entity: 'actor:regime' }, about: ['location:tafas'], text: 'x', evidence: { text: TEXT.slice(10, 30), start: 10, end: 30 }, status: 'reported' }],
      }),
    });
    expect(prepared.claims[0]).toMatchObject({ claimant: { label: 'Actor', id: 'actor:regime' }, aboutLocations: ['location:tafas'], aboutEvents: [prepared.events[0]?.id] });
  });
});

describe('linkInterval', () => {
  it('uses the event\'s own interval up to three days, and refuses vaguer ones', () => {
    const time = (from: string, to: string) => ({ time: { text: '', start: 0, end: 0, from, to, precision: 'range' as const } });
    expect(linkInterval(time('2024-01-01', '2024-01-04'), null)).toEqual({ from: '2024-01-01', to: '2024-01-04' });
    expect(linkInterval(time('2024-01-01', '2024-01-07'), '2024-02-01')).toBeNull();
    expect(linkInterval({ time: null }, null)).toBeNull();
  });
});

describe('combineReports', () => {
  it('writes an entity named by two reports as one row with both mentions and the union of their aliases', () => {
    const first = prepareReport({ text: TEXT, extraction: extraction() });
    const secondText = `${TEXT} جيش النظام`;
    const second = prepareReport({
      text: secondText,
      extraction: extraction({ entities: [{ ...entity('actor:regime', 'Actor', 'state_forces', 'قوات النظام'), aliases: ['جيش النظام'] }], events: [] }),
    });
    const [regime] = combineReports([first, second]).actors;
    expect(regime).toMatchObject({ id: 'actor:regime', aliases: ['جيش النظام', 'قوات النظام'] });
    expect(regime?.mentions.map((mention) => mention.reportId)).toEqual([first.id, second.id]);
  });
});

describe('source ids', () => {
  it('fold Arabic spelling variants and scope the phrase by outlet', () => {
    expect(foldForId('مصادرُ محلّية')).toBe(foldForId('مصادر محلية'));
    expect(sourceNodeId('SY24', 'مصادر محلية')).not.toBe(sourceNodeId('Enab Baladi', 'مصادر محلية'));
    expect(sourceNodeId(null, 'analyst')).toBe('source:unknown-outlet:analyst');
  });
});
