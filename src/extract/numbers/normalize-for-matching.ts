/** Folds Arabic text into a matching view, one input code unit at a time, keeping a map back to the original offsets. */
import { decodeUnits } from '../text/decode-units.js';

/**
 * The matching view of a text. `originalIndex[i]` is the offset in the original text of the
 * code unit that produced `text[i]`; one extra entry at the end holds the original length, so a
 * span `[start, end)` of the view maps back to `[originalIndex[start], …]` (see {@link toOriginalSpan}).
 */
export interface NormalizedText {
  text: string;
  originalIndex: Int32Array;
}

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;
const DROPPED = -1;

/**
 * Returns the code unit one input code unit becomes, or {@link DROPPED} for harakat, Quranic
 * marks, tatweel, bidi and zero-width marks. The fold set is Lucene's ArabicNormalizer plus
 * digits, as the project notes recommend; ؤ and ئ are kept because number words are listed in
 * both spellings (مئة / مائة) and folding them adds nothing here.
 */
function foldCodeUnit(code: number): number {
  if (code < 0x0600) return code;
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) return DROPPED;
  if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x06d6 && code <= 0x06ed)) return DROPPED;
  if (code === 0x0640 || code === 0x061c || code === 0xfeff) return DROPPED;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return DROPPED;
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return ALEF;
  if (code === 0x0649 || code === 0x06cc) return YEH;
  if (code === 0x0629) return HEH;
  if (code === 0x06a9) return KAF;
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0;
  if (code === 0x060c || code === 0x066c) return 0x2c; // ، and the Arabic thousands separator → ,
  if (code === 0x061b) return 0x3b; // ؛ → ;
  if (code === 0x061f) return 0x3f; // ؟ → ?
  if (code === 0x066b) return 0x2e; // Arabic decimal separator → .
  return code;
}

/** Presentation forms (ligatures, contextual shapes) fold through NFKC before the letter folds. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** {@link foldCodeUnit} of every BMP code unit, computed once: the fold runs on every character of a report. */
const FOLDED_UNITS = Int32Array.from({ length: 0x10000 }, (_, code) => foldCodeUnit(code));

/** The code-unit buffer {@link normalizeForMatching} folds into, grown to the longest text seen. */
let sharedCodes = new Uint16Array(1024);

/** The normalized units and their original offsets, grown on demand: NFKC can expand one code unit into several (ﷲ → الله). */
class UnitWriter {
  codes: Uint16Array;
  originalIndex: Int32Array;
  length = 0;

  /** Writes into `codes` and `originalIndex`, replacing them with longer ones when they fill up. */
  constructor(codes: Uint16Array, originalIndex: Int32Array) {
    this.codes = codes;
    this.originalIndex = originalIndex;
  }

  push(code: number, from: number): void {
    if (this.length + 1 >= this.originalIndex.length) {
      const grownIndex = new Int32Array(this.originalIndex.length * 2 + 8);
      grownIndex.set(this.originalIndex);
      this.originalIndex = grownIndex;
      const grownCodes = new Uint16Array(grownIndex.length);
      grownCodes.set(this.codes.subarray(0, this.length));
      this.codes = grownCodes;
    }
    this.codes[this.length] = code;
    this.originalIndex[this.length++] = from;
  }
}

/**
 * The matching view of a text as code units: `units[0, size)`, and `originalIndex` as in
 * {@link NormalizedText} for its first `size + 1` entries (later ones are stale).
 */
export interface NormalizedUnits {
  units: Uint16Array;
  size: number;
  originalIndex: Int32Array;
}

/**
 * Folds `text` into `codes` and `originalIndex`, which must have room for one unit per unit of the
 * text (and the final offset); an expansion that outgrows them moves the result to longer ones.
 */
function foldUnits(text: string, codes: Uint16Array, originalIndex: Int32Array): NormalizedUnits {
  const writer = new UnitWriter(codes, originalIndex);
  // Until the first presentation form every unit yields at most one, so the buffers sized to the
  // text cannot overflow: this loop writes them directly, without UnitWriter's capacity check.
  let length = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPresentationForm(code)) break;
    const folded = FOLDED_UNITS[code]!;
    if (folded !== DROPPED) {
      codes[length] = folded;
      originalIndex[length++] = i;
    }
  }
  writer.length = length;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPresentationForm(code)) {
      const expanded = text[i]!.normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) {
        const folded = foldCodeUnit(expanded.charCodeAt(k));
        if (folded !== DROPPED) writer.push(folded, i);
      }
      continue;
    }
    const folded = FOLDED_UNITS[code]!;
    if (folded !== DROPPED) writer.push(folded, i);
  }
  writer.originalIndex[writer.length] = text.length;
  return { units: writer.codes, size: writer.length, originalIndex: writer.originalIndex };
}

/**
 * Normalizes `text` for matching. Never throws: lone surrogates and control characters are copied
 * unchanged. Linear in the length of the text.
 */
export function normalizeForMatching(text: string): NormalizedText {
  // The codes are decoded into a string at the end, so one buffer serves every call; allocating
  // typed arrays costs microseconds each, a few percent of reading a sentence.
  if (sharedCodes.length < text.length) sharedCodes = new Uint16Array(text.length);
  const { units, size, originalIndex } = foldUnits(text, sharedCodes, new Int32Array(text.length + 1));
  return { text: decodeUnits(units.subarray(0, size)), originalIndex: originalIndex.subarray(0, size + 1) };
}

/**
 * {@link normalizeForMatching} without the string: the units and offsets, folded into the buffers
 * of `reuse` when they are long enough (the result may share them: `reuse` is spent).
 */
export function normalizeToUnits(text: string, reuse?: NormalizedUnits): NormalizedUnits {
  const fits = reuse !== undefined && reuse.units.length >= text.length && reuse.originalIndex.length > text.length;
  return fits ? foldUnits(text, reuse.units, reuse.originalIndex) : foldUnits(text, new Uint16Array(text.length), new Int32Array(text.length + 1));
}

/** Marks that belong to the letter before them, so a span ending on that letter keeps them. */
function isTrailingMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/**
 * Maps a non-empty span `[start, end)` of the normalized view to offsets into `original`. The end
 * is extended over harakat and tatweel written after the last letter (قُتلَ keeps its fatha).
 */
export function toOriginalSpan(
  original: string,
  normalized: Pick<NormalizedText, 'originalIndex'>,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = normalized.originalIndex[start] ?? original.length;
  let originalEnd = (normalized.originalIndex[end - 1] ?? original.length - 1) + 1;
  while (originalEnd < original.length && isTrailingMark(original.charCodeAt(originalEnd))) originalEnd++;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
