// What kind of character a code point is for the word splitters: a letter of the Arabic script, another letter or digit, a mark, or neither.

/** Not classified yet (never returned). */
const UNKNOWN = 0;
/** Neither a letter, a digit nor a combining mark: whitespace, punctuation, symbols, emoji. */
export const SEPARATOR = 1;
/** A letter of the Arabic script (any of its Unicode blocks). */
export const ARABIC = 2;
/** A digit, or a letter of any other script. */
export const OTHER_WORD = 3;
/** A combining mark (\p{M}): it continues a token, but it is not a letter or digit in `[\p{L}\p{N}]`. */
export const MARK = 4;

// Classes cached per code point: the splitters ask for every character of every report, and an
// array read is far cheaper than testing a Unicode property regular expression each time.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING_MARK = /^\p{M}$/u;

function isArabicBlock(codePoint: number): boolean {
  return (
    (codePoint >= 0x0600 && codePoint <= 0x06ff) ||
    (codePoint >= 0x0750 && codePoint <= 0x077f) ||
    (codePoint >= 0x08a0 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff)
  );
}

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  if (COMBINING_MARK.test(character)) return MARK;
  if (!LETTER_OR_DIGIT.test(character)) return SEPARATOR;
  return isArabicBlock(codePoint) ? ARABIC : OTHER_WORD;
}

/**
 * The class of one UTF-16 code unit taken alone. A surrogate half alone is a SEPARATOR, as a lone
 * surrogate is for a `u` regular expression.
 */
export function classifyUnit(code: number): number {
  let wordClass = bmpClasses[code] ?? UNKNOWN;
  if (wordClass === UNKNOWN) {
    wordClass = classify(code);
    bmpClasses[code] = wordClass;
  }
  return wordClass;
}

/** The class of an astral code point (above U+FFFF). */
export function classifyAstral(codePoint: number): number {
  let wordClass = astralClasses.get(codePoint);
  if (wordClass === undefined) {
    wordClass = classify(codePoint);
    astralClasses.set(codePoint, wordClass);
  }
  return wordClass;
}

/** Whether a class is that of a letter or digit, a character of `[\p{L}\p{N}]`. */
export function isLetterOrDigitClass(wordClass: number): boolean {
  return wordClass === ARABIC || wordClass === OTHER_WORD;
}

/**
 * The class of the code point at `at` of `units` (of which `size` are in use), and whether it
 * takes two units: the class plus 8 for a surrogate pair. A high surrogate followed by a low one
 * is one astral code point, as a `u` regular expression reads it; any other surrogate is alone.
 */
export function classifyCodePointAt(units: Uint16Array, size: number, at: number): number {
  const code = units[at] ?? 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < size) {
    const low = units[at + 1] ?? 0;
    if (low >= 0xdc00 && low <= 0xdfff) return classifyAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) | PAIR;
  }
  return classifyUnit(code);
}

/** Added by {@link classifyCodePointAt} to the class of a code point that takes two units. */
export const PAIR = 8;
