// Splits a report into sentences, and a sentence into clauses, as spans of the original text.
import type { Span } from '../../domain/extraction.js';
import { classifyCodePointAt, classifyUnit, isLetterOrDigitClass, PAIR } from './char-classes.js';
import { NextOfAny } from './next-of-any.js';
import { foldKeyUnits, normalizeKey } from './normalize.js';

const DOT = 0x2e;
const TERMINATORS = new Set([DOT, 0x21, 0x3f, 0x061f, 0x2026, 0x06d4, 0x203c, 0x2047, 0x2048, 0x2049]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
/** Closing quotes and brackets that stay with the sentence they close: «قال: "انتهى."». */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0x2019, 0x201d, 0x201f, 0x203a, 0x2033]);
const CLAUSE_COMMAS = new Set([0x2c, 0x060c]);
const CLAUSE_SEMICOLONS = new Set([0x3b, 0x061b]);
/** Where a clause may end: the commas and semicolons, as strings to search for. */
const CLAUSE_PUNCTUATION = [...CLAUSE_COMMAS, ...CLAUSE_SEMICOLONS].map((code) => String.fromCharCode(code));

// The sets above as bit flags per BMP code unit: the splitters test every character of a report,
// and an array read is cheaper than a set lookup. Every member is a BMP unit.
const IS_LINE_BREAK = 1;
const IS_TERMINATOR = 2;
const IS_CLOSER = 4;
const IS_CLAUSE_COMMA = 8;
const PUNCTUATION_FLAGS = new Uint8Array(0x10000);
for (const [set, flag] of [
  [LINE_BREAKS, IS_LINE_BREAK], [TERMINATORS, IS_TERMINATOR], [CLOSERS, IS_CLOSER],
  [CLAUSE_COMMAS, IS_CLAUSE_COMMA],
] as const) {
  for (const code of set) PUNCTUATION_FLAGS[code] = (PUNCTUATION_FLAGS[code] ?? 0) | flag;
}

/** Whether code unit `code` (NaN past the end of a text) is in the set of `flag`. */
function has(flag: number, code: number): boolean {
  return ((PUNCTUATION_FLAGS[code] ?? 0) & flag) !== 0;
}

/** Whitespace and invisible format marks, trimmed from both ends of every span. */
export function isTrimmable(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x061c ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x2069) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where `text[start, end)` starts once trimmed (`end` when nothing is left). */
export function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  return start;
}

