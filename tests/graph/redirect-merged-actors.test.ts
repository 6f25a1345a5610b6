import { describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../../src/domain/extraction.js';
import { redirectActors, type KeptActor } from '../../src/graph/redirect-merged-actors.js';

const actor = (id: string, name: string, start: number, alias: string): Entity => ({
  id, kind: 'Actor', type: 'militia', name, names: { ar: alias }, aliases: [alias], mentions: [{ text: alias, start, end: start + alias.length }], origin: 'pattern',
});

const span = { text: 'x', start: 0, end: 1 };
const coding = { cameo: '190', plover: { type: 'ASSAULT', mode: null }, acled: { eventType: 'Battles', subEventType: 'Armed clash' } };

function extraction(entities: Entity[]): Extraction {
  return {
    report: { title: null, language: 'ar', publishedAt: null, source: null, url: null, contentHash: 'h' },
    entities,
    events: [{
      id: 'event:0', type: 'ATTACK', agents: ['actor:ar:old', 'actor:kept'], targets: ['actor:other'], locations: [], time: null, casualties: null,
      evidence: span, mentions: [span], source: { text: 'x', role: 'outlet', entity: 'actor:ar:old' }, coding, confidence: 0.9,
    }],
    claims: [{ id: 'claim:0', claimant: { text: 'x', role: 'analyst', entity: 'actor:ar:old' }, about: ['actor:ar:old', 'actor:other'], text: 'x', evidence: span, status: 'analysis' }],
    relations: [
      { subject: 'actor:ar:old', type: 'ALLIED_WITH', object: 'actor:kept', evidence: span, provenance: 'report' },
      { subject: 'actor:ar:old', type: 'BACKED_BY', object: 'actor:other', evidence: span, provenance: 'report' },
    ],
  };
}

const redirects = new Map<string, KeptActor>([['actor:ar:old', { id: 'actor:kept', name: 'Kept Brigade', nameAr: 'لواء المحفوظ', type: 'armed_group' }]]);

describe('redirectActors', () => {
  it('sends every reference to a merged id to the kept actor, under its name and type', () => {
    const redirected = redirectActors(extraction([actor('actor:ar:old', 'old name', 10, 'الاسم القديم'), actor('actor:other', 'Other', 30, 'آخر')]), redirects);

    expect(redirected.entities.map((entity) => [entity.id, entity.name, entity.type])).toEqual([['actor:kept', 'Kept Brigade', 'armed_group'], ['actor:other', 'Other', 'militia']]);
    expect(redirected.entities[0]?.aliases).toEqual(['الاسم القديم']);
    expect(redirected.events[0]).toMatchObject({ agents: ['actor:kept'], targets: ['actor:other'], source: { entity: 'actor:kept' } });
    expect(redirected.claims[0]).toMatchObject({ about: ['actor:kept', 'actor:other'], claimant: { entity: 'actor:kept' } });
    // ALLIED_WITH between the merged and the kept actor became a self-loop: gone.
    expect(redirected.relations.map((relation) => [relation.subject, relation.type, relation.object])).toEqual([['actor:kept', 'BACKED_BY', 'actor:other']]);
  });

  it('joins a report\'s mentions of the merged and the kept actor into the kept entry', () => {
    const kept = { ...actor('actor:kept', 'Kept Brigade', 50, 'المحفوظ'), type: 'armed_group' as const };
    const redirected = redirectActors(extraction([actor('actor:ar:old', 'old name', 10, 'الاسم القديم'), kept]), redirects);

    expect(redirected.entities).toHaveLength(1);
    expect(redirected.entities[0]).toMatchObject({ id: 'actor:kept', name: 'Kept Brigade', aliases: ['الاسم القديم', 'المحفوظ'] });
    expect(redirected.entities[0]?.mentions.map((mention) => mention.start)).toEqual([10, 50]);
  });

  it('leaves an extraction without merged ids untouched', () => {
    const untouched = extraction([actor('actor:other', 'Other', 30, 'آخر')]);
    expect(redirectActors(untouched, redirects)).toBe(untouched);
  });
});
