/** Splits a normalized text into word, digit, Latin and punctuation tokens for the phrase readers. */

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

function kindOf(code: number): TokenKind | null {
  if (isArabicLetter(code)) return 'word';
  if (isDigit(code)) return 'digits';
  if (isLatinLetter(code)) return 'latin';
  if (isSeparator(code)) return null;
  return 'punct';
}

/**
 * Tokenizes a text already passed through normalizeForMatching. Letters and digits form separate
 * runs, so «الـ24» (tatweel dropped) reads as «ال» + «24». Every other visible character is a
 * one-character punctuation token, which the readers treat as a phrase boundary. Linear time.
 */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === null) {
      i++;
      continue;
    }
    let end = i + 1;
    if (kind !== 'punct') {
      while (end < text.length && kindOf(text.charCodeAt(end)) === kind) end++;
    }
    tokens.push({ text: text.slice(i, end), kind, start: i, end });
    i = end;
  }
  return tokens;
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
