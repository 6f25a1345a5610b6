/** Scores one extraction against its gold file, and sums report scores into corpus scores. */
import type { Entity, Extraction, Span } from '../domain/extraction.js';
import { checkEventDates, type DateCheck } from './check-dates.js';
import type { GoldReport } from './gold.js';
import { matchClaims } from './match-claims.js';
import { mapCanonicalsToSystemIds, matchEntities, type EntityMatching } from './match-entities.js';
import { matchEvents } from './match-events.js';
import { matchRelations } from './match-relations.js';
import { buildCategoryScore, sumMeasures, type CategoryScore, type Measure } from './measure.js';
import { findNonEventViolations, type NonEventViolation } from './non-events.js';
import { scoreEventArguments } from './score-arguments.js';

/** The categories that get precision, recall and F1, in table order. */
export const SCORED_CATEGORIES = ['actors', 'locations', 'events', 'eventArguments', 'claims', 'relations'] as const;
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

export type ReportScore = Record<ScoredCategory, CategoryScore> & {
  /** The gold file's `file` field (the report's .txt name). */
  file: string;
  dates: DateCheck;
  nonEventViolations: NonEventViolation[];
  /**
   * System spans whose offsets do not select their text in the report. Overlaps are computed on
   * offsets, so any entry here means the extractor ran on a different string (say, the body
   * without the title) and event and claim scores are unreliable.
   */
  spanWarnings: string[];
};

export type CorpusScore = Record<ScoredCategory, Measure> & {
  reports: ReportScore[];
  dates: { checked: number; resolved: number; unresolved: number; wrong: number };
  /** System events, summed over reports, that overlap a gold non-event. */
  nonEventViolations: number;
};

/**
 * Compares `system`, extracted from `text`, with `gold` (README, "How matching works"). `text` must
 * be the whole .txt the gold was written against, title line included, since gold evidence is
 * located in it. Throws when a gold evidence string is missing from `text`.
 */
export function scoreReport(text: string, gold: GoldReport, system: Extraction): ReportScore {
  const origin = gold.file;
  const actorMatching = matchEntities(gold.actors, system.entities, 'Actor');
  const locationMatching = matchEntities(gold.locations, system.entities, 'Location');
  const systemIdByCanonical = mapCanonicalsToSystemIds([actorMatching, locationMatching]);
  const entityById = new Map(system.entities.map((entity) => [entity.id, entity]));
  const nameOf = (id: string): string => entityById.get(id)?.name ?? id;

  const eventMatching = matchEvents(text, gold.events, system.events, systemIdByCanonical, origin);
  const claimMatching = matchClaims(text, gold.claims, system.claims, origin);
  // Gold relations are the ones the text states; affiliations the extractor adds from its lexicon
  // (provenance 'lexicon') are background knowledge, neither credited nor counted against it.
  const statedRelations = system.relations.filter((relation) => relation.provenance === 'report');
  const relationMatching = matchRelations(text, gold.relations, statedRelations, systemIdByCanonical, origin);

  return {
    file: gold.file,
    actors: scoreEntityMatching(actorMatching),
    locations: scoreEntityMatching(locationMatching),
    events: buildCategoryScore(
      eventMatching.pairs.length,
      eventMatching.unmatchedSystem.map((event) => ({ label: `${event.type} ${event.id}`, evidence: event.evidence.text })),
      eventMatching.unmatchedGold.map(({ gold: event, span }) => ({ label: event.type, evidence: span.text })),
    ),
    eventArguments: scoreEventArguments(eventMatching.pairs, systemIdByCanonical, nameOf),
    claims: buildCategoryScore(
      claimMatching.pairs.length,
      claimMatching.unmatchedSystem.map((claim) => ({
        label: `claim by ${claim.claimant.entity === null ? claim.claimant.role : nameOf(claim.claimant.entity)}`,
        evidence: claim.evidence.text,
      })),
      claimMatching.unmatchedGold.map(({ gold: claim, span }) => ({ label: `claim by ${claim.claimant}`, evidence: span.text })),
    ),
    relations: buildCategoryScore(
      relationMatching.pairs.length,
      relationMatching.unmatchedSystem.map((relation) => ({
        label: `${nameOf(relation.subject)} ${relation.type} ${nameOf(relation.object)} (${relation.provenance})`,
        evidence: relation.evidence?.text ?? null,
      })),
      relationMatching.unmatchedGold.map((relation) => ({
        label: `${relation.subject} ${relation.relation} ${relation.object}`,
        evidence: relation.evidence,
      })),
    ),
    dates: checkEventDates(eventMatching.pairs, gold.published),
    nonEventViolations: findNonEventViolations(text, gold.non_events, system.events, origin),
    spanWarnings: listSpanWarnings(text, system),
  };
}

/** Micro-averages: counts summed over reports, then measured once. */
export function scoreCorpus(reports: ReportScore[]): CorpusScore {
  const measures = Object.fromEntries(
    SCORED_CATEGORIES.map((category) => [category, sumMeasures(reports.map((report) => report[category].measure))]),
  ) as Record<ScoredCategory, Measure>;
  const dates = { checked: 0, resolved: 0, unresolved: 0, wrong: 0 };
  for (const report of reports) {
    dates.checked += report.dates.checked;
    dates.resolved += report.dates.resolved.length;
    dates.unresolved += report.dates.unresolved.length;
    dates.wrong += report.dates.wrong.length;
  }
  const nonEventViolations = reports.reduce((sum, report) => sum + report.nonEventViolations.length, 0);
  return { ...measures, reports, dates, nonEventViolations };
}

function scoreEntityMatching(matching: EntityMatching): CategoryScore {
  return buildCategoryScore(
    matching.pairs.length,
    matching.unmatchedSystem.map((entity) => ({ label: `${entity.name} (${entity.id})`, evidence: describeEntityText(entity) })),
    matching.unmatchedGold.map((entity) => ({ label: entity.canonical, evidence: entity.surface.join(' | ') || null })),
  );
}

function describeEntityText(entity: Entity): string | null {
  const texts = [...new Set([...entity.mentions.map((mention) => mention.text), ...entity.aliases])];
  return texts.length > 0 ? texts.join(' | ') : null;
}

function listSpanWarnings(text: string, system: Extraction): string[] {
  const spans: Array<[string, Span | null]> = [
    ...system.events.flatMap((event): Array<[string, Span | null]> => [
      [`event ${event.id} evidence`, event.evidence],
      ...event.mentions.map((mention, index): [string, Span] => [`event ${event.id} mentions[${index}]`, mention]),
    ]),
    ...system.claims.map((claim): [string, Span] => [`claim ${claim.id} evidence`, claim.evidence]),
  ];
  return spans
    .filter(([, span]) => span !== null && text.slice(span.start, span.end) !== span.text)
    .map(([where, span]) => `${where}: offsets ${span?.start}–${span?.end} do not select «${span?.text}»`);
}
