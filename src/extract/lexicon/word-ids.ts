// Numbers for the distinct matching forms of words, shared by every report, so that per-word answers are array reads.
import { decodeUnits, type Token } from '../text/index.js';

/** The word number of each token of a text, and the numbering they belong to. */
export interface WordIds {
  ids: Int32Array;
  /**
   * The numbering starts over when it has grown past a bound (so memory stays flat in a server that
   * sees millions of words); whatever is remembered by number must then be forgotten.
   */
  generation: number;
}

const MOST_NUMBERED_WORDS = 200_000;
let generation = 0;

// The numbering is a hash table of its own rather than a Map from form to number, so that a word
// can be looked up by the code units the tokenizer produced, before (and mostly instead of) making
// a string of them: news repeats its words, so most tokens of a report then share the one string
// of their form, and the rules' Map and Set lookups on it reuse the hash V8 keeps in that string.

// The table is laid out for the few cache lines a lookup touches, as it runs for every token while
// the other stages keep evicting it: a slot holds the number and the hash side by side, and a
// number's form and spelling are neighbours.

/** Per number `id`: its form at `2 * id`, and at `2 * id + 1` the last original spelling seen that differs from it ('' for none): «قذيفة» for «قذيفه». */
const strings: string[] = [];
/**
 * The forms' units, one after another: number `id` is `formUnits[formEnds[id - 1] (0 for the first), formEnds[id])`.
 * Compared with a token's units as typed arrays, not with `charCodeAt` on the strings, which
 * are one-byte (Latin) or two-byte (Arabic) strings and so make that call site polymorphic.
 */
let formUnits = new Uint16Array(8192);
let formEnds = new Int32Array(1024);
/**
 * Open addressing with linear probing, two entries a slot: number + 1 (0 when empty), then the
 * hash of its form (see {@link hashUnits}). Never more than half full.
 */
let slots = new Int32Array(2 * 4096);

/** How many numbers are given. */
function numberCount(): number {
  return strings.length / 2;
}

/** FNV-1a over UTF-16 code units. {@link hashString} must give the same value for the same units. */
function hashUnits(units: Uint16Array, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ (units[at] ?? 0), 0x01000193);
  return hash;
}

function hashString(form: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = 0; at < form.length; at++) hash = Math.imul(hash ^ form.charCodeAt(at), 0x01000193);
  return hash;
}

function isFormOf(id: number, units: Uint16Array, from: number, to: number): boolean {
  const start = id > 0 ? (formEnds[id - 1] ?? 0) : 0;
  if ((formEnds[id] ?? 0) - start !== to - from) return false;
  for (let at = from; at < to; at++) if (formUnits[start + at - from] !== units[at]) return false;
  return true;
}

/** Appends the units of `form`, the form of number `id`, just added. */
function storeFormUnits(id: number, form: string): void {
  const start = id > 0 ? (formEnds[id - 1] ?? 0) : 0;
  if (start + form.length > formUnits.length) {
    const grown = new Uint16Array(Math.max(formUnits.length * 2, start + form.length));
    grown.set(formUnits);
    formUnits = grown;
  }
  for (let k = 0; k < form.length; k++) formUnits[start + k] = form.charCodeAt(k);
  if (id >= formEnds.length) {
    const grown = new Int32Array(formEnds.length * 2);
    grown.set(formEnds);
    formEnds = grown;
  }
  formEnds[id] = start + form.length;
}

/** Doubles the slots and places every number again. */
function growSlots(): void {
  const old = slots;
  slots = new Int32Array(old.length * 2);
  const mask = slots.length / 2 - 1;
  for (let slot = 0; slot < old.length; slot += 2) {
    if (old[slot] === 0) continue;
    const hash = old[slot + 1] ?? 0;
    let at = hash & mask;
    while (slots[2 * at] !== 0) at = (at + 1) & mask;
    slots[2 * at] = old[slot] ?? 0;
    slots[2 * at + 1] = hash;
  }
}

/** Gives `form` the next number, in the empty slot `slot` its probe ended at. */
function addForm(form: string, hash: number, slot: number): number {
  const id = numberCount();
  strings.push(form, '');
  storeFormUnits(id, form);
  slots[2 * slot] = id + 1;
  slots[2 * slot + 1] = hash;
  if (4 * numberCount() > slots.length) growSlots();
  return id;
}

/**
 * Starts numbering the words of one text of `count` words: starts the numbering over first when
 * it would grow past its bound. Returns the generation the text's numbers belong to; a text's
 * words must all be numbered after this call and before the next.
 */
export function startNumbering(count: number): number {
  if (numberCount() + count > MOST_NUMBERED_WORDS) {
    strings.length = 0;
    slots.fill(0);
    generation += 1;
  }
  return generation;
}

/** The number of the word whose matching form is `units[from, to)`: the same for the same form, within one generation. */
export function numberForm(units: Uint16Array, from: number, to: number): number {
  const hash = hashUnits(units, from, to);
  const mask = slots.length / 2 - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[2 * slot] ?? 0;
    if (entry === 0) return addForm(decodeUnits(units.subarray(from, to)), hash, slot);
    if (slots[2 * slot + 1] === hash && isFormOf(entry - 1, units, from, to)) return entry - 1;
  }
}

/** The matching form of word number `id` (one string per number, shared by all its tokens). */
export function formOfNumber(id: number): string {
  return strings[2 * id] ?? '';
}

/**
 * The last spelling remembered for word number `id` ('' for none), so that tokens spelled alike
 * share one string: news spells a word the same way nearly every time, and a slice per token was
 * a good share of the tokenizer's allocations.
 */
export function spellingOfNumber(id: number): string {
  return strings[2 * id + 1] ?? '';
}

/** Remembers `spelling` as the original spelling of word number `id` (see {@link spellingOfNumber}). */
export function rememberSpelling(id: number, spelling: string): void {
  if (id < numberCount()) strings[2 * id + 1] = spelling;
}

/** Numbers the `norm` of each token: equal forms get equal numbers, within one generation. One lookup per token. */
export function numberWords(tokens: readonly Token[]): WordIds {
  const current = startNumbering(tokens.length);
  const ids = new Int32Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const norm = (tokens[index] as Token).norm;
    const hash = hashString(norm);
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] ?? 0;
      if (entry === 0) {
        ids[index] = addForm(norm, hash, slot);
        break;
      }
      if (slots[2 * slot + 1] === hash && strings[2 * (entry - 1)] === norm) {
        ids[index] = entry - 1;
        break;
      }
    }
  }
  return { ids, generation: current };
}
