/** Reads «منذ» + a starting point: «منذ عام 2017», «منذ مطلع الأسبوع الماضي», «منذ ساعات الصباح». */
import type { Token } from '../numbers/tokenize-normalized.js';
import { readCalendarDate } from './read-calendar-date.js';
import { readDayPhrase } from './read-day-phrase.js';
import { readPeriodPhrase } from './read-period-phrase.js';
import { makeInterval, resolveRelative, wordAt, type TimeReader, type TimeReading } from './time-reading.js';

/** Words a since phrase can start with. */
export const SINCE_PHRASE_START_WORDS: ReadonlySet<string> = new Set(['منذ']);

const PARTS_OF_TODAY: ReadonlySet<string> = new Set(['الصباح', 'الفجر', 'الظهر', 'المساء', 'الظهيره', 'العصر']);

/** Reads «ساعات الصباح الأولى», «الفجر»: earlier today. */
function readPartOfToday(tokens: readonly Token[], index: number): TimeReading | null {
  let next = index;
  if (wordAt(tokens, next) === 'ساعات') next++;
  if (!PARTS_OF_TODAY.has(wordAt(tokens, next) ?? '')) return null;
  next++;
  const adjective = wordAt(tokens, next);
  if (adjective === 'الاولي' || adjective === 'الباكر') next++;
  return { next, resolve: resolveRelative((published) => makeInterval(published, published, 'day')) };
}

/** Readers of the starting point after «منذ», longest reading wins. */
const STARTING_POINT_READERS: readonly TimeReader[] = [readCalendarDate, readPeriodPhrase, readDayPhrase, readPartOfToday];

/**
 * Reads «منذ» + a starting point and resolves it to [start, publication]. The precision is the
 * starting point's: «منذ عام 2017» is from 2017-01-01, precision year. Without a publication day a
 * dated start still resolves, with `to` null; an undated one stays unresolved. «منذ» + a count
 * («منذ ثلاثة أيام») means "ago" and is read by readAgoPhrase instead.
 */
export function readSincePhrase(tokens: readonly Token[], index: number): TimeReading | null {
  if (wordAt(tokens, index) !== 'منذ') return null;
  let start: TimeReading | null = null;
  for (const reader of STARTING_POINT_READERS) {
    const reading = reader(tokens, index + 1);
    if (reading !== null && (start === null || reading.next > start.next)) start = reading;
  }
  return start === null ? null : { next: start.next, resolve: resolveUntilPublication(start.resolve) };
}

/**
 * [start, publication] from the resolver of the starting point. A closure returned from a function
 * rather than written in the object literal: tsx (the bench and the profiler) wraps a named arrow
 * in a defineProperty call, which showed up in the profile under this reader.
 */
function resolveUntilPublication(resolve: TimeReading['resolve']): TimeReading['resolve'] {
  return (published) => {
    const from = resolve(published);
    if (from === null) return null;
    // A start after publication («منذ عام 2030») is a typo or a plan; keep the interval well-formed.
    return { from: from.from, to: published === null ? null : Math.max(from.from, published), precision: from.precision, weekdayConflict: from.weekdayConflict };
  };
}
