// The matching form of an Arabic text, with a map from every normalized character back to the original offsets.
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

/** Builds a string from UTF-16 units in chunks, so a 5 MB text cannot overflow the call stack. */
function decodeUnits(units: Uint16Array): string {
  const chunkSize = 8192;
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += chunkSize) {
    const chunk = units.subarray(at, at + chunkSize);
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Folds `text` into its matching form (rules in {@link foldCharacter}) in one pass over its code
 * units. Never throws: lone surrogates become a space, control characters a space (tab, line
 * feed and carriage return are kept). The normalized text never contains a lone surrogate.
 */
export function normalizeArabic(text: string): NormalizedText {
  const length = text.length;
  // Invariant: capacity - size >= length - i, so single-unit foldings never need a bounds check.
  let capacity = length + 16;
  let units = new Uint16Array(capacity);
  let offsets = new Int32Array(capacity + 1);
  let size = 0;
  const ensureRoom = (needed: number): void => {
    if (size + needed <= capacity) return;
    capacity = Math.max(capacity * 2, size + needed);
    const grownUnits = new Uint16Array(capacity);
    grownUnits.set(units.subarray(0, size));
    const grownOffsets = new Int32Array(capacity + 1);
    grownOffsets.set(offsets.subarray(0, size));
    units = grownUnits;
    offsets = grownOffsets;
  };
  const appendExpansion = (expansion: string, origin: number, remaining: number): void => {
    ensureRoom(expansion.length + remaining);
    for (let k = 0; k < expansion.length; k++) {
      units[size] = expansion.charCodeAt(k);
      offsets[size++] = origin;
    }
  };

  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      let folding = bmpFoldings[code] ?? 0;
      if (folding === 0) folding = computeBmpFolding(code);
      if (folding > 0) {
        units[size] = folding - 1;
        offsets[size++] = i;
      } else if (folding !== DROPPED) {
        appendExpansion(expansions[-folding - 2] ?? '', i, length - i - 1);
      }
      continue;
    }
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const codePoint = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      appendExpansion(foldAstral(codePoint), i, length - i - 2);
      i++;
      continue;
    }
    units[size] = 0x20; // a lone surrogate
    offsets[size++] = i;
  }
  offsets[size] = length;
  return { normalized: decodeUnits(units.subarray(0, size)), toOriginal: offsets.slice(0, size + 1) };
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

/** The lexicon key of a name or phrase: its matching form, whitespace collapsed and trimmed. */
export function normalizeKey(phrase: string): string {
  return normalizeArabic(phrase).normalized.replace(/\s+/g, ' ').trim();
}
