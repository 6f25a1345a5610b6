/** Reads calendar dates: «15 آذار 2024», «15 مارس/آذار 2024», «2024/03/15», «في آذار 2020», «عام 2017», «صيف عام 2018». */
import type { Token } from '../numbers/tokenize-normalized.js';
import { daysInMonth, findYear, isValidDate, toCalendarDate, toDayNumber, weekdayOf } from './calendar-days.js';
import { AMBIGUOUS_MONTHS, ONE_WORD_MONTHS, PAST_WORDS, PERIOD_EDGE_WORDS, SEASONS, TWO_WORD_MONTHS, WEEKDAYS, YEAR_WORDS } from './time-words.js';
import { makeInterval, resolveAbsolute, resolveRelative, wordAt, type ResolvedTime, type TimeReading } from './time-reading.js';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Words before a date that the span keeps: «في 15 آذار», «بتاريخ 2024/03/15». */
const DATE_LEADS: ReadonlySet<string> = new Set(['في', 'بتاريخ', 'تاريخ']);

/** First words of the two-word month names («كانون الثاني»). */
const TWO_WORD_MONTH_FIRSTS: ReadonlySet<string> = new Set([...TWO_WORD_MONTHS.keys()].map((name) => name.split(' ')[0]!));

/**
 * Words a date can start with after its lead, one per reader of {@link readCalendarDate}: a
 * weekday or «يوم» (day and month), an edge word, «شهر» or a month (month), a season, a year word.
 * A day, a year or a numeric date starts with digits.
 */
const DATE_BODY_START_WORDS: ReadonlySet<string> = new Set([
  'يوم', 'شهر', ...TWO_WORD_MONTH_FIRSTS,
  ...WEEKDAYS.keys(), ...PERIOD_EDGE_WORDS, ...ONE_WORD_MONTHS.keys(), ...SEASONS.keys(), ...YEAR_WORDS,
]);

/** Words a calendar date can start with; a day or a numeric date starts with digits. */
export const CALENDAR_DATE_START_WORDS: ReadonlySet<string> = new Set([...DATE_LEADS, ...DATE_BODY_START_WORDS]);

function readMonthName(tokens: readonly Token[], index: number): { month: number; next: number; ambiguous: boolean } | null {
  const first = wordAt(tokens, index);
  if (first === null) return null;
  const second = TWO_WORD_MONTH_FIRSTS.has(first) ? wordAt(tokens, index + 1) : null;
  // Joined only after a first word that can start one: this runs after every «في».
  const twoWords = second === null ? undefined : TWO_WORD_MONTHS.get(`${first} ${second}`);
  if (twoWords !== undefined) return { month: twoWords, next: index + 2, ambiguous: false };
  const oneWord = ONE_WORD_MONTHS.get(first);
  return oneWord === undefined ? null : { month: oneWord, next: index + 1, ambiguous: AMBIGUOUS_MONTHS.has(first) };
}

/**
 * Reads a month name with the other calendar's name after it, as outlets write both: «مارس/آذار»,
 * «آذار (مارس)». The first name decides.
 */
function readMonth(tokens: readonly Token[], index: number): { month: number; next: number; ambiguous: boolean } | null {
  const month = readMonthName(tokens, index);
  if (month === null) return null;
  const separator = tokens[month.next]?.text;
  if (separator === '/' || separator === '-' || separator === '(') {
    const other = readMonthName(tokens, month.next + 1);
    if (other !== null) {
      const closes = separator === '(' ? tokens[other.next]?.text === ')' : true;
      if (closes) return { month: month.month, next: separator === '(' ? other.next + 1 : other.next, ambiguous: false };
    }
  }
  return month;
}

