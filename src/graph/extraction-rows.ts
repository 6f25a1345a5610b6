/**
 * Turns one report's {@link Extraction} into the plain rows the write statements UNWIND: pure, no
 * I/O, so every mapping decision here is unit-tested without Neo4j. Node ids are minted here
 * (see node-ids.ts); actor and place ids are the extractor's own.
 *
 * Fails with an INTERNAL {@link EventGraphError} when an event or claim names an entity id the
 * extraction does not declare — a defect of the extractor that must not be written half-way.
 * Relations whose ends are not declared are skipped instead: the extractor may attach lexicon
 * affiliations of entities the report never names.
 */
import { createHash } from 'node:crypto';
import type { Attribution, Entity, Extraction, ExtractedEvent, Span } from '../domain/extraction.js';
import { EventGraphError } from '../domain/errors.js';
import { derivedKeysOf, type DerivedKey } from './derived-relations.js';
import { addDays, daysBetween, isIsoDate } from './iso-dates.js';
import { claimNodeId, eventNodeId, reportIdFor, sourceNodeId } from './node-ids.js';

/** What the caller hands over for one report: the exact text and what was extracted from it. */
export interface ReportToWrite {
  text: string;
  extraction: Extraction;
}

/** Two events of different reports can be one incident when their date intervals come this close. */
export const INCIDENT_WINDOW_DAYS = 2;
/**
 * Events dated more vaguely than this («خلال الأسبوع الماضي», a month) are never joined into
 * incidents: two strikes by the same actor on the same town in one week are too often two strikes.
 */
export const MAX_LINKABLE_SPAN_DAYS = 3;

/** One report's mentions of an entity, and what that report calls it (for retraction to settle names again). */
export interface MentionRow {
  reportId: string;
  starts: number[];
  ends: number[];
  aliases: string[];
  name: string;
  nameAr: string | null;
  type: string;
}

export interface EntityRow {
  id: string;
  label: 'Actor' | 'Location';
  name: string;
  nameAr: string | null;
  type: string;
  aliases: string[];
  origin: string;
  wikidataId: string | null;
  geonamesId: number | null;
  lat: number | null;
  lon: number | null;
  mentions: MentionRow[];
}

export interface NodeRef {
  label: 'Actor' | 'Source';
  id: string;
}

export interface SourceRow {
  id: string;
  name: string;
  role: string;
  outlet: string | null;
}

/** What incident linking needs of an event; null interval means the event is never linked. */
export interface LinkRow {
  id: string;
  reportId: string;
  type: string;
  linkFrom: string;
  linkTo: string;
  /** Agents and targets, except actors of type `civilians` (too generic to identify an incident). */
  participants: string[];
  locations: string[];
}

export interface EventRow {
  id: string;
  reportId: string;
  props: Record<string, string | number | boolean | string[] | null>;
  killed: number | null;
  injured: number | null;
  /** `linkKey` (`<type>|<actor id>`) marks the participations incident linking seeks on. */
  participants: Array<{ id: string; role: 'agent' | 'target'; linkKey: string | null }>;
  locations: string[];
  start: number;
  end: number;
  evidence: string;
  mentionStarts: number[];
  mentionEnds: number[];
  sourceText: string | null;
  attributedTo: NodeRef[];
  link: LinkRow | null;
  keys: DerivedKey[];
  /** When the event was seen: its own start date, else its report's publication date. */
  seen: string | null;
}

export interface ClaimRow {
  id: string;
  reportId: string;
  text: string;
  status: string;
  claimant: NodeRef;
  claimantText: string;
  claimantRole: string;
  aboutActors: string[];
  aboutLocations: string[];
  aboutEvents: string[];
  start: number;
  end: number;
  evidence: string;
}

export interface AffiliationRow {
  type: string;
  subjectId: string;
  objectId: string;
  reportId: string;
  provenance: 'lexicon' | 'report';
  /** `<reportId>#<start>-<end>` for a relation stated in the text. */
  evidence: string | null;
}

