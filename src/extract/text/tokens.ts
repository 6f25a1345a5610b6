// Splits a text into word tokens that carry both their original slice and their matching form.
import { ARABIC, classifyAstral, classifyUnit, MARK, OTHER_WORD, SEPARATOR } from './char-classes.js';
import { findOriginalEnd, normalizeArabic } from './normalize.js';

/** One word of a text. */
export interface Token {
  /** The original slice: `text.slice(start, end) === token.text`. */
  text: string;
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  /** The matching form (see {@link normalizeArabic}): no harakat, tatweel or quotes, lower case. */
  norm: string;
  /** Position of the token in the returned array. */
  index: number;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether the separator at `at` of the normalized text joins the non-Arabic word before it with
 * what follows: a hyphen between ASCII letters or digits (T-72, AK-47, 2023-06-11), a decimal
 * point between digits (2.5, also ٢٫٥), a thousands comma before exactly three digits (1,200).
 */
function joinsWord(normalized: string, at: number): boolean {
  const code = normalized.charCodeAt(at);
  const before = normalized.charCodeAt(at - 1);
  const after = normalized.charCodeAt(at + 1);
  if (code === 0x2d || code === 0x2010) return isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after);
  if (code === 0x2e) return isAsciiDigit(before) && isAsciiDigit(after);
  if (code !== 0x2c) return false;
  return (
    isAsciiDigit(before) &&
    isAsciiDigit(after) &&
    isAsciiDigit(normalized.charCodeAt(at + 2)) &&
    isAsciiDigit(normalized.charCodeAt(at + 3)) &&
    !isAsciiDigit(normalized.charCodeAt(at + 4))
  );
}

/** Appends the token of normalized units `[from, to)`; a function of its own, not a closure, as it runs per word. */
function emitToken(tokens: Token[], text: string, normalized: string, toOriginal: Int32Array, from: number, to: number): void {
  const start = toOriginal[from] ?? 0;
  const originalEnd = findOriginalEnd(toOriginal, to);
  tokens.push({ text: text.slice(start, originalEnd), start, end: originalEnd, norm: normalized.slice(from, to), index: tokens.length });
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
  const { normalized, toOriginal } = normalizeArabic(text);
  const tokens: Token[] = [];
  const length = normalized.length;
  let tokenStart = -1;
  let tokenClass = SEPARATOR;

  for (let i = 0; i < length; i++) {
    const code = normalized.charCodeAt(i);
    let wordClass: number;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // The normalized text has no lone surrogates, so a high surrogate starts a pair.
      const low = normalized.charCodeAt(i + 1);
      wordClass = classifyAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      width = 2;
    } else {
      wordClass = classifyUnit(code);
    }
    if (wordClass === MARK) wordClass = tokenStart >= 0 ? tokenClass : SEPARATOR;

    if (wordClass === ARABIC || wordClass === OTHER_WORD) {
      if (tokenStart >= 0 && wordClass !== tokenClass) emitToken(tokens, text, normalized, toOriginal, tokenStart, i);
      if (tokenStart < 0 || wordClass !== tokenClass) {
        tokenStart = i;
        tokenClass = wordClass;
      }
    } else if (tokenStart >= 0 && !(tokenClass === OTHER_WORD && joinsWord(normalized, i))) {
      emitToken(tokens, text, normalized, toOriginal, tokenStart, i);
      tokenStart = -1;
    }
    i += width - 1;
  }
  if (tokenStart >= 0) emitToken(tokens, text, normalized, toOriginal, tokenStart, length);
  return tokens;
}
