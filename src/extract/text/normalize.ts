// The matching form of an Arabic text, with a map from every normalized character back to the original offsets.
import { decodeUnits } from './decode-units.js';
import { foldCharacter } from './fold-character.js';

/** A text in matching form and the way back to the original. */
export interface NormalizedText {
  /** The text after {@link foldCharacter} was applied to every character. */
  normalized: string;
  /**
   * `toOriginal[i]` is the UTF-16 offset in the original text of the character that produced
   * normalized unit `i`. Several normalized units share one offset when one original character
   * expands (ﻻ → لا) or is astral (both halves of a surrogate pair map to its first half). One
   * extra final entry equals the original length. Offsets never decrease.
   */
  toOriginal: Int32Array;
}

// Cache of foldings per BMP code unit: 0 = not computed yet, DROPPED, a single replacement unit
// stored as unit + 1, or an expansion stored as -(index into `expansions` + 2).
const DROPPED = -1;
const bmpFoldings = new Int32Array(0x10000);
const expansions: string[] = [];
const astralFoldings = new Map<number, string>();

function computeBmpFolding(code: number): number {
  const folded = foldCharacter(String.fromCharCode(code));
  let encoded: number;
  if (folded.length === 0) encoded = DROPPED;
  else if (folded.length === 1) encoded = folded.charCodeAt(0) + 1;
  else encoded = -(expansions.push(folded) - 1) - 2;
  bmpFoldings[code] = encoded;
  return encoded;
}

function foldAstral(codePoint: number): string {
  let folded = astralFoldings.get(codePoint);
  if (folded === undefined) {
    folded = foldCharacter(String.fromCodePoint(codePoint));
    astralFoldings.set(codePoint, folded);
  }
  return folded;
}

/** Buffers {@link foldInto} writes to, grown as needed, and how many units they hold. */
interface FoldBuffers {
  units: Uint16Array;
  /** One entry per unit plus the final one (see {@link NormalizedText.toOriginal}). */
  offsets: Int32Array;
  size: number;
}

/** The matching form of a text as code units, not yet a string (see {@link foldReusing}). */
export interface FoldedUnits {
  /** Units `0..size - 1` are the normalized text; later ones are stale. */
  units: Uint16Array;
  size: number;
  /** Exactly `size + 1` entries, as {@link NormalizedText.toOriginal}. */
  toOriginal: Int32Array;
}

/**
 * Folds `text` into `buffers` (rules in {@link foldCharacter}) in one pass over its code units.
 * Lone surrogates become a space, control characters a space (tab, line feed and carriage return
 * are kept), so the result never contains a lone surrogate.
 */
function foldInto(text: string, buffers: FoldBuffers): void {
  const length = text.length;
  // Invariant: capacity - size >= length - i, so single-unit foldings never need a bounds check.
  if (buffers.units.length < length + 16) {
    buffers.units = new Uint16Array(length + 16);
    buffers.offsets = new Int32Array(length + 17);
  }
  let units = buffers.units;
  let offsets = buffers.offsets;
  let capacity = units.length;
  let size = 0;
  // One loop with no inner functions: it runs over every character of every report.
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let expansion: string;
    if (code < 0xd800 || code > 0xdfff) {
      let folding = bmpFoldings[code] ?? 0;
      if (folding === 0) folding = computeBmpFolding(code);
      if (folding > 0) {
        units[size] = folding - 1;
        offsets[size++] = i;
        continue;
      }
      if (folding === DROPPED) continue;
      expansion = expansions[-folding - 2] ?? '';
    } else {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (!(code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)) {
        units[size] = 0x20; // a lone surrogate
        offsets[size++] = i;
        continue;
      }
      expansion = foldAstral(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
      i++;
    }
    // Rare: one character became several units (ﻻ → لا, an astral character); keep the invariant.
    const needed = expansion.length + (length - i - 1);
    if (size + needed > capacity) {
      capacity = Math.max(capacity * 2, size + needed);
      const grownUnits = new Uint16Array(capacity);
      grownUnits.set(units.subarray(0, size));
      const grownOffsets = new Int32Array(capacity + 1);
      grownOffsets.set(offsets.subarray(0, size));
      units = grownUnits;
      offsets = grownOffsets;
    }
    const origin = code >= 0xd800 && code <= 0xdfff ? i - 1 : i;
    for (let k = 0; k < expansion.length; k++) {
      units[size] = expansion.charCodeAt(k);
      offsets[size++] = origin;
    }
  }
  offsets[size] = length;
  buffers.units = units;
  buffers.offsets = offsets;
  buffers.size = size;
}