export interface PreparedReport {
  id: string;
  contentHash: string;
  /** What it was prepared from: the writer prepares it again when an actor it names was merged away. */
  input: ReportToWrite;
  props: Record<string, string | null>;
  entities: EntityRow[];
  events: EventRow[];
  claims: ClaimRow[];
  sources: SourceRow[];
  affiliations: AffiliationRow[];
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function prepareReport(input: ReportToWrite): PreparedReport {
  const { text, extraction } = input;
  const contentHash = contentHashOf(text);
  const reportId = reportIdFor(contentHash);
  const meta = extraction.report;
  const publishedAt = isIsoDate(meta.publishedAt) ? meta.publishedAt : null;
  const entities = mergeEntities(extraction.entities, reportId);
  const kindOf = new Map(entities.map((entity) => [entity.id, entity.label]));
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.type]));
  const defect = (where: string, id: string) =>
    new EventGraphError(
      'INTERNAL',
      `The extraction of ${reportId} names "${id}" in ${where}, which it does not declare among its entities: a defect of the extractor (report it with the text).`,
    );

  const sources = new Map<string, SourceRow>();
  const claimantOf = (attribution: Attribution): NodeRef => {
    if (attribution.entity !== null && kindOf.get(attribution.entity) === 'Actor') return { label: 'Actor', id: attribution.entity };
    const phrase = attribution.text.trim() || attribution.role.trim() || 'unnamed source';
    const id = sourceNodeId(meta.source, phrase);
    if (!sources.has(id)) sources.set(id, { id, name: phrase, role: attribution.role, outlet: meta.source });
    return { label: 'Source', id };
  };

  const events = extraction.events.map((event, index): EventRow => {
    const where = `events[${index}]`;
    const actorsIn = (role: 'agents' | 'targets') =>
      event[role].filter((id) => {
        const kind = kindOf.get(id);
        if (kind === undefined) throw defect(`${where}.${role}`, id);
        return kind === 'Actor';
      });
    const agents = unique(actorsIn('agents'));
    const targets = unique(actorsIn('targets'));
    // A place given as a target (a shelled village) is where the event happened.
    const placedTargets = event.targets.filter((id) => kindOf.get(id) === 'Location');
    const locations = unique([...event.locations, ...placedTargets]).filter((id) => {
      const kind = kindOf.get(id);
      if (kind === undefined) throw defect(`${where}.locations`, id);
      return kind === 'Location';
    });
    const id = eventNodeId(reportId, index);
    const mentions = sortSpans(event.mentions.length > 0 ? event.mentions : [event.evidence]);
    const participantsForLinking = unique([...agents, ...targets]).filter((actorId) => typeOf.get(actorId) !== 'civilians');
    const interval = linkInterval(event, publishedAt);
    const link =
      interval !== null && participantsForLinking.length > 0 && locations.length > 0
        ? { id, reportId, type: event.type, linkFrom: interval.from, linkTo: interval.to, participants: participantsForLinking, locations }
        : null;
    return {
      id,
      reportId,
      props: {
        ...eventProps(event, id, reportId, publishedAt, link && interval),
        // Kept on the node so that linking can check candidates without expanding relationships.
        linkPlaces: link?.locations ?? null,
      },
      killed: wholeOrNull(event.casualties?.killed),
      injured: wholeOrNull(event.casualties?.injured),
      participants: [
        ...agents.map((actorId) => ({ id: actorId, role: 'agent' as const })),
        ...targets.map((actorId) => ({ id: actorId, role: 'target' as const })),
      ].map((participant) => ({ ...participant, linkKey: link?.participants.includes(participant.id) ? `${event.type}|${participant.id}` : null })),
      locations,
      start: event.evidence.start,
      end: event.evidence.end,
      evidence: event.evidence.text,
      mentionStarts: mentions.map((span) => span.start),
      mentionEnds: mentions.map((span) => span.end),
      sourceText: event.source?.text ?? null,
      attributedTo: event.source ? [claimantOf(event.source)] : [],
      link,
      keys: derivedKeysOf({ type: event.type, agents, targets, locations }),
      seen: (isIsoDate(event.time?.from) ? event.time?.from : null) ?? publishedAt,
    };
  });

  const claims = extraction.claims.map((claim, index): ClaimRow => {
    for (const id of claim.about) if (!kindOf.has(id)) throw defect(`claims[${index}].about`, id);
    return {
      id: claimNodeId(reportId, index),
      reportId,
      text: claim.text,
      status: claim.status,
      claimant: claimantOf(claim.claimant),
      claimantText: claim.claimant.text,
      claimantRole: claim.claimant.role,
      aboutActors: unique(claim.about.filter((id) => kindOf.get(id) === 'Actor')),
      aboutLocations: unique(claim.about.filter((id) => kindOf.get(id) === 'Location')),
      // A claim is about an event of the same report when their spans overlap.
      aboutEvents: extraction.events
        .map((event, eventIndex) => ({ event, eventIndex }))
        .filter(({ event }) => [event.evidence, ...event.mentions].some((span) => overlaps(span, claim.evidence)))
        .map(({ eventIndex }) => eventNodeId(reportId, eventIndex)),
      start: claim.evidence.start,
      end: claim.evidence.end,
      evidence: claim.evidence.text,
    };
  });

  const affiliations = extraction.relations
    .filter((relation) => kindOf.has(relation.subject) && kindOf.has(relation.object) && relation.subject !== relation.object)
    .map((relation): AffiliationRow => ({
      type: relation.type,
      subjectId: relation.subject,
      objectId: relation.object,
      reportId,
      provenance: relation.provenance === 'lexicon' ? 'lexicon' : 'report',
      evidence:
        relation.provenance !== 'lexicon' && relation.evidence !== null
          ? `${reportId}#${relation.evidence.start}-${relation.evidence.end}`
          : null,
    }));

  return {
    id: reportId,
    contentHash,
    input,
    props: {
      id: reportId,
      contentHash,
      title: meta.title,
      source: meta.source,
      url: meta.url,
      language: meta.language,
      publishedAt: meta.publishedAt,
      text,
    },
    entities,
    events,
    claims,
    sources: [...sources.values()],
    affiliations: uniqueBy(affiliations, (row) => `${row.type}|${row.subjectId}|${row.objectId}|${row.provenance}`),
  };
}

