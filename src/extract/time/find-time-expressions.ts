/** Finds Arabic time phrases in report text and resolves each against the publication date as an inclusive interval. */
import type { EventTime } from '../../domain/extraction.js';
import { clampRange, originalSpanOf, prepareReadingView, tokensWithin, type ReadingView } from '../numbers/reading-view.js';
import type { Token } from '../numbers/tokenize-normalized.js';
import { WordSieve } from '../numbers/word-sieve.js';
import { formatIsoDate, parseIsoDate } from './calendar-days.js';
import { AGO_PHRASE_START_WORDS, readAgoPhrase } from './read-ago-phrase.js';
import { CALENDAR_DATE_START_WORDS, readCalendarDate } from './read-calendar-date.js';
import { DAY_PHRASE_START_WORDS, readDayPhrase } from './read-day-phrase.js';
import { PERIOD_PHRASE_START_WORDS, readPeriodPhrase } from './read-period-phrase.js';
import { SINCE_PHRASE_START_WORDS, readSincePhrase } from './read-since-phrase.js';
import type { TimeReaderEntry, TimeReading } from './time-reading.js';

/** A time phrase with the result of checking a stated weekday against the day the phrase names. */
export interface CheckedTimeExpression {
  time: EventTime;
  /** True when «اليوم الخميس» or «أمس الأربعاء» names a weekday the day itself is not. */
  weekdayConflict: boolean;
}

const READERS: readonly TimeReaderEntry[] = [
  { read: readSincePhrase, startWords: SINCE_PHRASE_START_WORDS, startsWithDigits: false },
  { read: readAgoPhrase, startWords: AGO_PHRASE_START_WORDS, startsWithDigits: false },
  { read: readCalendarDate, startWords: CALENDAR_DATE_START_WORDS, startsWithDigits: true },
  { read: readPeriodPhrase, startWords: PERIOD_PHRASE_START_WORDS, startsWithDigits: true },
  { read: readDayPhrase, startWords: DAY_PHRASE_START_WORDS, startsWithDigits: false },
];

/**
 * The readers each first word can start, in {@link READERS} order, so the scanner turns most
 * tokens away with one lookup rather than one per reader.
 */
const READERS_BY_START_WORD = new Map<string, TimeReaderEntry[]>();
for (const entry of READERS) {
  for (const word of entry.startWords) READERS_BY_START_WORD.set(word, [...(READERS_BY_START_WORD.get(word) ?? []), entry]);
}
const READERS_OF_DIGITS = READERS.filter((entry) => entry.startsWithDigits);

/** Letters a phrase's first word may carry: «و»/«ف» before any word, «ب» before «ال» («بالأمس»). */
function countCliticLetters(word: string): number {
  if (word.length < 3) return 0;
  if (word[0] === 'و' || word[0] === 'ف') return 1;
  return word[0] === 'ب' && word.startsWith('ال', 1) ? 1 : 0;
}

/**
 * Start words with a clitic before them («وخلال», «بالأمس»), so a word whose clitic starts nothing
 * is turned away without slicing it.
 */
const CLITIC_START_WORDS: ReadonlySet<string> = new Set(
  ['و', 'ف', 'ب'].flatMap((clitic) => [...READERS_BY_START_WORD.keys()].map((word) => clitic + word)).filter((word) => countCliticLetters(word) === 1),
);

/** Passes every start word with or without its clitic; see {@link WordSieve} for why. */
const START_WORD_SIEVE = new WordSieve([...READERS_BY_START_WORD.keys(), ...CLITIC_START_WORDS]);

/** Whether a phrase may start at `token`, with or without a clitic: false turns it away before any map lookup. */
function mayStartPhrase(token: Token): boolean {
  return token.kind === 'digits' || (token.kind === 'word' && START_WORD_SIEVE.mayHave(token.text));
}

function readLongestAt(tokens: readonly Token[], index: number): TimeReading | null {
  const first = tokens[index]!;
  const readers = first.kind === 'digits' ? READERS_OF_DIGITS : READERS_BY_START_WORD.get(first.text);
  if (readers === undefined) return null;
  let best: TimeReading | null = null;
  for (const { read } of readers) {
    const reading = read(tokens, index);
    if (reading !== null && reading.next > index && (best === null || reading.next > best.next)) best = reading;
  }
  return best;
}

