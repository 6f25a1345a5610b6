/** Reads «قبل/منذ ثلاثة أيام», «قبل يومين», «قبل أيام», «منذ أسبوع», «قبل شهرين», «قبل عام». */
import { readQuantityAt } from '../numbers/parse-arabic-number.js';
import type { Token } from '../numbers/tokenize-normalized.js';
import { findMonth, findYear, toCalendarDate } from './calendar-days.js';
import { ONE_WORD_MONTHS, WEEKDAYS } from './time-words.js';
import { makeInterval, resolveRelative, wordAt, type ResolvedTime, type TimeReading } from './time-reading.js';

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A unit word and the count it carries by itself: 1 (singular), 2 (dual) or null (plural). */
const UNIT_WORDS: ReadonlyMap<string, { unit: Unit; ownCount: number | null }> = new Map([
  ['ساعه', { unit: 'hour', ownCount: 1 }], ['ساعتين', { unit: 'hour', ownCount: 2 }], ['ساعتان', { unit: 'hour', ownCount: 2 }],
  ['ساعات', { unit: 'hour', ownCount: null }],
  ['يوم', { unit: 'day', ownCount: 1 }], ['يوما', { unit: 'day', ownCount: 1 }], ['يومين', { unit: 'day', ownCount: 2 }],
  ['يومان', { unit: 'day', ownCount: 2 }], ['ايام', { unit: 'day', ownCount: null }],
  ['اسبوع', { unit: 'week', ownCount: 1 }], ['اسبوعا', { unit: 'week', ownCount: 1 }], ['اسبوعين', { unit: 'week', ownCount: 2 }],
  ['اسبوعان', { unit: 'week', ownCount: 2 }], ['اسابيع', { unit: 'week', ownCount: null }],
  ['شهر', { unit: 'month', ownCount: 1 }], ['شهرا', { unit: 'month', ownCount: 1 }], ['شهرين', { unit: 'month', ownCount: 2 }],
  ['شهران', { unit: 'month', ownCount: 2 }], ['اشهر', { unit: 'month', ownCount: null }], ['شهور', { unit: 'month', ownCount: null }],
  ['عام', { unit: 'year', ownCount: 1 }], ['عاما', { unit: 'year', ownCount: 1 }], ['عامين', { unit: 'year', ownCount: 2 }],
  ['عامان', { unit: 'year', ownCount: 2 }], ['اعوام', { unit: 'year', ownCount: null }], ['سنه', { unit: 'year', ownCount: 1 }],
  ['سنتين', { unit: 'year', ownCount: 2 }], ['سنتان', { unit: 'year', ownCount: 2 }], ['سنوات', { unit: 'year', ownCount: null }],
]);

/**
 * Vague spans ago, in days before publication: «قبل أيام» is 2–7 days ago (not "yesterday",
 * not "last week"), «قبل أسابيع» 1–5 weeks, «قبل أشهر» 1–12 months. «منذ سنوات» is left
 * unread: it dates nothing.
 */
const VAGUE_SPANS: Partial<Record<Unit, { nearest: number; farthest: number }>> = {
  day: { nearest: 2, farthest: 7 },
  week: { nearest: 7, farthest: 35 },
  month: { nearest: 30, farthest: 365 },
};

/** After «قبل يوم» these make it "before the day of …", not "a day ago": «قبل يوم الخميس», «قبل عام 2018». */
function startsAnotherDate(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.kind === 'digits') return true;
  return token.kind === 'word' && (WEEKDAYS.has(token.text) || ONE_WORD_MONTHS.has(token.text) || token.text === 'امس');
}

/** Words an ago phrase can start with. */
export const AGO_PHRASE_START_WORDS: ReadonlySet<string> = new Set(['قبل', 'منذ']);

function resolveCount(published: number, unit: Unit, count: number): ResolvedTime {
  switch (unit) {
    case 'hour': {
      // Hours ago are today unless they reach back past a day.
      const days = Math.ceil(count / 24);
      return days <= 1 ? makeInterval(published, published, 'day') : makeInterval(published - days, published, 'range');
    }
    case 'day':
      return makeInterval(published - count, published - count, 'day');
    case 'week': {
      // «قبل أسبوع» is about a week ago: the week around that day.
      const centre = published - 7 * count;
      return makeInterval(centre - 3, centre + 3, 'week');
    }
    case 'month': {
      const month = findMonth(published, -count);
      return makeInterval(month.from, month.to, 'month');
    }
    case 'year': {
      const year = findYear(toCalendarDate(published).year - count);
      return makeInterval(year.from, year.to, 'year');
    }
  }
}

/**
 * Words after «من» that make «قبل يومين من …» count from another event, not from publication:
 * «قبل يومين من ذلك», «قبل أسبوع من موعد الانتخابات». Other words after «من» are places or
 * sources («قبل أيام من القرية») and do not stop the reading.
 */
const OTHER_EVENT_AFTER_FROM: ReadonlySet<string> = new Set([
  'ذلك', 'هذا', 'هذه', 'تلك', 'موعد', 'بدء', 'بدايه', 'انطلاق', 'اندلاع', 'وقوع', 'انتهاء', 'نهايه', 'تاريخ',
  'حلول', 'اعلان', 'الانتخابات', 'الهجوم', 'الحادثه', 'العمليه', 'الاتفاق', 'مقتله', 'مقتلها', 'اغتياله',
  'اعتقاله', 'اختطافه', 'وفاته', 'وصول', 'وصوله', 'عيد', 'شهر', 'رمضان', 'الانفجار', 'التفجير', 'الزياره',
]);

/**
 * Reads «قبل|منذ» + a count + a unit. «منذ ثلاثة أيام» is three days ago in news usage. A phrase
 * that counts from another event («قبل يومين من ذلك», see {@link OTHER_EVENT_AFTER_FROM}) is not
 * read.
 */
export function readAgoPhrase(tokens: readonly Token[], index: number): TimeReading | null {
  const lead = wordAt(tokens, index);
  if (lead !== 'قبل' && lead !== 'منذ') return null;
  let next = index + 1;
  let count: number | null = null;
  const quantity = readQuantityAt(tokens, next);
  if (quantity !== null) {
    count = quantity.value;
    next = quantity.next;
  }
  const unitWord = UNIT_WORDS.get(wordAt(tokens, next) ?? '');
  if (unitWord === undefined) return null;
  next++;
  if (quantity === null) count = unitWord.ownCount;
  else if (quantity.value !== null && unitWord.ownCount === 2) return null;
  if (quantity === null && unitWord.ownCount === 1) {
    if (startsAnotherDate(tokens, next)) return null;
    if (wordAt(tokens, next) === 'واحد') next++;
  }
  if (count === null && (wordAt(tokens, next) === 'قليله' || wordAt(tokens, next) === 'معدوده')) next++;
  if (wordAt(tokens, next) === 'من' && OTHER_EVENT_AFTER_FROM.has(wordAt(tokens, next + 1) ?? '')) return null;
  const { unit } = unitWord;
  if (count !== null) {
    const exact = count;
    return { next, resolve: resolveRelative((published) => resolveCount(published, unit, exact)) };
  }
  if (unit === 'hour') return { next, resolve: resolveRelative((published) => makeInterval(published, published, 'day')) };
  const span = VAGUE_SPANS[unit];
  if (span === undefined) return null;
  return { next, resolve: resolveRelative((published) => makeInterval(published - span.farthest, published - span.nearest, 'range')) };
}
