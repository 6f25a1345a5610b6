/**
 * Turns the lexicons into what matching needs: one phrase index over every Arabic and English
 * name, alias and anaphor of actors and places, and a stable entity id for each entry.
 */
import type { Lexicons, ActorEntry, PlaceEntry } from './types.js';
import { PhraseIndex } from './phrase-index.js';
import { normalizeKey } from '../text/index.js';

export type LexiconRef =
  | { kind: 'Actor'; id: string; entry: ActorEntry; anaphor: boolean }
  | { kind: 'Location'; id: string; entry: PlaceEntry };

export interface CompiledLexicon {
  index: PhraseIndex<LexiconRef>;
  actorsById: Map<string, ActorEntry>;
  placesById: Map<string, PlaceEntry>;
  /** Normalized governorate and district names, to recognise a place's parent named in a report. */
  adminNames: Set<string>;
}

/** ASCII slug of an English name: "Deir ez-Zor" → "deir-ez-zor". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Who gets the plain slug when two places share an English name: the lexicon's, then the biggest kind. */
const TYPE_PRIORITY: Record<string, number> = {
  country: 0, city: 1, governorate: 2, region: 3, road: 4, crossing: 5, camp: 6, site: 7,
  town: 8, district: 9, subdistrict: 10, village: 11, neighbourhood: 12,
};

function assignPlaceIds(places: PlaceEntry[]): Map<string, PlaceEntry> {
  const ordered = [...places].sort(
    (a, b) =>
      Number(a.origin !== 'lexicon') - Number(b.origin !== 'lexicon') ||
      (TYPE_PRIORITY[a.type] ?? 99) - (TYPE_PRIORITY[b.type] ?? 99) ||
      (b.population ?? 0) - (a.population ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const byId = new Map<string, PlaceEntry>();
  for (const place of ordered) {
    let slug = place.origin === 'lexicon' ? place.id.replace(/^lexicon:/, '') : slugify(place.name.en) || 'place';
    // A governorate shares its name with its capital ("Raqqa"); the city keeps the plain id.
    if (place.type === 'governorate' && place.origin === 'gazetteer' && !slug.endsWith('governorate')) slug += '-governorate';
    let id = `location:${slug}`;
    if (byId.has(id)) id = `location:${slug}-${place.id.replace(/^pcode:/, '').toLowerCase()}`;
    byId.set(id, place);
  }
  return byId;
}

export function compileLexicon(lexicons: Lexicons): CompiledLexicon {
  const index = new PhraseIndex<LexiconRef>();
  const actorsById = new Map<string, ActorEntry>();
  for (const entry of lexicons.actors) {
    const id = `actor:${entry.id}`;
    actorsById.set(id, entry);
    const ref: LexiconRef = { kind: 'Actor', id, entry, anaphor: false };
    for (const phrase of [entry.name.ar, entry.name.en, ...(entry.aliases.ar ?? []), ...(entry.aliases.en ?? [])]) {
      if (phrase) index.add(phrase, ref);
    }
    const anaphor: LexiconRef = { kind: 'Actor', id, entry, anaphor: true };
    for (const phrase of entry.anaphora?.ar ?? []) index.add(phrase, anaphor);
  }
  const placesById = assignPlaceIds(lexicons.places);
  const adminNames = new Set<string>();
  for (const [id, entry] of placesById) {
    entry.keysAr = [entry.name.ar, ...entry.aliasesAr].filter((name): name is string => Boolean(name)).map(normalizeKey);
    const ref: LexiconRef = { kind: 'Location', id, entry };
    for (const phrase of [entry.name.ar, entry.name.en, ...entry.aliasesAr, ...entry.aliasesEn]) {
      if (phrase) index.add(phrase, ref);
    }
    if (entry.admin1Ar) adminNames.add(entry.admin1Ar);
    if (entry.admin2Ar) adminNames.add(entry.admin2Ar);
    if (entry.type === 'governorate' && entry.name.ar) adminNames.add(normalizeKey(entry.name.ar));
  }
  return { index, actorsById, placesById, adminNames };
}
