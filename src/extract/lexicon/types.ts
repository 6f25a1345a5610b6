/** The shapes of the lexicon data files (actors.json, places-extra.json, the gazetteer rows). */
import type { ActorType, LocationType, RelationType } from '../../domain/vocabulary.js';

export interface ActorEntry {
  id: string;
  name: { en: string; ar?: string };
  type: ActorType;
  aliases: { ar?: string[]; en?: string[] };
  /** Generic forms (التنظيم، الهيئة) that refer to this actor only after it was named. */
  anaphora?: { ar?: string[] };
  /**
   * Indefinite nationality adjectives («تركية», «روسي») that name this actor after a noun of armed
   * force («طائرة مسيرة تركية», «غارات روسية»); see lexicons/ar/nationality-heads.json.
   */
  adjectives?: { ar?: string[] };
  wikidata?: string;
  country?: string;
  affiliations?: Array<{ type: RelationType; object: string }>;
}

export interface ExtraPlaceEntry {
  id: string;
  name: { en: string; ar?: string };
  type: LocationType;
  aliases: { ar?: string[]; en?: string[] };
  cueRequired?: boolean;
  geonamesId?: number;
  lat: number;
  lon: number;
  country?: string;
  within?: string;
}

export interface PlaceOverride {
  override: string;
  name?: { en?: string; ar?: string };
  aliases?: { ar?: string[]; en?: string[] };
}

export interface GazetteerRow {
  id: string;
  name_en: string;
  name_ar: string;
  alt_ar: string[];
  alt_en: string[];
  type: LocationType;
  admin1_en: string | null;
  admin1_ar: string | null;
  admin2_en: string | null;
  admin2_ar: string | null;
  lat: number;
  lon: number;
  geonames_id: number | null;
  pcode: string | null;
  population: number | null;
}

/** One place as the extractor sees it, whatever file it came from. */
export interface PlaceEntry {
  id: string;
  name: { en: string; ar?: string };
  type: LocationType;
  aliasesAr: string[];
  aliasesEn: string[];
  /** A bare match counts only after a cue word (قرية، بلدة، مدينة، حي، ريف…) or beside its governorate. */
  cueRequired: boolean;
  geonamesId?: number;
  lat: number;
  lon: number;
  /** Governorate and district names (Arabic, normalized) used to disambiguate and to accept small places. */
  admin1Ar: string | null;
  admin2Ar: string | null;
  population: number | null;
  within: string | null;
  origin: 'gazetteer' | 'lexicon';
  /** Normalized Arabic name and aliases, filled in by compileLexicon (matching needs them often). */
  keysAr?: string[];
}

export interface Lexicons {
  actors: ActorEntry[];
  places: PlaceEntry[];
}
