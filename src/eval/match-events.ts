/** One-to-one matching of gold events to system events of the same type. */
import type { ExtractedEvent, Span } from '../domain/extraction.js';
import type { GoldEvent } from './gold.js';
import { locateEvidence, spansEqual, spansOverlap } from './locate-evidence.js';
import { findMaximumMatching } from './maximum-matching.js';

/** A gold event with its evidence located in the report text. */
export interface LocatedGoldEvent {
  gold: GoldEvent;
  span: Span;
}

/** How a gold event found its system partner, strongest first. */
export type EventMatchBasis = 'same-evidence' | 'evidence-overlap' | 'mention-overlap' | 'shared-arguments';

export interface EventPair {
  gold: LocatedGoldEvent;
  system: ExtractedEvent;
  basis: EventMatchBasis;
}

export interface EventMatching {
  pairs: EventPair[];
  unmatchedGold: LocatedGoldEvent[];
  unmatchedSystem: ExtractedEvent[];
}

const QUALITY: Record<EventMatchBasis, number> = {
  'same-evidence': 3,
  'evidence-overlap': 2,
  'mention-overlap': 1,
  'shared-arguments': 0,
};

/**
 * Pairs gold events with system events of the same type when the gold evidence overlaps the
 * system evidence or any of its mentions, or when they share an agent or a target (same role)
 * *and* a location, gold canonicals resolved through `systemIdByCanonical` (see
 * {@link mapCanonicalsToSystemIds}). Maximum one-to-one matching, ties broken toward the strongest
 * basis. Throws when a gold evidence does not occur in `text` (`origin` names the gold file).
 */
export function matchEvents(
  text: string,
  goldEvents: GoldEvent[],
  systemEvents: ExtractedEvent[],
  systemIdByCanonical: ReadonlyMap<string, string>,
  origin = 'gold',
): EventMatching {
  const located = goldEvents.map((gold, index) => ({
    gold,
    span: locateEvidence(text, gold.evidence, `${origin} events[${index}].evidence`),
  }));
  const bases: Array<Array<EventMatchBasis | null>> = located.map((gold) =>
    systemEvents.map((system) => findMatchBasis(gold, system, systemIdByCanonical)),
  );
  const indexPairs = findMaximumMatching(located.length, systemEvents.length, (gold, system) => {
    const basis = bases[gold]?.[system] ?? null;
    return basis === null ? null : QUALITY[basis];
  });

  const pairs: EventPair[] = [];
  const matchedGold = new Set<number>();
  const matchedSystem = new Set<number>();
  for (const { gold, system } of indexPairs) {
    const goldEvent = located[gold];
    const systemEvent = systemEvents[system];
    const basis = bases[gold]?.[system];
    if (goldEvent === undefined || systemEvent === undefined || basis == null) continue;
    pairs.push({ gold: goldEvent, system: systemEvent, basis });
    matchedGold.add(gold);
    matchedSystem.add(system);
  }
  return {
    pairs,
    unmatchedGold: located.filter((_, index) => !matchedGold.has(index)),
    unmatchedSystem: systemEvents.filter((_, index) => !matchedSystem.has(index)),
  };
}

/** Why `system` may stand for `gold`, or null when it may not. */
export function findMatchBasis(
  gold: LocatedGoldEvent,
  system: ExtractedEvent,
  systemIdByCanonical: ReadonlyMap<string, string>,
): EventMatchBasis | null {
  if (gold.gold.type !== system.type) return null;
  if (spansEqual(gold.span, system.evidence)) return 'same-evidence';
  if (spansOverlap(gold.span, system.evidence)) return 'evidence-overlap';
  if (system.mentions.some((mention) => spansOverlap(gold.span, mention))) return 'mention-overlap';
  const shares = (goldNames: string[], systemIds: string[]): boolean =>
    goldNames.some((name) => {
      const id = systemIdByCanonical.get(name);
      return id !== undefined && systemIds.includes(id);
    });
  const sharesParticipant = shares(gold.gold.agents, system.agents) || shares(gold.gold.targets, system.targets);
  return sharesParticipant && shares(gold.gold.locations, system.locations) ? 'shared-arguments' : null;
}
