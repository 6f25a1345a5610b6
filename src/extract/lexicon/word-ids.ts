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

/** The form of each number. */
const forms: string[] = [];
/** The last original spelling seen of each number that differs from its form ('' for none): «قذيفة» for «قذيفه». */
const spellings: string[] = [];
/**
 * The forms' units, one after another: number `id` is `formUnits[formStarts[id], formStarts[id + 1])`.
 * Compared with a token's units as typed arrays, not with `charCodeAt` on the strings, which
 * are one-byte (Latin) or two-byte (Arabic) strings and so make that call site polymorphic.
 */
let formUnits = new Uint16Array(8192);
let formStarts = new Int32Array(1025);
/** The hash of each number's form (see {@link hashUnits}). */
let formHashes = new Int32Array(1024);
/** Open addressing with linear probing: number + 1 per slot, 0 when empty; never more than half full. */
let slots = new Int32Array(4096);

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
  const start = formStarts[id] ?? 0;
  if ((formStarts[id + 1] ?? 0) - start !== to - from) return false;
  for (let at = from; at < to; at++) if (formUnits[start + at - from] !== units[at]) return false;
  return true;
}

/** Appends the units of `form`, the form of the number just added. */
function storeFormUnits(form: string): void {
  const id = forms.length - 1;
  const start = formStarts[id] ?? 0;
  if (start + form.length > formUnits.length) {
    const grown = new Uint16Array(Math.max(formUnits.length * 2, start + form.length));
    grown.set(formUnits);
    formUnits = grown;
  }
  for (let k = 0; k < form.length; k++) formUnits[start + k] = form.charCodeAt(k);
  if (id + 2 > formStarts.length) {
    const grown = new Int32Array(formStarts.length * 2);
    grown.set(formStarts);
    formStarts = grown;
  }
  formStarts[id + 1] = start + form.length;
}

/** Doubles the slots and places every number again. */
function growSlots(): void {
  slots = new Int32Array(slots.length * 2);
  const mask = slots.length - 1;
  for (let id = 0; id < forms.length; id++) {
    let slot = (formHashes[id] ?? 0) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
}

/** Gives `form` the next number, in the empty slot `slot` its probe ended at. */
function addForm(form: string, hash: number, slot: number): number {
  const id = forms.length;
  forms.push(form);
  spellings.push('');
  if (id >= formHashes.length) {
    const grown = new Int32Array(formHashes.length * 2);
    grown.set(formHashes);
    formHashes = grown;
  }
  formHashes[id] = hash;
  storeFormUnits(form);
  slots[slot] = id + 1;
  if (2 * forms.length > slots.length) growSlots();
  return id;
}

/**
 * Starts numbering the words of one text of `count` words: starts the numbering over first when
 * it would grow past its bound. Returns the generation the text's numbers belong to; a text's
 * words must all be numbered after this call and before the next.
 */
export function startNumbering(count: number): number {
  if (forms.length + count > MOST_NUMBERED_WORDS) {
    forms.length = 0;
    spellings.length = 0;
    slots.fill(0);
    generation += 1;
  }
  return generation;
}

/** The number of the word whose matching form is `units[from, to)`: the same for the same form, within one generation. */
export function numberForm(units: Uint16Array, from: number, to: number): number {
  const hash = hashUnits(units, from, to);
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return addForm(decodeUnits(units.subarray(from, to)), hash, slot);
    if (formHashes[entry - 1] === hash && isFormOf(entry - 1, units, from, to)) return entry - 1;
  }
}

/** The matching form of word number `id` (one string per number, shared by all its tokens). */
export function formOfNumber(id: number): string {
  return forms[id] ?? '';
}

/**
 * The last spelling remembered for word number `id` ('' for none), so that tokens spelled alike
 * share one string: news spells a word the same way nearly every time, and a slice per token was
 * a good share of the tokenizer's allocations.
 */
export function spellingOfNumber(id: number): string {
  return spellings[id] ?? '';
}

/** Remembers `spelling` as the original spelling of word number `id` (see {@link spellingOfNumber}). */
export function rememberSpelling(id: number, spelling: string): void {
  if (id < spellings.length) spellings[id] = spelling;
}

/** Numbers the `norm` of each token: equal forms get equal numbers, within one generation. One lookup per token. */
export function numberWords(tokens: readonly Token[]): WordIds {
  const current = startNumbering(tokens.length);
  const ids = new Int32Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const norm = (tokens[index] as Token).norm;
    const hash = hashString(norm);
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] ?? 0;
      if (entry === 0) {
        ids[index] = addForm(norm, hash, slot);
        break;
      }
      if (formHashes[entry - 1] === hash && forms[entry - 1] === norm) {
        ids[index] = entry - 1;
        break;
      }
    }
  }
  return { ids, generation: current };
}
