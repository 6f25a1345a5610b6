/** Reads periods counted back from publication: «الأسبوع الماضي», «الشهر الفائت», «خلال الأشهر الماضية», «مؤخراً». */
import { CARDINAL_START_WORDS, readCardinalAt } from '../numbers/parse-arabic-number.js';
import type { Token } from '../numbers/tokenize-normalized.js';
import { findMonth, findYear, toCalendarDate } from './calendar-days.js';
import { CURRENT_WORDS, PAST_WORDS, PERIOD_EDGE_WORDS, RECENT_WINDOW_WORDS } from './time-words.js';
import { makeInterval, readAnyWords, resolveRelative, wordAt, type ResolvedTime, type TimeReading } from './time-reading.js';

/** Prepositions kept in the span: «خلال الأسبوع الماضي», «في الآونة الأخيرة», «على مدى الأشهر الماضية». */
const PERIOD_PREPOSITIONS: ReadonlyArray<readonly string[]> = [['خلال'], ['في'], ['طوال'], ['طيله'], ['علي', 'مدي'], ['علي', 'مدار']];

type Period = 'week' | 'month' | 'year';

const PERIOD_NOUNS: ReadonlyMap<string, Period> = new Map([
  ['الاسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنه', 'year'],
]);

/** Windows ending at publication, in days back: «الأيام الماضية» a week, «الأسابيع» a month, «الأشهر» ~90 days. */
const WINDOW_NOUNS: ReadonlyMap<string, number> = new Map([
  ['الايام', 7], ['الاسابيع', 30], ['الاشهر', 90], ['الشهور', 90],
]);

/** «مؤخراً», «في الآونة الأخيرة»: the last ~30 days. */
const RECENTLY_PHRASES: ReadonlyArray<readonly string[]> = [['مؤخرا'], ['الاونه', 'الاخيره'], ['الفتره', 'الاخيره'], ['الاونه', 'الماضيه']];
const RECENTLY_DAYS = 30;

/** Words a period phrase can start with. */
export const PERIOD_PHRASE_START_WORDS: ReadonlySet<string> = new Set([
  ...PERIOD_PREPOSITIONS.map((phrase) => phrase[0]!),
  ...RECENTLY_PHRASES.map((phrase) => phrase[0]!),
  ...WINDOW_NOUNS.keys(), ...PERIOD_NOUNS.keys(), ...PERIOD_EDGE_WORDS,
  'الساعات', 'ال', 'هذا',
]);

/**
 * Words {@link readPeriodAfterPreposition} can start with (digits too): an hours window (with a
 * count before «ساعة»), «مؤخراً» and the like, a window noun, an edge word, «هذا», a period noun.
 * It is tried after every «في» and «على», twice, and the test turns nearly all of them away.
 */
const AFTER_PREPOSITION_START_WORDS: ReadonlySet<string> = new Set([
  'الساعات', 'ال', ...CARDINAL_START_WORDS, ...RECENTLY_PHRASES.map((phrase) => phrase[0]!),
  ...WINDOW_NOUNS.keys(), ...PERIOD_EDGE_WORDS, 'هذا', ...PERIOD_NOUNS.keys(),
]);

/** The previous (offset −1) or current (0) week, calendar month or calendar year. */
function resolvePeriod(published: number, period: Period, offset: number): ResolvedTime {
  if (period === 'week') {
    // A week back is the seven days before publication; the current one the seven days up to it.
    return offset < 0 ? makeInterval(published - 7, published - 1, 'week') : makeInterval(published - 6, published, 'week');
  }
  if (period === 'month') {
    const month = findMonth(published, offset);
    return makeInterval(month.from, month.to, 'month');
  }
  const year = findYear(toCalendarDate(published).year + offset);
  return makeInterval(year.from, year.to, 'year');
}

/** Hours back, as days: 24 hours or fewer are the publication day itself. */
function resolveHours(published: number, hours: number): ResolvedTime {
  const days = Math.ceil(hours / 24);
  return days <= 1 ? makeInterval(published, published, 'day') : makeInterval(published - days, published, 'range');
}

