/** Mentions → the report's entities: one per lexicon entry, with every mention and surface form. */
import type { Entity } from '../../domain/extraction.js';
import type { LocationType } from '../../domain/vocabulary.js';
import type { EntityMention } from './find-entity-mentions.js';

export function buildEntities(mentions: readonly EntityMention[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const mention of mentions) {
    let entity = byId.get(mention.ref.id);
    if (!entity) {
      const ref = mention.ref;
      entity =
        ref.kind === 'Actor'
          ? {
              id: ref.id,
              kind: 'Actor',
              type: ref.entry.type,
              name: ref.entry.name.en,
              names: { en: ref.entry.name.en, ...(ref.entry.name.ar ? { ar: ref.entry.name.ar } : {}) },
              aliases: [],
              mentions: [],
              ...(ref.entry.wikidata ? { wikidataId: ref.entry.wikidata } : {}),
              origin: ref.id.startsWith('actor:ar:') ? 'pattern' : 'lexicon',
            }
          : {
              id: ref.id,
              kind: 'Location',
              type: ref.entry.type as LocationType,
              name: ref.entry.name.en,
              names: { en: ref.entry.name.en, ...(ref.entry.name.ar ? { ar: ref.entry.name.ar } : {}) },
              aliases: [],
              mentions: [],
              ...(ref.entry.geonamesId ? { geonamesId: ref.entry.geonamesId } : {}),
              ...(Number.isFinite(ref.entry.lat) ? { point: { lat: ref.entry.lat, lon: ref.entry.lon } } : {}),
              origin: ref.id.startsWith('location:ar:') ? 'pattern' : ref.entry.origin === 'gazetteer' ? 'gazetteer' : 'lexicon',
            };
      byId.set(ref.id, entity);
    }
    entity.mentions.push(mention.span);
    if (!entity.aliases.includes(mention.span.text)) entity.aliases.push(mention.span.text);
  }
  return [...byId.values()];
}
