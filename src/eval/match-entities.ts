/** One-to-one matching of gold actors or locations to the system's entities of the same kind. */
import type { Entity, EntityKind } from '../domain/extraction.js';
import type { GoldEntity } from './gold.js';
import { findMaximumMatching } from './maximum-matching.js';
import { formsMatch, listForms, normalizeForm } from './normalize-form.js';

export interface EntityPair {
  gold: GoldEntity;
  system: Entity;
}

export interface EntityMatching {
  kind: EntityKind;
  pairs: EntityPair[];
  unmatchedGold: GoldEntity[];
  /** System entities of this kind without a gold partner. */
  unmatchedSystem: Entity[];
}

// Tie-breakers among matchings with the same number of pairs (see {@link findMaximumMatching}).
const QUALITY_SAME_NAME = 3; // gold canonical = system name or English name
const QUALITY_EQUAL_FORM = 2; // some first forms are equal
const QUALITY_EQUAL_STRIPPED_FORM = 1; // equal once clitics are dropped
const QUALITY_CONTAINED_FORM = 0; // only whole-word containment

/**
 * Pairs gold entities with system entities of `kind` (others in `systemEntities` are ignored).
 * A pair is allowed when a gold form (canonical, surfaces) matches a system form (name, names.en,
 * names.ar, aliases, mention texts) per {@link formsMatch}, comparing both normal forms of each.
 * The matching is a maximum one (most pairs), ties broken by how closely the names agree.
 */
export function matchEntities(goldEntities: GoldEntity[], systemEntities: Entity[], kind: EntityKind): EntityMatching {
  const candidates = systemEntities.filter((entity) => entity.kind === kind);
  const goldForms = goldEntities.map((entity) => collectForms([entity.canonical, ...entity.surface]));
  const systemForms = candidates.map((entity) => collectForms(listSystemNames(entity)));
  const goldCanonicals = goldEntities.map((entity) => normalizeForm(entity.canonical));
  const systemNames = candidates.map((entity) => [entity.name, entity.names.en ?? ''].map(normalizeForm));

  const indexPairs = findMaximumMatching(goldEntities.length, candidates.length, (gold, system) => {
    const goldSide = goldForms[gold];
    const systemSide = systemForms[system];
    if (goldSide === undefined || systemSide === undefined) return null;
    const canonical = goldCanonicals[gold];
    if (canonical && systemNames[system]?.includes(canonical)) return QUALITY_SAME_NAME;
    if (goldSide.first.some((form) => systemSide.first.includes(form))) return QUALITY_EQUAL_FORM;
    if (goldSide.all.some((form) => systemSide.all.includes(form))) return QUALITY_EQUAL_STRIPPED_FORM;
    const contained = goldSide.all.some((goldForm) => systemSide.all.some((form) => formsMatch(goldForm, form)));
    return contained ? QUALITY_CONTAINED_FORM : null;
  });

  const pairs: EntityPair[] = [];
  const matchedGold = new Set<number>();
  const matchedSystem = new Set<number>();
  for (const { gold, system } of indexPairs) {
    const goldEntity = goldEntities[gold];
    const systemEntity = candidates[system];
    if (goldEntity === undefined || systemEntity === undefined) continue;
    pairs.push({ gold: goldEntity, system: systemEntity });
    matchedGold.add(gold);
    matchedSystem.add(system);
  }
  return {
    kind,
    pairs,
    unmatchedGold: goldEntities.filter((_, index) => !matchedGold.has(index)),
    unmatchedSystem: candidates.filter((_, index) => !matchedSystem.has(index)),
  };
}

/** Every name the system gives an entity, as the README lists them. */
export function listSystemNames(entity: Entity): string[] {
  const names = [entity.name, entity.names.en, entity.names.ar, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
  return names.filter((name): name is string => typeof name === 'string' && name !== '');
}

interface FormSet {
  /** First normal forms only. */
  first: string[];
  /** First and second normal forms. */
  all: string[];
}

function collectForms(names: string[]): FormSet {
  const first = new Set<string>();
  const all = new Set<string>();
  for (const name of names) {
    const forms = listForms(name);
    if (forms[0] !== undefined) first.add(forms[0]);
    for (const form of forms) all.add(form);
  }
  return { first: [...first], all: [...all] };
}

/**
 * Gold canonical name → id of the system entity matched to it, over the given matchings (actors,
 * then locations). Unmatched gold entities are absent. A canonical declared both as an actor and a
 * location (none is, in the dev corpus) resolves through the first matching that pairs it.
 */
export function mapCanonicalsToSystemIds(matchings: EntityMatching[]): Map<string, string> {
  const systemIds = new Map<string, string>();
  for (const matching of matchings) {
    for (const pair of matching.pairs) {
      if (!systemIds.has(pair.gold.canonical)) systemIds.set(pair.gold.canonical, pair.system.id);
    }
  }
  return systemIds;
}
