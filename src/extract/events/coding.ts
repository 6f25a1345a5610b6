/**
 * Each event type with its CAMEO code, PLOVER type and mode, and ACLED event/sub-event type, so
 * that exports line up with ACLED and POLECAT data. Crosswalk from shared/notes/arabic-event-coding.md.
 */
import type { EventCoding } from '../../domain/extraction.js';
import type { EventType } from '../../domain/vocabulary.js';

const coding = (cameo: string, ploverType: string, ploverMode: string | null, eventType: string, subEventType: string): EventCoding => ({
  cameo,
  plover: { type: ploverType, mode: ploverMode },
  acled: { eventType, subEventType },
});

export const EVENT_CODING: Readonly<Record<EventType, EventCoding>> = {
  ATTACK: coding('190', 'ASSAULT', null, 'Violence against civilians', 'Attack'),
  CLASH: coding('193', 'ASSAULT', 'firearms', 'Battles', 'Armed clash'),
  SHELLING: coding('194', 'ASSAULT', 'heavy-weapons', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
  AIRSTRIKE: coding('195', 'ASSAULT', 'aerial', 'Explosions/Remote violence', 'Air/drone strike'),
  EXPLOSION: coding('183', 'ASSAULT', 'explosives', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
  KILLING: coding('186', 'ASSAULT', 'targeted', 'Violence against civilians', 'Attack'),
  ARREST: coding('173', 'COERCE', 'arrest', 'Strategic developments', 'Arrests'),
  ABDUCTION: coding('181', 'ASSAULT', 'abduct', 'Violence against civilians', 'Abduction/forced disappearance'),
  CLOSE_ROAD: coding('191', 'COERCE', 'restrict', 'Strategic developments', 'Other'),
  REINFORCE: coding('154', 'MOBILIZE', 'troops', 'Strategic developments', 'Change to group/activity'),
  MILITARY_OPERATION: coding('150', 'MOBILIZE', null, 'Strategic developments', 'Other'),
  SEIZE: coding('192', 'COERCE', 'seize', 'Battles', 'Non-state actor overtakes territory'),
  DESTROY: coding('1712', 'ASSAULT', 'destroy', 'Strategic developments', 'Looting/property destruction'),
  WITHDRAW: coding('0874', 'RETREAT', 'withdraw', 'Strategic developments', 'Non-violent transfer of territory'),
  CUT_SUPPLY: coding('191', 'COERCE', 'restrict', 'Strategic developments', 'Other'),
  RELOCATE: coding('154', 'MOBILIZE', null, 'Strategic developments', 'Change to group/activity'),
  PROTEST: coding('141', 'PROTEST', null, 'Protests', 'Peaceful protest'),
  STATEMENT: coding('010', 'STATEMENT', null, 'Strategic developments', 'Other'),
  OTHER: coding('000', 'OTHER', null, 'Strategic developments', 'Other'),
};