/** One row per entity id: an extraction that lists an id twice gets its aliases and mentions joined. */
function mergeEntities(entities: Entity[], reportId: string): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const entity of entities) {
    if (entity.kind !== 'Actor' && entity.kind !== 'Location') {
      throw new EventGraphError('INTERNAL', `The extraction of ${reportId} has entity "${entity.id}" of unknown kind ${String(entity.kind)}.`);
    }
    const known = rows.get(entity.id);
    const mentions = sortSpans([...(known ? zipSpans(known.mentions[0]) : []), ...entity.mentions]);
    const aliases = sortedUnique([...(known?.aliases ?? []), ...entity.aliases]);
    const name = known?.name ?? entity.name;
    const nameAr = known?.nameAr ?? entity.names.ar ?? null;
    const type = known?.type ?? entity.type;
    rows.set(entity.id, {
      id: entity.id,
      label: entity.kind,
      name,
      nameAr,
      type,
      aliases,
      origin: known?.origin ?? entity.origin,
      wikidataId: known?.wikidataId ?? entity.wikidataId ?? null,
      geonamesId: known?.geonamesId ?? entity.geonamesId ?? null,
      lat: known?.lat ?? entity.point?.lat ?? null,
      lon: known?.lon ?? entity.point?.lon ?? null,
      mentions: [{ reportId, starts: mentions.map((span) => span.start), ends: mentions.map((span) => span.end), aliases, name, nameAr, type }],
    });
  }
  return [...rows.values()];
}

function eventProps(
  event: ExtractedEvent,
  id: string,
  reportId: string,
  publishedAt: string | null,
  interval: { from: string; to: string } | null,
): Record<string, string | number | boolean | null> {
  return {
    id,
    type: event.type,
    reportId,
    date: isIsoDate(event.time?.from) ? (event.time?.from ?? null) : null,
    dateEnd: isIsoDate(event.time?.to) ? (event.time?.to ?? null) : null,
    precision: event.time?.precision ?? 'unknown',
    timeText: event.time?.text ?? null,
    reportedAt: publishedAt,
    casualtiesVague: event.casualties?.vague ?? null,
    confidence: event.confidence,
    cameo: event.coding.cameo || null,
    ploverType: event.coding.plover.type || null,
    ploverMode: event.coding.plover.mode || null,
    acledEventType: event.coding.acled.eventType || null,
    acledSubEventType: event.coding.acled.subEventType || null,
    linkFrom: interval?.from ?? null,
    linkTo: interval?.to ?? null,
  };
}

/**
 * The dates an event may have happened on, for incident linking: its own interval when it is at
 * most {@link MAX_LINKABLE_SPAN_DAYS} days long; with no usable time of its own, the day of
 * publication or the day before.
 * Null when nothing dates it or it is dated more vaguely.
 */
export function linkInterval(event: Pick<ExtractedEvent, 'time'>, publishedAt: string | null): { from: string; to: string } | null {
  const from = event.time?.from;
  if (isIsoDate(from)) {
    const to = isIsoDate(event.time?.to) && (event.time?.to ?? '') >= from ? (event.time?.to as string) : from;
    return daysBetween(from, to) <= MAX_LINKABLE_SPAN_DAYS ? { from, to } : null;
  }
  return publishedAt === null ? null : { from: addDays(publishedAt, -1), to: publishedAt };
}

function overlaps(left: Span, right: Span): boolean {
  return left.start < right.end && right.start < left.end;
}

function sortSpans(spans: Span[]): Span[] {
  return uniqueBy(spans, (span) => `${span.start}:${span.end}`).sort((left, right) => left.start - right.start || left.end - right.end);
}

function zipSpans(mention: MentionRow | undefined): Span[] {
  if (mention === undefined) return [];
  return mention.starts.map((start, index) => ({ start, end: mention.ends[index] ?? start, text: '' }));
}

function wholeOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0))].sort();
}

function uniqueBy<T>(values: T[], keyOf: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(keyOf(value))) seen.set(keyOf(value), value);
  return [...seen.values()];
}
