/**
 * The direct analyst relations derived from events: which event type yields which relation, from
 * whom to whom. Pure; the graph writes and recounts them (see {@link derivedKeysOf}).
 *
 *   ATTACK             agent ─ATTACKED→ target actor
 *   CLASH              participant ─CLASHED_WITH─ participant (undirected; stored lower id → higher id)
 *   SHELLING           agent ─SHELLED→ target actor and place
 *   AIRSTRIKE          agent ─STRUCK→ target actor and place
 *   EXPLOSION          agent ─BOMBED→ target actor
 *   KILLING            agent ─KILLED→ target actor
 *   ARREST             agent ─ARRESTED→ target actor
 *   ABDUCTION          agent ─ABDUCTED→ target actor
 *   CLOSE_ROAD         agent ─CLOSED_ROAD→ place
 *   REINFORCE          agent ─REINFORCED→ place
 *   SEIZE              agent ─SEIZED→ place
 *   WITHDRAW           agent ─WITHDREW_FROM→ place
 *   DESTROY            agent ─DESTROYED→ place
 *   CUT_SUPPLY         agent ─CUT_SUPPLY_TO→ target actor and place
 *   MILITARY_OPERATION agent ─OPERATED_AGAINST→ target actor, ─OPERATED_IN→ place
 *   RELOCATE, PROTEST, STATEMENT, OTHER: none
 */
import type { EventType } from '../domain/vocabulary.js';

export const DERIVED_RELATION_TYPES = [
  'ATTACKED', 'CLASHED_WITH', 'SHELLED', 'STRUCK', 'BOMBED', 'KILLED', 'ARRESTED', 'ABDUCTED', 'CLOSED_ROAD',
  'REINFORCED', 'SEIZED', 'WITHDREW_FROM', 'DESTROYED', 'CUT_SUPPLY_TO', 'OPERATED_AGAINST', 'OPERATED_IN',
] as const;
export type DerivedRelationType = (typeof DERIVED_RELATION_TYPES)[number];

type Reach = 'targets' | 'places';

const DERIVATIONS: Partial<Record<EventType, Array<{ relation: DerivedRelationType; reach: Reach }>>> = {
  ATTACK: [{ relation: 'ATTACKED', reach: 'targets' }],
  SHELLING: [{ relation: 'SHELLED', reach: 'targets' }, { relation: 'SHELLED', reach: 'places' }],
  AIRSTRIKE: [{ relation: 'STRUCK', reach: 'targets' }, { relation: 'STRUCK', reach: 'places' }],
  EXPLOSION: [{ relation: 'BOMBED', reach: 'targets' }],
  KILLING: [{ relation: 'KILLED', reach: 'targets' }],
  ARREST: [{ relation: 'ARRESTED', reach: 'targets' }],
  ABDUCTION: [{ relation: 'ABDUCTED', reach: 'targets' }],
  CLOSE_ROAD: [{ relation: 'CLOSED_ROAD', reach: 'places' }],
  REINFORCE: [{ relation: 'REINFORCED', reach: 'places' }],
  SEIZE: [{ relation: 'SEIZED', reach: 'places' }],
  WITHDRAW: [{ relation: 'WITHDREW_FROM', reach: 'places' }],
  DESTROY: [{ relation: 'DESTROYED', reach: 'places' }],
  CUT_SUPPLY: [{ relation: 'CUT_SUPPLY_TO', reach: 'targets' }, { relation: 'CUT_SUPPLY_TO', reach: 'places' }],
  MILITARY_OPERATION: [{ relation: 'OPERATED_AGAINST', reach: 'targets' }, { relation: 'OPERATED_IN', reach: 'places' }],
};

/** What a derivation needs of an event: its type and the ids in each role (actors; places). */
export interface EventRoles {
  type: string;
  agents: readonly string[];
  targets: readonly string[];
  locations: readonly string[];
}

/** One derived relationship: `(:Actor {id: subjectId})-[:type]->(:objectLabel {id: objectId})`. */
export interface DerivedKey {
  type: DerivedRelationType;
  subjectId: string;
  objectId: string;
  objectLabel: 'Actor' | 'Location';
}

export function derivedKeyString(key: DerivedKey): string {
  return `${key.type}|${key.subjectId}|${key.objectLabel}|${key.objectId}`;
}

/** Every derived relationship an event supports, without duplicates or self-loops. */
export function derivedKeysOf(event: EventRoles): DerivedKey[] {
  const keys = new Map<string, DerivedKey>();
  const add = (key: DerivedKey) => {
    if (key.subjectId !== key.objectId) keys.set(derivedKeyString(key), key);
  };
  if (event.type === 'CLASH') {
    const sides = [...new Set([...event.agents, ...event.targets])].sort();
    sides.forEach((subjectId, index) => {
      for (const objectId of sides.slice(index + 1)) add({ type: 'CLASHED_WITH', subjectId, objectId, objectLabel: 'Actor' });
    });
    return [...keys.values()];
  }
  for (const { relation, reach } of DERIVATIONS[event.type as EventType] ?? []) {
    const objects = reach === 'targets' ? event.targets : event.locations;
    const objectLabel = reach === 'targets' ? 'Actor' : 'Location';
    for (const subjectId of event.agents) {
      for (const objectId of objects) add({ type: relation, subjectId, objectId, objectLabel });
    }
  }
  return [...keys.values()];
}