/**
 * Folds `text` into its matching form (rules in {@link foldCharacter}). Never throws: lone
 * surrogates become a space, control characters a space (tab, line feed and carriage return are
 * kept). The normalized text never contains a lone surrogate.
 */
export function normalizeArabic(text: string): NormalizedText {
  const buffers: FoldBuffers = { units: new Uint16Array(text.length + 16), offsets: new Int32Array(text.length + 17), size: 0 };
  foldInto(text, buffers);
  const { units, offsets, size } = buffers;
  return { normalized: decodeUnits(units.subarray(0, size)), toOriginal: offsets.subarray(0, size + 1) };
}

// Reused by foldReusing: a report's buffers are as long as the report, and allocating (and zeroing)
// them afresh for every report cost more than the tokenizer's scan over them.
const reused: FoldBuffers = { units: new Uint16Array(0), offsets: new Int32Array(0), size: 0 };

/**
 * What {@link normalizeArabic} gives, as code units in buffers shared by every call: valid only
 * until the next call. For the tokenizer, which reads the units and needs no normalized string.
 */
export function foldReusing(text: string): FoldedUnits {
  foldInto(text, reused);
  return { units: reused.units, size: reused.size, toOriginal: reused.offsets.subarray(0, reused.size + 1) };
}

/**
 * `normalizeArabic(text).toOriginal[unit]` without building the normalized text: the offset in
 * `text` of the character that produced normalized unit `unit` (`text.length` for the end, 0
 * past it). For reading a clitic prefix off one token, which happens for every «وال…»/«بـ…» match.
 * Held to {@link normalizeArabic} by a property test in tests/extract/text/normalize.test.ts.
 */
export function findOriginalOffset(text: string, unit: number): number {
  let produced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const origin = i;
    let units: number;
    if (code < 0xd800 || code > 0xdfff) {
      let folding = bmpFoldings[code] ?? 0;
      if (folding === 0) folding = computeBmpFolding(code);
      units = folding > 0 ? 1 : folding === DROPPED ? 0 : (expansions[-folding - 2] ?? '').length;
    } else {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      const paired = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      units = paired ? foldAstral(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000).length : 1;
      if (paired) i++;
    }
    if (unit < produced + units) return origin;
    produced += units;
  }
  return unit === produced ? text.length : 0;
}

/**
 * The original range `[start, end)` covering normalized units `from`..`to - 1`.
 *
 * `start` is the offset of the first unit's original character. `end` is where the next kept
 * original character begins, so the range covers whole original characters (never half a
 * surrogate pair or half a ligature) plus the dropped characters that follow the last one:
 * its harakat and tatweel, and any invisible marks (RLM, ZWNJ) up to the next kept character.
 * Leading dropped characters belong to the preceding character and are not included.
 * An empty range (`from === to`) gives `[toOriginal[from], toOriginal[from]]`.
 * Throws a RangeError when `0 <= from <= to <= normalized length` does not hold.
 */
export function originalSpan(toOriginal: Int32Array, from: number, to: number): [number, number] {
  const normalizedLength = toOriginal.length - 1;
  if (!(from >= 0 && from <= to && to <= normalizedLength)) {
    throw new RangeError(`normalized range [${from}, ${to}) is outside 0..${normalizedLength}`);
  }
  const start = toOriginal[from] ?? 0;
  return [start, from === to ? start : findOriginalEnd(toOriginal, to)];
}

/**
 * The original end of a non-empty normalized range ending at `to` (see {@link originalSpan}),
 * without bounds checks or allocation, for the tokenizer's inner loop.
 */
export function findOriginalEnd(toOriginal: Int32Array, to: number): number {
  const lastOrigin = toOriginal[to - 1];
  const normalizedLength = toOriginal.length - 1;
  let next = to;
  while (next < normalizedLength && toOriginal[next] === lastOrigin) next++;
  return toOriginal[next] ?? 0;
}

