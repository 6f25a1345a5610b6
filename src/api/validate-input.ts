/** Checks on argument values GraphQL types cannot express; each failure is BAD_USER_INPUT saying what to send. */
import { EventGraphError } from '../domain/errors.js';
import { EVENT_TYPES } from '../domain/vocabulary.js';
import type { EventFilterInput } from './inputs.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_ID_LIST = 200;

export function checkIsoDate(name: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !(ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
    throw new EventGraphError('BAD_USER_INPUT', `${name} must be an ISO date like 2021-03-04.`);
  }
}

export function checkIdList(name: string, ids: readonly string[] | null | undefined): void {
  if (ids && ids.length > MAX_ID_LIST) throw new EventGraphError('BAD_USER_INPUT', `${name} takes at most ${MAX_ID_LIST} ids.`);
}

export function checkEventTypes(types: readonly string[] | null | undefined): void {
  const unknown = (types ?? []).filter((type) => !(EVENT_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    throw new EventGraphError('BAD_USER_INPUT', `Unknown event type ${JSON.stringify(unknown[0])}: use one of ${EVENT_TYPES.join(', ')}.`);
  }
}

export function checkEventFilter(filter: EventFilterInput | null | undefined): void {
  if (!filter) return;
  checkEventTypes(filter.types);
  checkIsoDate('filter.from', filter.from);
  checkIsoDate('filter.to', filter.to);
  for (const name of ['actorIds', 'locationIds', 'reportIds'] as const) checkIdList(`filter.${name}`, filter[name]);
}

export function checkLimit(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new EventGraphError('BAD_USER_INPUT', `${name} must be between 1 and ${max}.`);
  return value;
}
