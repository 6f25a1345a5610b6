/** Reads «اليوم», «أمس», «أول أمس» and weekdays, with a part of the day before them («مساء أمس الإثنين»). */
import type { Token } from '../numbers/tokenize-normalized.js';
import { findMostRecentWeekday, weekdayOf } from './calendar-days.js';
import { NOT_TODAY_AFTER, NOT_TODAY_BEFORE, PAST_WORDS, TIME_OF_DAY_PHRASES, WEEKDAYS } from './time-words.js';
import { makeInterval, readAnyWords, readWords, resolveRelative, wordAt, type ResolvedTime, type TimeReading } from './time-reading.js';

/** Days before publication each day word names. */
const DAY_WORD_PHRASES: ReadonlyArray<{ words: readonly string[]; daysBefore: number }> = [
  { words: ['اليوم'], daysBefore: 0 },
  { words: ['امس', 'الاول'], daysBefore: 2 },
  { words: ['اول', 'امس'], daysBefore: 2 },
  { words: ['اول', 'من', 'امس'], daysBefore: 2 },
  { words: ['امس'], daysBefore: 1 },
  { words: ['الامس'], daysBefore: 1 },
  { words: ['البارحه'], daysBefore: 1 },
  { words: ['الليله', 'الماضيه'], daysBefore: 1 },
];

function readDayWord(tokens: readonly Token[], index: number): { next: number; daysBefore: number; isToday: boolean } | null {
  let best: { next: number; daysBefore: number; isToday: boolean } | null = null;
  for (const { words, daysBefore } of DAY_WORD_PHRASES) {
    const next = readWords(tokens, index, words);
    if (next !== null && (best === null || next > best.next)) best = { next, daysBefore, isToday: words[0] === 'اليوم' };
  }
  return best;
}

/** Words a day phrase can start with. */
export const DAY_PHRASE_START_WORDS: ReadonlySet<string> = new Set([
  ...TIME_OF_DAY_PHRASES.map((phrase) => phrase[0]!),
  ...DAY_WORD_PHRASES.map(({ words }) => words[0]!),
  ...WEEKDAYS.keys(),
  'يوم',
]);

/**
 * Resolves a day word with a stated weekday. When they agree, that day; when they do not (the
 * report was dated after midnight, or is wrong), the stated weekday wins: the most recent such
 * day on or before publication, flagged as a conflict.
 */
function resolveStatedWeekday(published: number, daysBefore: number, statedWeekday: number | undefined): ResolvedTime {
  const named = published - daysBefore;
  if (statedWeekday === undefined || weekdayOf(named) === statedWeekday) return makeInterval(named, named, 'day');
  const day = findMostRecentWeekday(published, statedWeekday, false);
  return { from: day, to: day, precision: 'day', weekdayConflict: true };
}

/** «الاثنين» is also "the two": read it bare only between punctuation or at the edges of the text. */
function standsAlone(tokens: readonly Token[], index: number, next: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[next];
  return (before === undefined || before.kind === 'punct') && (after === undefined || after.kind === 'punct');
}

/**
 * Reads «اليوم», «يوم أمس», «أول أمس», «اليوم الخميس», «مساء أمس الإثنين», «فجر اليوم»,
 * «الخميس», «يوم الخميس», «الخميس الماضي», «ليل الثلاثاء». A bare weekday is the most recent one
 * on or before publication; with «الماضي» the most recent strictly before it.
 */
export function readDayPhrase(tokens: readonly Token[], index: number): TimeReading | null {
  let next = index;
  const afterTimeOfDay = readAnyWords(tokens, next, TIME_OF_DAY_PHRASES);
  const hasTimeOfDay = afterTimeOfDay !== null;
  if (afterTimeOfDay !== null) next = afterTimeOfDay;
  const hasDayNoun = wordAt(tokens, next) === 'يوم';
  if (hasDayNoun) next++;
  const dayWord = readDayWord(tokens, next);
  if (dayWord !== null) {
    if (dayWord.isToday && (hasDayNoun || !isTodayHere(tokens, next, hasTimeOfDay))) return null;
    next = dayWord.next;
    const statedWeekday = WEEKDAYS.get(wordAt(tokens, next) ?? '');
    if (statedWeekday !== undefined) next++;
    const { daysBefore } = dayWord;
    return { next, resolve: resolveRelative((published) => resolveStatedWeekday(published, daysBefore, statedWeekday)) };
  }
  const weekday = WEEKDAYS.get(wordAt(tokens, next) ?? '');
  if (weekday === undefined) return null;
  next++;
  const isPast = PAST_WORDS.has(wordAt(tokens, next) ?? '');
  if (isPast) next++;
  if (weekday === 1 && !hasTimeOfDay && !hasDayNoun && !isPast && !standsAlone(tokens, index, next)) return null;
  return {
    next,
    resolve: resolveRelative((published) => {
      const day = findMostRecentWeekday(published, weekday, isPast);
      return makeInterval(day, day, 'day');
    }),
  };
}

/** «اليوم» is today unless the story fixes its own day: «في اليوم التالي», «ذلك اليوم». */
function isTodayHere(tokens: readonly Token[], todayIndex: number, hasTimeOfDay: boolean): boolean {
  const after = wordAt(tokens, todayIndex + 1);
  if (after !== null && NOT_TODAY_AFTER.has(after)) return false;
  const before = wordAt(tokens, todayIndex - 1);
  return hasTimeOfDay || before === null || !NOT_TODAY_BEFORE.has(before);
}