/** Whether a code unit is whitespace as the regular expression class `\s` (and `String.prototype.trim`) defines it. */
export function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// The key being built by normalizeKey, kept at module level (and reused) because keys are built
// for every line and comma of every report.
let keyUnits = new Uint16Array(256);
let keySize = 0;
let keyPendingSpace = false;

function appendKeyUnit(unit: number): void {
  if (isWhitespace(unit)) {
    keyPendingSpace = keySize > 0;
    return;
  }
  if (keySize + 2 > keyUnits.length) {
    const grown = new Uint16Array(keyUnits.length * 2);
    grown.set(keyUnits);
    keyUnits = grown;
  }
  if (keyPendingSpace) keyUnits[keySize++] = 0x20;
  keyPendingSpace = false;
  keyUnits[keySize++] = unit;
}

function appendKeyUnits(folded: string): void {
  for (let k = 0; k < folded.length; k++) appendKeyUnit(folded.charCodeAt(k));
}

/**
 * Folds `phrase.slice(start, end)` into the key buffer as {@link normalizeKey} does, stopping once
 * the key has `limit` units or more; returns the key's length so far. Its loop mirrors
 * {@link normalizeArabic}'s; a property test in tests/extract/text/normalize.test.ts holds the two
 * to the same result.
 *
 * The common case, a character folded to one unit, is appended here with
 * the key's state in local variables: the module-level variables {@link appendKeyUnit} keeps it in
 * cost a context load and store per unit, which made this loop about twice as slow.
 */
function foldKey(phrase: string, start: number, end: number, limit: number): number {
  let units = keyUnits;
  let size = 0;
  let pendingSpace = false;
  for (let i = start; i < end && size < limit; i++) {
    const code = phrase.charCodeAt(i);
    let folded: string;
    if (code < 0xd800 || code > 0xdfff) {
      let folding = bmpFoldings[code] ?? 0;
      if (folding === 0) folding = computeBmpFolding(code);
      if (folding === DROPPED) continue;
      const unit = folding - 1;
      if (folding > 0 && isWhitespace(unit)) {
        pendingSpace = size > 0;
        continue;
      }
      if (folding > 0 && size + 2 <= units.length) {
        if (pendingSpace) units[size++] = 0x20;
        pendingSpace = false;
        units[size++] = unit;
        continue;
      }
      folded = folding > 0 ? String.fromCharCode(unit) : (expansions[-folding - 2] ?? '');
    } else {
      const next = i + 1 < end ? phrase.charCodeAt(i + 1) : 0;
      const paired = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      folded = paired ? foldAstral(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000) : ' '; // a lone surrogate: a space
      if (paired) i++;
    }
    // A full buffer, several units or a surrogate: the general path, on the module-level state.
    keySize = size;
    keyPendingSpace = pendingSpace;
    appendKeyUnits(folded);
    size = keySize;
    pendingSpace = keyPendingSpace;
    units = keyUnits;
  }
  keySize = size;
  return size;
}

/**
 * The lexicon key of a name or phrase: its matching form, whitespace collapsed and trimmed — what
 * `normalizeArabic(phrase).normalized.replace(/\s+/g, ' ').trim()` gives, in one pass and without
 * the offset map.
 */
export function normalizeKey(phrase: string): string {
  const size = foldKey(phrase, 0, phrase.length, Infinity); // first: folding may replace the buffer
  return decodeUnits(keyUnits.subarray(0, size));
}

/** A key as code units: `units[0, size)` (see {@link foldKeyUnits}). */
export interface KeyUnits {
  units: Uint16Array;
  size: number;
}

// The one answer of foldKeyUnits, updated in place: a typed-array view per call (subarray) costs
// about 0.2 µs in V8, more than folding a short key.
const lastKey: KeyUnits = { units: keyUnits, size: 0 };

/**
 * The units of `normalizeKey(phrase.slice(start, end))`, or of a prefix of it at least `limit`
 * units long (all of it when shorter), without building a string: for the tests that read only
 * the first words of a line or clause. The answer and its buffer are shared by every call, valid
 * only until the next call of this function or {@link normalizeKey}.
 */
export function foldKeyUnits(phrase: string, start: number, end: number, limit = Infinity): Readonly<KeyUnits> {
  lastKey.size = foldKey(phrase, start, end, limit);
  lastKey.units = keyUnits; // after folding, which may have replaced the buffer
  return lastKey;
}
