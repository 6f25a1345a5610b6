/** One-to-one matching of gold relations to system relations through the entity matching. */
import type { Relation } from '../domain/extraction.js';
import type { GoldRelation } from './gold.js';
import { locateEvidence, spansOverlap } from './locate-evidence.js';
import { findMaximumMatching } from './maximum-matching.js';

export interface RelationMatching {
  pairs: Array<{ gold: GoldRelation; system: Relation }>;
  unmatchedGold: GoldRelation[];
  unmatchedSystem: Relation[];
}

// The only relation type whose direction carries no meaning.
const SYMMETRIC_TYPES = new Set<string>(['ALLIED_WITH']);

const QUALITY_EVIDENCE_OVERLAP = 1;
const QUALITY_ENDS_ONLY = 0;

/**
 * Pairs a gold relation with a system relation of the same type whose subject and object are the
 * system entities matched to the gold subject and object (`systemIdByCanonical`, see
 * {@link mapCanonicalsToSystemIds}); ALLIED_WITH also matches reversed. Evidence is not required
 * (lexicon relations have none) but breaks ties, so duplicates pair with the one stated in place.
 * Throws when a gold evidence does not occur in `text` (`origin` names the gold file).
 */
export function matchRelations(
  text: string,
  goldRelations: GoldRelation[],
  systemRelations: Relation[],
  systemIdByCanonical: ReadonlyMap<string, string>,
  origin = 'gold',
): RelationMatching {
  const goldSpans = goldRelations.map((gold, index) =>
    locateEvidence(text, gold.evidence, `${origin} relations[${index}].evidence`),
  );
  const indexPairs = findMaximumMatching(goldRelations.length, systemRelations.length, (gold, system) => {
    const goldRelation = goldRelations[gold];
    const systemRelation = systemRelations[system];
    const goldSpan = goldSpans[gold];
    if (goldRelation === undefined || systemRelation === undefined || goldSpan === undefined) return null;
    if (!endsMatch(goldRelation, systemRelation, systemIdByCanonical)) return null;
    const overlaps = systemRelation.evidence !== null && spansOverlap(goldSpan, systemRelation.evidence);
    return overlaps ? QUALITY_EVIDENCE_OVERLAP : QUALITY_ENDS_ONLY;
  });
  const pairs: RelationMatching['pairs'] = [];
  for (const { gold, system } of indexPairs) {
    const goldRelation = goldRelations[gold];
    const systemRelation = systemRelations[system];
    if (goldRelation !== undefined && systemRelation !== undefined) pairs.push({ gold: goldRelation, system: systemRelation });
  }
  return {
    pairs,
    unmatchedGold: goldRelations.filter((relation) => !pairs.some((pair) => pair.gold === relation)),
    unmatchedSystem: systemRelations.filter((relation) => !pairs.some((pair) => pair.system === relation)),
  };
}

function endsMatch(gold: GoldRelation, system: Relation, systemIdByCanonical: ReadonlyMap<string, string>): boolean {
  if (gold.relation !== system.type) return false;
  const subject = systemIdByCanonical.get(gold.subject);
  const object = systemIdByCanonical.get(gold.object);
  if (subject === undefined || object === undefined) return false;
  if (system.subject === subject && system.object === object) return true;
  return SYMMETRIC_TYPES.has(system.type) && system.subject === object && system.object === subject;
}
