// The string of a run of code units, shared with the last run of the same units seen, so that the tokens of repeated words share one string.
import { decodeUnits } from './decode-units.js';

/**
 * A direct-mapped cache: one string per slot, replaced on a miss. News repeats its words, so most
 * runs hit, and their tokens then cost no string of their own (nor its garbage), and the readers'
 * Map and Set lookups on them reuse the hash V8 keeps in the string. A fixed size keeps memory
 * flat without any bookkeeping; a collision only costs making the string. Making every token's
 * string instead made the whole extraction about 10% slower (prof-extract, CPU time).
 */
const SLOT_BITS = 14;
const slots: string[] = new Array<string>(1 << SLOT_BITS).fill('');

/** The FNV-1a hash of no units; fold each unit in with {@link hashWithUnit}. */
export const EMPTY_HASH = 0x811c9dc5 | 0;

/** FNV-1a: `hash` with one more code unit folded in. */
export function hashWithUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

function isStringOf(candidate: string, units: Uint16Array, from: number, to: number): boolean {
  if (candidate.length !== to - from) return false;
  for (let at = from; at < to; at++) if (candidate.charCodeAt(at - from) !== units[at]) return false;
  return true;
}

/**
 * The string of `units[from, to)` (non-empty), the same string as last time for the same units
 * when it is still cached. `hash` is their FNV-1a hash ({@link hashWithUnit}), which the caller
 * works out as it reads the units, so they are not read once more just to hash them.
 */
export function stringOfHashedUnits(units: Uint16Array, from: number, to: number, hash: number): string {
  // Folded so that the slot index also depends on the high bits.
  const slot = (hash ^ (hash >>> SLOT_BITS)) & ((1 << SLOT_BITS) - 1);
  const cached = slots[slot] ?? '';
  if (isStringOf(cached, units, from, to)) return cached;
  const made = to - from === 1 ? String.fromCharCode(units[from] ?? 0) : decodeUnits(units.subarray(from, to));
  slots[slot] = made;
  return made;
}
