// Splits a text into word tokens that carry both their original slice and their matching form.
import { ARABIC, classifyAstral, classifyUnit, MARK, OTHER_WORD, SEPARATOR } from './char-classes.js';
import { decodeUnits } from './decode-units.js';
import { findOriginalEnd, foldReusing } from './normalize.js';

/** One word of a text. */
export interface Token {
  /** The original slice: `text.slice(start, end) === token.text`. */
  text: string;
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  /** The matching form (see `normalizeArabic`): no harakat, tatweel or quotes, lower case. */
  norm: string;
  /** Position of the token in the returned array. */
  index: number;
}

/**
 * The words of a text as {@link scanWords} finds them, before any string is made: the matching
 * form as code units and the normalized range of each word. Buffers are shared by every call and
 * valid only until the next one.
 */
export interface WordScan {
  /** Units `0..size - 1` are the text's matching form, as `normalizeArabic` gives it. */
  units: Uint16Array;
  size: number;
  /** As `NormalizedText.toOriginal`: `size + 1` entries. */
  toOriginal: Int32Array;
  /** Word `k` is the normalized units `[ranges[2k], ranges[2k + 1])`. */
  ranges: Int32Array;
  count: number;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0x61 && code <= 0x7a);
}

/** Unit `at` of the first `size` of `units`; -1 outside them (the buffer's later units are stale). */
function unitAt(units: Uint16Array, size: number, at: number): number {
  return at >= 0 && at < size ? (units[at] ?? -1) : -1;
}

/**
 * Whether the separator at `at` of the normalized text joins the non-Arabic word before it with
 * what follows: a hyphen between ASCII letters or digits (T-72, AK-47, 2023-06-11), a decimal
 * point between digits (2.5, also ٢٫٥), a thousands comma before exactly three digits (1,200).
 */
function joinsWord(units: Uint16Array, size: number, at: number): boolean {
  const code = unitAt(units, size, at);
  const before = unitAt(units, size, at - 1);
  const after = unitAt(units, size, at + 1);
  if (code === 0x2d || code === 0x2010) return isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after);
  if (code === 0x2e) return isAsciiDigit(before) && isAsciiDigit(after);
  if (code !== 0x2c) return false;
  return (
    isAsciiDigit(before) &&
    isAsciiDigit(after) &&
    isAsciiDigit(unitAt(units, size, at + 2)) &&
    isAsciiDigit(unitAt(units, size, at + 3)) &&
    !isAsciiDigit(unitAt(units, size, at + 4))
  );
}

// Word ranges of the last scan, grown as needed and reused: a report has thousands of words.
let ranges = new Int32Array(1024);
let rangeCount = 0;

/** Records the word of normalized units `[from, to)`; a function of its own, not a closure, as it runs per word. */
function addRange(from: number, to: number): void {
  if (2 * rangeCount + 2 > ranges.length) {
    const grown = new Int32Array(ranges.length * 2);
    grown.set(ranges);
    ranges = grown;
  }
  ranges[2 * rangeCount] = from;
  ranges[2 * rangeCount + 1] = to;
  rangeCount += 1;
}

/**
 * The words of `text` as normalized ranges (see {@link tokenize} for what a word is), without
 * making a string: the caller decides how each word's matching form is made (the document
 * interns them, see {@link makeToken}).
 */
export function scanWords(text: string): WordScan {
  const { units, size, toOriginal } = foldReusing(text);
  rangeCount = 0;
  let tokenStart = -1;
  let tokenClass = SEPARATOR;

  for (let i = 0; i < size; i++) {
    const code = units[i] ?? 0;
    let wordClass: number;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < size) {
      // The normalized text has no lone surrogates, so a high surrogate starts a pair.
      const low = units[i + 1] ?? 0;
      wordClass = classifyAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      width = 2;
    } else {
      wordClass = classifyUnit(code);
    }
    if (wordClass === MARK) wordClass = tokenStart >= 0 ? tokenClass : SEPARATOR;

    if (wordClass === ARABIC || wordClass === OTHER_WORD) {
      if (tokenStart >= 0 && wordClass !== tokenClass) addRange(tokenStart, i);
      if (tokenStart < 0 || wordClass !== tokenClass) {
        tokenStart = i;
        tokenClass = wordClass;
      }
    } else if (tokenStart >= 0 && !(tokenClass === OTHER_WORD && joinsWord(units, size, i))) {
      addRange(tokenStart, i);
      tokenStart = -1;
    }
    i += width - 1;
  }
  if (tokenStart >= 0) addRange(tokenStart, size);
  return { units, size, toOriginal, ranges, count: rangeCount };
}

/** Whether the original `text[start, end)` is the same units as the matching form `units[from, to)`. */
function isSameText(text: string, start: number, end: number, units: Uint16Array, from: number, to: number): boolean {
  if (end - start !== to - from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(start + k - from) !== units[k]) return false;
  return true;
}

/** Whether the original `text[start, end)` is `spelling`. */
function isSpelledAs(text: string, start: number, end: number, spelling: string): boolean {
  if (end - start !== spelling.length) return false;
  for (let k = 0; k < spelling.length; k++) if (text.charCodeAt(start + k) !== spelling.charCodeAt(k)) return false;
  return true;
}

/**
 * The token of word `word` of `scan` (a scan of `text`), numbered `index`, whose matching form
 * `norm` the caller made from its units. A word whose original text is its matching form (most
 * Arabic words), or is `spelling` (a spelling of the same word the caller has seen, '' for none),
 * shares that string instead of slicing the text again.
 */
export function makeToken(text: string, scan: WordScan, word: number, norm: string, index: number, spelling = ''): Token {
  const from = scan.ranges[2 * word] ?? 0;
  const to = scan.ranges[2 * word + 1] ?? 0;
  const start = scan.toOriginal[from] ?? 0;
  const end = findOriginalEnd(scan.toOriginal, to);
  let original: string;
  if (isSameText(text, start, end, scan.units, from, to)) original = norm;
  else if (spelling.length > 0 && isSpelledAs(text, start, end, spelling)) original = spelling;
  else original = text.slice(start, end);
  return { text: original, start, end, norm, index };
}

/**
 * The words of `text`, in order. A word is a maximal run of letters and digits of one kind:
 * Arabic-script letters, or Latin letters and digits (M4, SY24, with the joins of
 * {@link joinsWord}). A change between the two splits the run, so «لـSY24» gives «لـ» and «SY24».
 * Harakat, tatweel and invisible marks inside a word do not split it; quotes and punctuation
 * always do and are never part of a token. A token's original range is the `originalSpan` of
 * its normalized range (ends from {@link findOriginalEnd}), so it ends after the harakat and
 * tatweel that follow its last letter. Never throws; empty input gives [].
 *
 * Rare compatibility characters that expand into several words (㏂ → «a.m.», ¼ → «1⁄4») give
 * several tokens whose original ranges all cover that character, so only there may two tokens
 * overlap. Otherwise tokens are in order and disjoint.
 */
export function tokenize(text: string): Token[] {
  const scan = scanWords(text);
  const normalized = decodeUnits(scan.units.subarray(0, scan.size));
  const tokens: Token[] = [];
  for (let word = 0; word < scan.count; word++) {
    const norm = normalized.slice(scan.ranges[2 * word] ?? 0, scan.ranges[2 * word + 1] ?? 0);
    tokens.push(makeToken(text, scan, word, norm, word));
  }
  return tokens;
}