function readYearDigits(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index];
  if (token?.kind !== 'digits' || token.text.length !== 4) return null;
  const year = Number(token.text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** Reads «2024», «عام 2024», «سنة 2024»; `needsYearWord` refuses a bare number, which may be a count. */
function readYear(tokens: readonly Token[], index: number, needsYearWord: boolean): { year: number; next: number } | null {
  const hasYearWord = YEAR_WORDS.has(wordAt(tokens, index) ?? '');
  if (needsYearWord && !hasYearWord) return null;
  const start = hasYearWord ? index + 1 : index;
  const year = readYearDigits(tokens, start);
  return year === null ? null : { year, next: start + 1 };
}

function readDayOfMonth(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index];
  if (token?.kind !== 'digits' || token.text.length > 2) return null;
  const day = Number(token.text);
  return day >= 1 && day <= 31 ? day : null;
}

/**
 * A day and month without a year take the publication year, or the year before when that date
 * would come after publication: reports tell what happened, so «في 20 كانون الأول» in a report
 * of 5 January is last December.
 */
function resolveDayWithoutYear(published: number, month: number, day: number): ResolvedTime | null {
  const { year } = toCalendarDate(published);
  const thisYear = isValidDate(year, month, day) ? toDayNumber(year, month, day) : null;
  if (thisYear !== null && thisYear <= published) return makeInterval(thisYear, thisYear, 'day');
  if (!isValidDate(year - 1, month, day)) return null;
  const lastYear = toDayNumber(year - 1, month, day);
  return makeInterval(lastYear, lastYear, 'day');
}

/** A month without a year: the publication year, or the year before when `strictlyBefore` or the month is still to come. */
function resolveMonthWithoutYear(published: number, month: number, strictlyBefore: boolean): ResolvedTime {
  const current = toCalendarDate(published);
  const year = month > current.month || (strictlyBefore && month === current.month) ? current.year - 1 : current.year;
  return makeInterval(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)), 'month');
}

/** Reads «15 آذار 2024», «3 كانون الثاني», «الأحد 11 حزيران 2023» (a dateline, its weekday checked). */
function readDayMonth(tokens: readonly Token[], index: number): TimeReading | null {
  let next = index;
  const statedWeekday = WEEKDAYS.get(wordAt(tokens, next) ?? '');
  if (statedWeekday !== undefined) {
    next++;
    if (tokens[next]?.text === ',') next++;
  }
  if (wordAt(tokens, next) === 'يوم') next++;
  const day = readDayOfMonth(tokens, next);
  if (day === null) return null;
  const month = readMonth(tokens, next + 1);
  if (month === null) return null;
  const year = readYear(tokens, month.next, false);
  if (year === null) {
    return { next: month.next, resolve: resolveRelative((published) => resolveDayWithoutYear(published, month.month, day)) };
  }
  if (!isValidDate(year.year, month.month, day)) return { next: year.next, resolve: resolveAbsolute(null) };
  const dayNumber = toDayNumber(year.year, month.month, day);
  const weekdayConflict = statedWeekday !== undefined && weekdayOf(dayNumber) !== statedWeekday;
  return { next: year.next, resolve: resolveAbsolute({ from: dayNumber, to: dayNumber, precision: 'day', weekdayConflict }) };
}

/** Reads «2024/03/15», «2024-03-15», «15-3-2024», «15/3/2024», «15.3.2024»: digits and one separator, no spaces. */
function readNumericDate(tokens: readonly Token[], index: number): TimeReading | null {
  const parts: string[] = [];
  let separator: string | null = null;
  let next = index;
  for (let k = 0; k < 5; k++) {
    const token = tokens[index + k];
    if (token === undefined || (k > 0 && tokens[index + k - 1]!.end !== token.start)) return null;
    if (k % 2 === 0) {
      if (token.kind !== 'digits') return null;
      parts.push(token.text);
    } else {
      if (token.text !== '/' && token.text !== '-' && token.text !== '.') return null;
      if (separator !== null && token.text !== separator) return null;
      separator = token.text;
    }
    next = index + k + 1;
  }
  const [first, middle, last] = parts as [string, string, string];
  const yearFirst = first.length === 4;
  if (!yearFirst && last.length !== 4) return null;
  const [year, month, day] = yearFirst ? [Number(first), Number(middle), Number(last)] : [Number(last), Number(middle), Number(first)];
  if (year < FIRST_YEAR || year > LAST_YEAR || !isValidDate(year, month, day)) return null;
  const dayNumber = toDayNumber(year, month, day);
  return { next, resolve: resolveAbsolute(makeInterval(dayNumber, dayNumber, 'day')) };
}

