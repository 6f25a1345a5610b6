/**
 * The Extraction: what {@link extractReport} makes of one report's text, and what the graph
 * layer writes. Plain data, JSON-serialisable, no I/O. Every span is a pair of UTF-16 offsets
 * into the report text exactly as given: `text.slice(start, end) === span.text`.
 */
import type { ActorType, EventType, LocationType, RelationType } from './vocabulary.js';

/** A piece of the report text, by UTF-16 offsets into the original string. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EntityKind = 'Actor' | 'Location';

export interface Entity {
  /** Stable across reports: `actor:isis`, `location:al-sukhnah`, `location:pcode:C1234`. */
  id: string;
  kind: EntityKind;
  type: ActorType | LocationType;
  /** Canonical English name where the lexicon has one, else the normalised surface. */
  name: string;
  names: { ar?: string; en?: string };
  /** Surface forms seen in this report, deduplicated, plus lexicon aliases that matched. */
  aliases: string[];
  mentions: Span[];
  /** Wikidata id (actors) where known. */
  wikidataId?: string;
  /** GeoNames id (places) where known. */
  geonamesId?: number;
  /** Coordinates (places) where known. */
  point?: { lat: number; lon: number };
  /** Where the entity came from: a lexicon entry or a name pattern found in the text. */
  origin: 'lexicon' | 'gazetteer' | 'pattern';
}

export type TimePrecision = 'day' | 'week' | 'month' | 'year' | 'range' | 'unknown';

export interface EventTime extends Span {
  /** ISO date (YYYY-MM-DD) of the interval's start, or null when no anchor date is known. */
  from: string | null;
  /** ISO date of the interval's end (inclusive), or null when unresolved. */
  to: string | null;
  precision: TimePrecision;
}

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** True when a figure is vague («عشرات», «قتلى وجرحى») and the number is a conservative floor or null. */
  vague?: boolean;
}

/** Whom the report credits for an event or claim: a phrase in the text and the entity it names, if any. */
export interface Attribution {
  text: string;
  /** Role of the source: correspondent, local sources, activists, analyst, outlet, named person… */
  role: string;
  entity: string | null;
}

export interface EventCoding {
  cameo: string;
  plover: { type: string; mode: string | null };
  acled: { eventType: string; subEventType: string };
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  agents: string[];
  targets: string[];
  locations: string[];
  time: EventTime | null;
  casualties: Casualties | null;
  /** The fullest span that states the happening. */
  evidence: Span;
  /** Every span that states it (the lead sentence, the detailed paragraph…). */
  mentions: Span[];
  source: Attribution | null;
  coding: EventCoding;
  confidence: number;
}

export interface Claim {
  id: string;
  claimant: Attribution;
  about: string[];
  text: string;
  evidence: Span;
  /** reported, claimed-responsibility, denied, hedged, analysis */
  status: string;
}

export interface Relation {
  subject: string;
  type: RelationType;
  object: string;
  evidence: Span | null;
  /** 'lexicon' for known affiliations, 'report' when stated in the text. */
  provenance: 'lexicon' | 'report';
}

export interface ReportMeta {
  title?: string;
  source?: string;
  url?: string;
  /** ISO date YYYY-MM-DD; anchors relative time expressions. */
  publishedAt?: string;
  language?: string;
}

export interface Extraction {
  report: {
    title: string | null;
    language: string;
    publishedAt: string | null;
    source: string | null;
    url: string | null;
    /** sha256 of the text, hex. */
    contentHash: string;
  };
  entities: Entity[];
  events: ExtractedEvent[];
  claims: Claim[];
  relations: Relation[];
}