/**
 * Reads at `index`, then, when nothing starts there, again without a leading clitic («وقبل
 * أيام», «وخلال الأشهر», «بالأمس»). The stripped token is swapped in and put back, so readers see
 * plain words. Returns the reading and how many characters of the first token it leaves out.
 */
function readWithConjunction(tokens: Token[], index: number): { reading: TimeReading; skipped: number } | null {
  const token = tokens[index]!;
  if (!mayStartPhrase(token)) return null;
  const direct = readLongestAt(tokens, index);
  if (direct !== null) return { reading: direct, skipped: 0 };
  // Most words with a clitic start no phrase without it either: skip them before building a token.
  if (token.kind !== 'word' || !CLITIC_START_WORDS.has(token.text)) return null;
  const clitic = countCliticLetters(token.text);
  // Built field by field: object spread here is V8's slow clone path, and this runs for every clitic start word.
  tokens[index] = { text: token.text.slice(clitic), kind: token.kind, start: token.start + clitic, end: token.end };
  try {
    const stripped = readLongestAt(tokens, index);
    return stripped === null ? null : { reading: stripped, skipped: clitic };
  } finally {
    tokens[index] = token;
  }
}

/**
 * Like {@link findTimeExpressions}, with each phrase's weekday check. Phrases do not overlap; at
 * each point the longest phrase wins («مساء أمس الإثنين» over «أمس»).
 */
export function findCheckedTimeExpressions(
  text: string,
  publishedAt: string | null,
  range?: { start: number; end: number },
): CheckedTimeExpression[] {
  const { start, end } = clampRange(text, range);
  const view = prepareReadingView(text.slice(start, end));
  return readTimes(view, view.tokens, parseIsoDate(publishedAt), start);
}

/** The phrases read from `tokens` of `view`; spans are shifted by `shift` (the view's offset in its caller's text). */
function readTimes(view: ReadingView, tokens: Token[], published: number | null, shift: number): CheckedTimeExpression[] {
  const found: CheckedTimeExpression[] = [];
  let index = 0;
  while (index < tokens.length) {
    const match = readWithConjunction(tokens, index);
    if (match === null) {
      index++;
      continue;
    }
    const { reading, skipped } = match;
    const span = originalSpanOf(view, tokens[index]!, tokens[reading.next - 1]!, skipped);
    const resolved = reading.resolve(published);
    found.push({
      time: {
        text: span.text,
        start: shift + span.start,
        end: shift + span.end,
        from: resolved === null ? null : formatIsoDate(resolved.from),
        to: resolved?.to == null ? null : formatIsoDate(resolved.to),
        precision: resolved === null ? 'unknown' : resolved.precision,
      },
      weekdayConflict: resolved?.weekdayConflict ?? false,
    });
    index = reading.next;
  }
  return found;
}

/**
 * Finds the time phrases in `text` (only inside `[range.start, range.end)` when a range is given)
 * and resolves each against `publishedAt` (ISO YYYY-MM-DD) as an inclusive interval [from, to]
 * with a precision. Spans are UTF-16 offsets into `text` as given. Without a publication date (or
 * with one that is not a valid ISO date) relative phrases stay unresolved — from/to null,
 * precision 'unknown' — while dates with a year still resolve. Never throws; linear in the text.
 */
export function findTimeExpressions(text: string, publishedAt: string | null, range?: { start: number; end: number }): EventTime[] {
  return findCheckedTimeExpressions(text, publishedAt, range).map((checked) => checked.time);
}

/**
 * Like {@link findTimeExpressions} on a view of the whole text prepared once, for a range that
 * starts and ends at sentence or clause boundaries (see {@link tokensWithin}).
 */
export function findTimeExpressionsIn(view: ReadingView, publishedAt: string | null, range: { start: number; end: number }): EventTime[] {
  return readTimes(view, tokensWithin(view, range), parseIsoDate(publishedAt), 0).map((checked) => checked.time);
}