/**
 * Reads a month: «آذار 2020», «شهر أيار الماضي», «في شهر آذار», «في نيسان». A bare month name
 * needs «في» or «شهر» before it, and «آب» (also "father") needs «شهر», a day or a year.
 */
function readMonthPhrase(tokens: readonly Token[], index: number, afterIn: boolean): TimeReading | null {
  let next = index;
  if (PERIOD_EDGE_WORDS.has(wordAt(tokens, next) ?? '')) next++;
  const hasMonthNoun = wordAt(tokens, next) === 'شهر';
  if (hasMonthNoun) next++;
  const month = readMonth(tokens, next);
  if (month === null) return null;
  next = month.next;
  const year = readYear(tokens, next, false);
  if (year !== null) {
    const from = toDayNumber(year.year, month.month, 1);
    return { next: year.next, resolve: resolveAbsolute(makeInterval(from, from + daysInMonth(year.year, month.month) - 1, 'month')) };
  }
  const isPast = PAST_WORDS.has(wordAt(tokens, next) ?? '');
  if (isPast) next++;
  if (!isPast && !hasMonthNoun && (!afterIn || month.ambiguous)) return null;
  const { month: monthNumber } = month;
  return { next, resolve: resolveRelative((published) => resolveMonthWithoutYear(published, monthNumber, isPast)) };
}

/** Reads «عام 2017», «أواخر عام 2017», «في 2018» (a bare year only after «في»). */
function readYearPhrase(tokens: readonly Token[], index: number, afterIn: boolean): TimeReading | null {
  let next = index;
  if (PERIOD_EDGE_WORDS.has(wordAt(tokens, next) ?? '')) next++;
  const year = readYear(tokens, next, !afterIn || next !== index);
  if (year === null) return null;
  const { from, to } = findYear(year.year);
  return { next: year.next, resolve: resolveAbsolute(makeInterval(from, to, 'year')) };
}

/** Reads «صيف عام 2018», «شتاء 2019» (winter runs from the December before). */
function readSeasonPhrase(tokens: readonly Token[], index: number): TimeReading | null {
  const season = SEASONS.get(wordAt(tokens, index) ?? '');
  if (season === undefined) return null;
  const year = readYear(tokens, index + 1, false);
  if (year === null) return null;
  const from = toDayNumber(year.year, season.firstMonth, 1);
  const to = toDayNumber(year.year, season.firstMonth + season.months, 1) - 1;
  return { next: year.next, resolve: resolveAbsolute(makeInterval(from, to, 'range')) };
}

/** Reads any calendar date at `index`, with an optional «في» or «بتاريخ» kept in the span. */
export function readCalendarDate(tokens: readonly Token[], index: number): TimeReading | null {
  const lead = wordAt(tokens, index);
  const afterIn = lead !== null && DATE_LEADS.has(lead);
  const start = afterIn ? index + 1 : index;
  // Most «في» start no date: one test of the next word spares the five readers below.
  const first = tokens[start];
  if (first === undefined || (first.kind !== 'digits' && !DATE_BODY_START_WORDS.has(wordAt(tokens, start) ?? ''))) return null;
  return (
    readNumericDate(tokens, start) ??
    readDayMonth(tokens, start) ??
    readMonthPhrase(tokens, start, afterIn) ??
    readSeasonPhrase(tokens, start) ??
    readYearPhrase(tokens, start, afterIn)
  );
}
