/** The closed vocabularies of the model: event, actor, location and relation types. */

export const EVENT_TYPES = [
  'ATTACK', 'CLASH', 'SHELLING', 'AIRSTRIKE', 'EXPLOSION', 'KILLING', 'ARREST', 'ABDUCTION',
  'CLOSE_ROAD', 'REINFORCE', 'MILITARY_OPERATION', 'SEIZE', 'DESTROY', 'WITHDRAW', 'CUT_SUPPLY',
  'RELOCATE', 'PROTEST', 'STATEMENT', 'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ACTOR_TYPES = [
  'state', 'state_forces', 'armed_group', 'militia', 'political_org', 'person', 'media', 'civilians', 'other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const LOCATION_TYPES = [
  'country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood',
  'region', 'road', 'crossing', 'site', 'camp',
] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const RELATION_TYPES = ['BACKED_BY', 'PART_OF', 'COMMANDS', 'ALLIED_WITH', 'CONTROLS', 'LOCATED_IN'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
