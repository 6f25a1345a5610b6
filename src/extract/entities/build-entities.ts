/** Mentions → the report's entities: one per lexicon entry, with every mention and surface form. */
import type { Entity } from '../../domain/extraction.js';
import type { LexiconRef } from '../lexicon/compile-lexicon.js';
import type { EntityMention } from './find-entity-mentions.js';

type ActorRef = Extract<LexiconRef, { kind: 'Actor' }>;
type PlaceRef = Extract<LexiconRef, { kind: 'Location' }>;

export function buildEntities(mentions: readonly EntityMention[]): Entity[] {
  const byId = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const mention of mentions) {
    let entity = byId.get(mention.ref.id);
    if (!entity) {
      entity = mention.ref.kind === 'Actor' ? actorEntity(mention.ref) : placeEntity(mention.ref);
      byId.set(entity.id, entity);
      entities.push(entity);
    }
    entity.mentions.push(mention.span);
    if (!entity.aliases.includes(mention.span.text)) entity.aliases.push(mention.span.text);
  }
  return entities;
}

/*
 * The entities are written out as whole object literals, one per set of optional fields, rather
 * than with `...(cond ? { field } : {})`: the key order is the JSON's (so it must stay id, kind,
 * type, name, names, aliases, mentions, the optional ids, origin), and each spread took V8's slow
 * clone path, which made this function about a tenth of the entity stage.
 */

function namesOf(name: { en: string; ar?: string }): Entity['names'] {
  return name.ar ? { en: name.en, ar: name.ar } : { en: name.en };
}

function actorEntity(ref: ActorRef): Entity {
  const { id, entry } = ref;
  const names = namesOf(entry.name);
  const origin = id.startsWith('actor:ar:') ? 'pattern' : 'lexicon';
  if (entry.wikidata) {
    return { id, kind: 'Actor', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], wikidataId: entry.wikidata, origin };
  }
  return { id, kind: 'Actor', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], origin };
}

function placeEntity(ref: PlaceRef): Entity {
  const { id, entry } = ref;
  const names = namesOf(entry.name);
  const origin = id.startsWith('location:ar:') ? 'pattern' : entry.origin === 'gazetteer' ? 'gazetteer' : 'lexicon';
  const geonamesId = entry.geonamesId;
  if (!Number.isFinite(entry.lat)) {
    if (geonamesId) return { id, kind: 'Location', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], geonamesId, origin };
    return { id, kind: 'Location', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], origin };
  }
  const point = { lat: entry.lat, lon: entry.lon };
  if (geonamesId) return { id, kind: 'Location', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], geonamesId, point, origin };
  return { id, kind: 'Location', type: entry.type, name: entry.name.en, names, aliases: [], mentions: [], point, origin };
}
