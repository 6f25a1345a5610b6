/** Public API of the evaluation scorer: gold parsing, matching, scoring and the score table. */
export { parseGoldReport } from './gold.js';
export type {
  GoldActor,
  GoldClaim,
  GoldEntity,
  GoldEvent,
  GoldLocation,
  GoldNonEvent,
  GoldRelation,
  GoldReport,
} from './gold.js';
export { formsMatch, listForms, namesMatch, normalizeForm, stripClitics } from './normalize-form.js';
export { findMaximumMatching, type MatchedIndexes } from './maximum-matching.js';
export { locateEvidence, spansOverlap } from './locate-evidence.js';
export { listSystemNames, mapCanonicalsToSystemIds, matchEntities } from './match-entities.js';
export type { EntityMatching, EntityPair } from './match-entities.js';
export { findMatchBasis, matchEvents } from './match-events.js';
export type { EventMatchBasis, EventMatching, EventPair, LocatedGoldEvent } from './match-events.js';
export { ARGUMENT_ROLES, scoreEventArguments, type ArgumentRole } from './score-arguments.js';
export { checkEventDates, type DateCheck, type DatedEvent } from './check-dates.js';
export { matchClaims, type ClaimMatching, type LocatedGoldClaim } from './match-claims.js';
export { matchRelations, type RelationMatching } from './match-relations.js';
export { findNonEventViolations, type NonEventViolation } from './non-events.js';
export { computeMeasure, sumMeasures } from './measure.js';
export type { CategoryScore, Counts, Finding, Measure } from './measure.js';
export { SCORED_CATEGORIES, scoreCorpus, scoreReport } from './score.js';
export type { CorpusScore, ReportScore, ScoredCategory } from './score.js';
export { formatScore } from './format-score.js';
export { evaluateDirectory, type ExtractForEval, type ReportMetaForEval } from './run-eval.js';
