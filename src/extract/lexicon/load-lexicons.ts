/**
 * Reads the lexicon data files once (actors, the gazetteer, and the places it lacks) into
 * {@link Lexicons}. The only file I/O of extract/: everything downstream is pure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../text/index.js';
import type { ActorEntry, ExtraPlaceEntry, GazetteerRow, Lexicons, PlaceEntry, PlaceOverride } from './types.js';

/** src/extract/lexicons from both src/extract/lexicon/ and dist/extract/lexicon/ (same depth). */
const LEXICON_DIR = fileURLToPath(new URL('../../../src/extract/lexicons/', import.meta.url));

/**
 * Gazetteer place types accepted without a cue word: names of administrative units and of cities
 * are what reports name bare. Towns and villages need evidence (see {@link PlaceEntry.cueRequired}).
 */
const BARE_GAZETTEER_TYPES = new Set(['country', 'governorate', 'city', 'crossing']);

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(LEXICON_DIR, file), 'utf8')) as T;
}

function readGazetteer(file: string): GazetteerRow[] {
  return readFileSync(join(LEXICON_DIR, 'gazetteer', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GazetteerRow);
}

function fromGazetteer(row: GazetteerRow): PlaceEntry {
  return {
    id: row.id,
    name: { en: row.name_en, ar: row.name_ar },
    type: row.type,
    aliasesAr: row.alt_ar,
    aliasesEn: row.alt_en,
    cueRequired: !BARE_GAZETTEER_TYPES.has(row.type),
    ...(row.geonames_id ? { geonamesId: row.geonames_id } : {}),
    lat: row.lat,
    lon: row.lon,
    admin1Ar: row.admin1_ar ? normalizeKey(row.admin1_ar) : null,
    admin2Ar: row.admin2_ar ? normalizeKey(row.admin2_ar) : null,
    population: row.population,
    within: null,
    origin: 'gazetteer',
  };
}

function fromExtra(entry: ExtraPlaceEntry, byId: Map<string, PlaceEntry>): PlaceEntry {
  const parent = entry.within ? byId.get(entry.within) : undefined;
  return {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    aliasesAr: entry.aliases.ar ?? [],
    aliasesEn: entry.aliases.en ?? [],
    cueRequired: entry.cueRequired ?? false,
    ...(entry.geonamesId ? { geonamesId: entry.geonamesId } : {}),
    lat: entry.lat,
    lon: entry.lon,
    admin1Ar: parent?.admin1Ar ?? (parent?.type === 'governorate' ? normalizeKey(parent.name.ar ?? '') : null),
    admin2Ar: parent?.admin2Ar ?? null,
    population: null,
    within: entry.within ?? null,
    origin: 'lexicon',
  };
}

let cached: Lexicons | null = null;

/** The lexicons shipped with EventGraph, read on first use and kept. */
export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const rows = [...readGazetteer('syria-places.jsonl'), ...readGazetteer('iraq-places.jsonl')];
  const byId = new Map<string, PlaceEntry>(rows.map((row) => [row.id, fromGazetteer(row)]));
  const extras = readJson<Array<ExtraPlaceEntry | PlaceOverride>>('places-extra.json');
  for (const item of extras) {
    if (!('override' in item)) continue;
    const place = byId.get(item.override);
    if (!place) continue;
    // An override renames a gazetteer row to the journalists' spelling and adds their aliases;
    // a named place is one reports use bare, so it no longer needs a cue.
    if (item.name?.en) place.name = { ...place.name, en: item.name.en };
    if (item.name?.ar) place.name = { ...place.name, ar: item.name.ar };
    place.aliasesAr = [...place.aliasesAr, ...(item.aliases?.ar ?? [])];
    place.aliasesEn = [...place.aliasesEn, ...(item.aliases?.en ?? [])];
    if (place.type === 'town' || place.type === 'district' || place.type === 'subdistrict') place.cueRequired = false;
  }
  for (const item of extras) {
    if ('override' in item) continue;
    byId.set(`lexicon:${item.id}`, fromExtra(item, byId));
  }
  cached = { actors: readJson<ActorEntry[]>('actors.json'), places: [...byId.values()] };
  return cached;
}

/** A language's rule data (lexicons/<language>/<file>), e.g. the trigger table. */
export function readLanguageData<T>(language: string, file: string): T {
  return readJson<T>(join(language, file));
}
