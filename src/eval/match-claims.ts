/** One-to-one matching of gold claims to system claims by overlapping evidence. */
import type { Claim, Span } from '../domain/extraction.js';
import type { GoldClaim } from './gold.js';
import { locateEvidence, spansOverlap } from './locate-evidence.js';
import { findMaximumMatching } from './maximum-matching.js';

export interface LocatedGoldClaim {
  gold: GoldClaim;
  span: Span;
}

export interface ClaimMatching {
  pairs: Array<{ gold: LocatedGoldClaim; system: Claim }>;
  unmatchedGold: LocatedGoldClaim[];
  unmatchedSystem: Claim[];
}

/**
 * Pairs gold and system claims whose evidence spans overlap; claimant and `about` are not
 * compared (README). Maximum one-to-one matching, ties broken toward longer overlaps.
 * Throws when a gold evidence does not occur in `text` (`origin` names the gold file).
 */
export function matchClaims(text: string, goldClaims: GoldClaim[], systemClaims: Claim[], origin = 'gold'): ClaimMatching {
  const located = goldClaims.map((gold, index) => ({
    gold,
    span: locateEvidence(text, gold.evidence, `${origin} claims[${index}].evidence`),
  }));
  const indexPairs = findMaximumMatching(located.length, systemClaims.length, (gold, system) => {
    const goldSpan = located[gold]?.span;
    const systemSpan = systemClaims[system]?.evidence;
    if (goldSpan === undefined || systemSpan === undefined || !spansOverlap(goldSpan, systemSpan)) return null;
    return rateOverlap(goldSpan, systemSpan);
  });
  const pairs: ClaimMatching['pairs'] = [];
  for (const { gold, system } of indexPairs) {
    const goldClaim = located[gold];
    const systemClaim = systemClaims[system];
    if (goldClaim !== undefined && systemClaim !== undefined) pairs.push({ gold: goldClaim, system: systemClaim });
  }
  return {
    pairs,
    unmatchedGold: located.filter((claim) => !pairs.some((pair) => pair.gold === claim)),
    unmatchedSystem: systemClaims.filter((claim) => !pairs.some((pair) => pair.system === claim)),
  };
}

/** The number of characters the spans share: an identical span shares the most a gold span can. */
function rateOverlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}