/** Reads «الساعات الماضية», «الساعات الـ24 الماضية», «الـ48 ساعة الماضية», «24 ساعة الأخيرة». */
function readHoursWindow(tokens: readonly Token[], index: number): TimeReading | null {
  let next = index;
  let hours: number | null = null;
  const hasHoursNoun = wordAt(tokens, next) === 'الساعات';
  if (hasHoursNoun) next++;
  if (wordAt(tokens, next) === 'ال') next++;
  const count = readCardinalAt(tokens, next);
  if (count !== null && count.conjunctionLength === 0) {
    hours = count.value;
    next = count.next;
    if (!hasHoursNoun) {
      if (wordAt(tokens, next) !== 'ساعه') return null;
      next++;
    }
  } else if (!hasHoursNoun) {
    return null;
  }
  if (!RECENT_WINDOW_WORDS.has(wordAt(tokens, next) ?? '')) return null;
  const span = hours ?? 24;
  return { next: next + 1, resolve: resolveRelative((published) => resolveHours(published, span)) };
}

function readPeriodAfterPreposition(tokens: readonly Token[], index: number): TimeReading | null {
  const first = tokens[index];
  if (first === undefined || (first.kind !== 'digits' && !AFTER_PREPOSITION_START_WORDS.has(wordAt(tokens, index) ?? ''))) return null;
  const hours = readHoursWindow(tokens, index);
  if (hours !== null) return hours;
  const recently = readAnyWords(tokens, index, RECENTLY_PHRASES);
  if (recently !== null) {
    return { next: recently, resolve: resolveRelative((published) => makeInterval(published - RECENTLY_DAYS, published, 'range')) };
  }
  const windowDays = WINDOW_NOUNS.get(wordAt(tokens, index) ?? '');
  if (windowDays !== undefined) {
    let next = index + 1;
    if (wordAt(tokens, next) === 'القليله') next++;
    if (!RECENT_WINDOW_WORDS.has(wordAt(tokens, next) ?? '')) return null;
    return { next: next + 1, resolve: resolveRelative((published) => makeInterval(published - windowDays, published, 'range')) };
  }
  let next = index;
  const hasEdge = PERIOD_EDGE_WORDS.has(wordAt(tokens, next) ?? '');
  if (hasEdge) next++;
  const isThis = wordAt(tokens, next) === 'هذا';
  if (isThis) next++;
  const period = PERIOD_NOUNS.get(wordAt(tokens, next) ?? '');
  if (period === undefined) return null;
  next++;
  const adjective = wordAt(tokens, next) ?? '';
  let offset: number;
  if (!isThis && PAST_WORDS.has(adjective)) {
    offset = -1;
    next++;
  } else if (!isThis && CURRENT_WORDS.has(adjective)) {
    offset = 0;
    next++;
  } else if (isThis || hasEdge) {
    // «العام» alone is also «الأمين العام» and «الرأي العام»: read it only as «هذا العام» or «مطلع العام».
    offset = 0;
  } else {
    return null;
  }
  return { next, resolve: resolveRelative((published) => resolvePeriod(published, period, offset)) };
}

/**
 * Reads a period counted back from publication, with an optional preposition: «الأسبوع الماضي»
 * (the 7 days before, precision week), «الشهر الفائت» (the previous calendar month), «العام
 * الماضي», «خلال الأشهر الماضية» (~90 days, range), «الأشهر الماضي» (sic), «خلال الساعات الماضية»
 * (the day), «مؤخراً» / «في الآونة الأخيرة» (~30 days), «مطلع العام» (the whole current year).
 */
export function readPeriodPhrase(tokens: readonly Token[], index: number): TimeReading | null {
  const afterPreposition = readAnyWords(tokens, index, PERIOD_PREPOSITIONS);
  if (afterPreposition !== null) {
    const reading = readPeriodAfterPreposition(tokens, afterPreposition);
    if (reading !== null) return reading;
  }
  return readPeriodAfterPreposition(tokens, index);
}