/** Where `text[start, end)` ends once trimmed (`start` when nothing is left). */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Appends `text.slice(start, end)` trimmed, unless nothing is left; offsets shift by `base`. */
export function pushTrimmedSpan(spans: Span[], text: string, start: number, end: number, base = 0): void {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (start < end) spans.push({ text: text.slice(start, end), start: base + start, end: base + end });
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * A dot that does not end a sentence: a decimal point (2.5), a dot inside a Latin word or
 * address (sy24.net), or the dot after a single Latin letter (U.S., the initial in «A. Smith»).
 * A Latin sentence that ends in a one-letter word («Plan B.») is therefore not split.
 */
function isGuardedDot(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  if (isDigit(before) && isDigit(after)) return true;
  if ((isLatinLetter(before) || isDigit(before)) && (isLatinLetter(after) || isDigit(after))) return true;
  return isLatinLetter(before) && !isLatinLetter(text.charCodeAt(at - 2)) && !isDigit(text.charCodeAt(at - 2));
}

/**
 * The sentences of `text`, as trimmed spans of it (`text.slice(start, end) === span.text`).
 * A sentence ends at a line break, or after a run of . ! ? ؟ … (with the closing quotes and
 * brackets right after it), except at the dots of {@link isGuardedDot}. Headline «..» ends a
 * sentence too. Blank pieces are left out. Never throws.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const length = text.length;
  let start = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (has(IS_LINE_BREAK, code)) {
      pushTrimmedSpan(spans, text, start, i);
      start = i + 1;
      continue;
    }
    if (!has(IS_TERMINATOR, code) || (code === DOT && isGuardedDot(text, i))) continue;
    let end = i + 1;
    while (end < length && has(IS_TERMINATOR, text.charCodeAt(end))) end++;
    while (end < length && has(IS_CLOSER, text.charCodeAt(end))) end++;
    pushTrimmedSpan(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmedSpan(spans, text, start, length);
  return spans;
}

/** Words (in matching form) that open a new clause after a comma; «ما أدى» is read as its two words. */
const CONNECTORS = ['حيث', 'مما', 'ما أدى', 'ما أسفر', 'وذلك', 'بينما', 'فيما', 'في حين', 'إذ', 'لكن', 'ولكن', 'إلا أن', 'غير أن', 'كما', 'ثم'].map(
  normalizeKey,
);
/** No connector, nor the first word of one, is longer. */
const LONGEST_CONNECTOR = Math.max(...CONNECTORS.map((connector) => connector.length));
/** Flags, per code unit, of the first units of {@link CONNECTORS}. */
const CONNECTOR_INITIALS = new Uint8Array(0x10000);
for (const connector of CONNECTORS) CONNECTOR_INITIALS[connector.charCodeAt(0)] = 1;
/** How far after a comma {@link startsWithConnector} reads. */
const CONNECTOR_WINDOW = 39;
/** Key units read first after a comma: enough to decide for almost every comma. */
const CONNECTOR_PREFIX = 12;

/** Whether `units[from, to)` are the units of `word` from its offset `at`. */
function unitsEqual(word: string, at: number, units: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (word.charCodeAt(at + k - from) !== units[k]) return false;
  return true;
}

/** The end of the run of letters and digits (or, with `letters` false, of other code points) of `units[at, size)`. */
function endOfRun(units: Uint16Array, size: number, at: number, letters: boolean): number {
  while (at < size) {
    const wordClass = classifyCodePointAt(units, size, at);
    if (isLetterOrDigitClass(wordClass & ~PAIR) !== letters) break;
    at += wordClass & PAIR ? 2 : 1;
  }
  return at;
}

const STARTS = 1;
const DOES_NOT_START = 2;
/** The key read so far ends inside the words that decide. */
const UNDECIDED = 3;

/**
 * Whether the key `units[0, size)` starts with a connector: its first word (run of letters and
 * digits, `[\p{L}\p{N}]+`) is one, or its first two words joined by a space. When the key may go
 * on past `size` (`complete` false), UNDECIDED if the answer depends on what follows.
 */
function readConnector(units: Uint16Array, size: number, complete: boolean): number {
  const firstStart = endOfRun(units, size, 0, false);
  const firstEnd = endOfRun(units, size, firstStart, true);
  const firstLength = firstEnd - firstStart;
  if (firstEnd === size && !complete) return firstLength > LONGEST_CONNECTOR ? DOES_NOT_START : UNDECIDED;
  if (firstLength === 0 || firstLength > LONGEST_CONNECTOR) return DOES_NOT_START;
  for (const connector of CONNECTORS) {
    if (connector.length === firstLength && unitsEqual(connector, 0, units, firstStart, firstEnd)) return STARTS;
  }
  const secondStart = endOfRun(units, size, firstEnd, false);
  const secondEnd = endOfRun(units, size, secondStart, true);
  for (const connector of CONNECTORS) {
    const opensPair = connector.charCodeAt(firstLength) === 0x20 && unitsEqual(connector, 0, units, firstStart, firstEnd);
    if (!opensPair) continue;
    if (secondEnd === size && !complete) return UNDECIDED;
    if (secondEnd > secondStart && connector.length === firstLength + 1 + secondEnd - secondStart) {
      if (unitsEqual(connector, firstLength + 1, units, secondStart, secondEnd)) return STARTS;
    }
  }
  return DOES_NOT_START;
}

/**
 * Whether the text after a comma at `comma` starts with one of {@link CONNECTORS}: whether the
 * first word of the key of the next 39 characters, or its first two words joined by a space, is
 * one. Read from the key's units, with no string built, and from its first units only when they
 * decide (almost always): this runs for every comma of every report.
 */
function startsWithConnector(text: string, comma: number): boolean {
  const end = Math.min(comma + 1 + CONNECTOR_WINDOW, text.length);
  // Most words after a comma start with a letter no connector starts with: one unit decides.
  const initial = foldKeyUnits(text, comma + 1, end, 1);
  const first = initial.units[0] ?? 0;
  if (initial.size > 0 && CONNECTOR_INITIALS[first] !== 1 && isLetterOrDigitClass(classifyUnit(first))) return false;
  const prefix = foldKeyUnits(text, comma + 1, end, CONNECTOR_PREFIX);
  const answer = readConnector(prefix.units, prefix.size, prefix.size < CONNECTOR_PREFIX);
  if (answer !== UNDECIDED) return answer === STARTS;
  const whole = foldKeyUnits(text, comma + 1, end);
  return readConnector(whole.units, whole.size, true) === STARTS;
}

export interface ClauseOptions {
  /**
   * true (the default): every comma ends a clause. false: a comma ends a clause only before a
   * connector such as «حيث», «ما أدى», «وذلك», «فيما», so that «شن التنظيم، اليوم، هجوما»
   * stays one clause. Semicolons always end a clause.
   */
  splitAtEveryComma?: boolean;
}

/** Where a clause lies in the original text, without its text (see {@link findClauseRanges}). */
export interface ClauseRange {
  start: number;
  end: number;
}

/**
 * The clauses of a sentence, as trimmed spans of the same original text the sentence came from
 * (offsets shifted by `sentence.start`). Clauses end at «؛» «;» and at «،» «,» (see
 * {@link ClauseOptions}); a comma between digits (1,200) never splits. The punctuation itself
 * belongs to no clause. Clauses that start after a comma therefore start with their connector
 * («، حيث منعت» gives a clause «حيث منعت»). A sentence without such punctuation is one clause.
 */
export function splitClauses(sentence: Span, options: ClauseOptions = {}): Span[] {
  return findClauseRanges(sentence, options).map(({ start, end }) => ({
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    start,
    end,
  }));
}

/**
 * {@link splitClauses} without the clauses' text: the document keeps every sentence's clauses
 * and reads only where they lie, and a string per clause copied the whole report once more.
 */
export function findClauseRanges(sentence: Span, options: ClauseOptions = {}): ClauseRange[] {
  const splitAtEveryComma = options.splitAtEveryComma ?? true;
  const text = sentence.text;
  const clauses: ClauseRange[] = [];
  const punctuation = new NextOfAny(text, CLAUSE_PUNCTUATION);
  let start = 0;
  for (let i = punctuation.at(0); i >= 0; i = punctuation.at(i + 1)) {
    let ends = true;
    if (has(IS_CLAUSE_COMMA, text.charCodeAt(i))) {
      const betweenDigits = isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
      ends = !betweenDigits && (splitAtEveryComma || startsWithConnector(text, i));
    }
    if (!ends) continue;
    pushTrimmedRange(clauses, text, start, i, sentence.start);
    start = i + 1;
  }
  pushTrimmedRange(clauses, text, start, text.length, sentence.start);
  return clauses;
}

/** Appends the range of `text[start, end)` trimmed, unless nothing is left; offsets shift by `base`. */
function pushTrimmedRange(ranges: ClauseRange[], text: string, start: number, end: number, base: number): void {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (start < end) ranges.push({ start: base + start, end: base + end });
}
