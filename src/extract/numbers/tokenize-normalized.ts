/** Splits a normalized text into word, digit, Latin and punctuation tokens for the phrase readers. */
import { EMPTY_HASH, hashWithUnit, stringOfHashedUnits } from '../text/unit-strings.js';

export type TokenKind = 'word' | 'digits' | 'latin' | 'punct';

/** A token of the normalized view; `start`/`end` are offsets into that view, not the original. */
export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whitespace and unpaired or paired surrogates separate tokens without becoming tokens. */
function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || (code >= 0xd800 && code <= 0xdfff);
}

/** Character classes as small numbers, indexes into {@link KIND_NAMES}; 0 is a separator. */
const SEPARATOR = 0;
const PUNCT = 4;
const KIND_NAMES: ReadonlyArray<TokenKind> = ['punct', 'word', 'digits', 'latin', 'punct'];

function classOf(code: number): number {
  if (isArabicLetter(code)) return 1;
  if (isDigit(code)) return 2;
  if (isLatinLetter(code)) return 3;
  if (isSeparator(code)) return SEPARATOR;
  return PUNCT;
}

/**
 * {@link classOf} of every BMP code unit, computed once: one load per character instead of up to
 * ten range tests made the tokenizer about a third cheaper on the dev corpus.
 */
const CLASS_OF_UNIT = Uint8Array.from({ length: 0x10000 }, (_, code) => classOf(code));

/** Whether a token of class `kind` is a run of units of that class (a word, digits or Latin), not one unit. */
function isRun(kind: number): boolean {
  return kind !== SEPARATOR && kind !== PUNCT;
}

/**
 * The tokens of `units[0, size)` (a text passed through normalizeForMatching, as code units) that
 * start in `[from, to)` (`to <= size`), each whole, as tokenizing all of it would give them: a run
 * that starts before `from` is left out, one that starts before `to` is read to its end. Letters
 * and digits form separate runs, so «الـ24» (tatweel dropped) reads as «ال» + «24». Every other
 * visible character is a one-character punctuation token, which the readers treat as a phrase
 * boundary.
 * A token's text is shared with the earlier tokens of the same units ({@link stringOfHashedUnits}).
 * Linear in the units read.
 */
export function tokenizeUnits(units: Uint16Array, size: number, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const first = CLASS_OF_UNIT[units[i] ?? 0]!;
  if (i > 0 && i < size && isRun(first)) {
    while (i < size && CLASS_OF_UNIT[units[i - 1]!] === first && CLASS_OF_UNIT[units[i]!] === first) i++;
  }
  while (i < to) {
    const kind = CLASS_OF_UNIT[units[i]!]!;
    if (kind === SEPARATOR) {
      i++;
      continue;
    }
    let end = i + 1;
    // The run is hashed as it is read, for the string cache (see stringOfHashedUnits).
    let hash = hashWithUnit(EMPTY_HASH, units[i]!);
    if (kind !== PUNCT) {
      for (; end < size; end++) {
        const unit = units[end]!;
        if (CLASS_OF_UNIT[unit] !== kind) break;
        hash = hashWithUnit(hash, unit);
      }
    }
    tokens.push({ text: stringOfHashedUnits(units, i, end, hash), kind: KIND_NAMES[kind]!, start: i, end });
    i = end;
  }
  return tokens;
}

// The units of the text tokenizeNormalized was given, reused: it reads one short phrase at a time.
let textUnits = new Uint16Array(256);

/** Tokenizes a text already passed through normalizeForMatching (see {@link tokenizeUnits}). */
export function tokenizeNormalized(text: string): Token[] {
  if (textUnits.length < text.length) textUnits = new Uint16Array(2 * text.length);
  for (let at = 0; at < text.length; at++) textUnits[at] = text.charCodeAt(at);
  return tokenizeUnits(textUnits, text.length, 0, text.length);
}

/**
 * Returns the length of the conjunction (و or ف) that `token` carries before `word`, 0 when the
 * token is exactly `word`, or -1 when it is neither. Only the conjunctions are split off: the
 * phrase readers never need «ب»/«ل» before a time or number word.
 */
export function matchWithConjunction(token: Token | undefined, word: string): number {
  if (token === undefined || token.kind !== 'word') return -1;
  if (token.text === word) return 0;
  if (token.text.length === word.length + 1 && (token.text[0] === 'و' || token.text[0] === 'ف') && token.text.endsWith(word)) return 1;
  return -1;
}

/** Whether the next token starts right where `token` ends, with no space between them. */
export function isAdjacent(token: Token | undefined, next: Token | undefined): boolean {
  return token !== undefined && next !== undefined && token.end === next.start;
}
