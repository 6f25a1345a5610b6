/** Role-by-role comparison of the agents, targets and locations of matched events. */
import type { EventPair } from './match-events.js';
import { buildCategoryScore, type CategoryScore, type Finding } from './measure.js';

export const ARGUMENT_ROLES = ['agents', 'targets', 'locations'] as const;
export type ArgumentRole = (typeof ARGUMENT_ROLES)[number];

/**
 * Counts (role, entity) pairs over matched events only: a gold argument is found when the system
 * event has, in the same role, the entity its canonical was matched to. Arguments of unmatched
 * events count nowhere, so a missed event lowers event recall, not argument recall.
 * `nameOf` turns a system entity id into a readable name for the findings.
 */
export function scoreEventArguments(
  pairs: EventPair[],
  systemIdByCanonical: ReadonlyMap<string, string>,
  nameOf: (systemId: string) => string,
): CategoryScore {
  let truePositives = 0;
  const falsePositives: Finding[] = [];
  const falseNegatives: Finding[] = [];
  for (const { gold, system } of pairs) {
    for (const role of ARGUMENT_ROLES) {
      const systemIds = new Set(system[role]);
      const found = new Set<string>();
      for (const canonical of new Set(gold.gold[role])) {
        const id = systemIdByCanonical.get(canonical);
        if (id !== undefined && systemIds.has(id)) {
          truePositives += 1;
          found.add(id);
        } else {
          falseNegatives.push({ label: `${gold.gold.type} ${role}: ${canonical}`, evidence: gold.span.text });
        }
      }
      for (const id of systemIds) {
        if (!found.has(id)) {
          falsePositives.push({ label: `${system.type} ${role}: ${nameOf(id)}`, evidence: system.evidence.text });
        }
      }
    }
  }
  return buildCategoryScore(truePositives, falsePositives, falseNegatives);
}
