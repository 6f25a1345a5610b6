// Finds the boilerplate lines of Arabic news pages: share buttons, bylines, datelines and "read also" links.
import type { Span } from '../../domain/extraction.js';
import { classifyCodePointAt, classifyUnit, isLetterOrDigitClass, PAIR } from './char-classes.js';
import { decodeUnits } from './decode-units.js';
import { NextOfAny } from './next-of-any.js';
import { foldKeyUnits, normalizeKey } from './normalize.js';
import { trimmedEnd, trimmedStart } from './sentences.js';

const keysOf = (phrases: string[]): Set<string> => new Set(phrases.map(normalizeKey));

/** Words of share-button rows, in English and Arabic; a row may also hold {@link SHARE_FILLERS}. */
export const SHARE_WORDS = keysOf([
  'Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'X', 'Email', 'E', 'Mail', 'Print', 'Share', 'Tweet',
  'LinkedIn', 'Messenger', 'Pinterest', 'Reddit', 'Instagram', 'YouTube', 'Copy', 'Link', 'Follow',
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'آب', 'تلغرام', 'تليغرام', 'تيليغرام', 'تلجرام',
  'تيليجرام', 'إنستغرام', 'انستجرام', 'يوتيوب', 'لينكدإن', 'لينكد', 'إن', 'إكس', 'بريد', 'إلكتروني',
  'البريد', 'الإلكتروني', 'طباعة', 'اطبع', 'مشاركة', 'شارك', 'شاركها', 'نسخ', 'الرابط', 'إرسال',
  'أرسل', 'غرد', 'تابعونا', 'تابعنا',
]);
export const SHARE_FILLERS = keysOf(['على', 'عبر', 'في', 'via', 'on', 'us', 'the', 'this', 'article', 'الخبر', 'المقال', 'هذا']);

/** Openings of lines that link to other articles; the whole line is noise, however long. */
export const READ_ALSO_OPENINGS = [
  'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'اقرأ أكثر', 'شاهد أيضاً', 'طالع أيضاً', 'انظر أيضاً',
  'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'اخترنا لك', 'read also', 'read more', 'see also',
].map(normalizeKey);

/** Labels of credit lines; they count only when a colon follows («تحرير:», not «تحرير الشام»). */
export const CREDIT_LABELS = [
  'إعداد', 'تحرير', 'المصدر', 'مصدر', 'كتب', 'كتبه', 'كتبت', 'بقلم', 'ترجمة', 'تقرير', 'متابعة', 'تصوير',
  'الكاتب', 'المحرر', 'المراسل', 'الصورة', 'صورة', 'source', 'by', 'photo', 'editing', 'reporting',
].map(normalizeKey);
/** «بقلم» ("by the pen of") is a credit even without a colon. */
export const PEN_LABEL = normalizeKey('بقلم');

/** First words of the credit side of «place - credit» or «credit - outlet» bylines. */
export const BYLINE_CREDITS = keysOf(['خاص', 'مراسلنا', 'مراسلتنا', 'مراسل', 'مراسلة', 'المراسل', 'وكالات', 'متابعات']);
export const NEWS_AGENCIES = keysOf([
  'رويترز', 'فرانس برس', 'أ ف ب', 'الأناضول', 'سانا', 'أسوشيتد برس', 'د ب أ', 'Reuters', 'AFP', 'AP', 'DPA', 'SANA',
]);

/** Words of datelines: weekdays, Levantine, Egyptian, Maghrebi and Hijri months, update stamps. */
export const DATE_WORDS = keysOf([
  'الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'أيام',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الأول', 'الثاني',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'ماي', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'يوليوز',
  'أغسطس', 'غشت', 'سبتمبر', 'شتنبر', 'أكتوبر', 'نوفمبر', 'نونبر', 'ديسمبر', 'دجنبر', 'محرم', 'صفر', 'ربيع',
  'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'القعدة', 'الحجة', 'الآخر', 'الآخرة', 'الأولى',
  'آخر', 'تحديث', 'التحديث', 'نشر', 'تاريخ', 'النشر', 'منذ', 'في', 'الساعة', 'ساعة', 'ساعات', 'دقيقة',
  'دقائق', 'م', 'هـ', 'ص', 'مساء', 'صباحا', 'GMT', 'UTC', 'am', 'pm', 'updated', 'published', 'last', 'update',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
/** Separators of the two sides of a byline: - – — | / (whitespace around them is not part of a side's words). */
const BYLINE_SEPARATORS = new Set([0x2d, 0x2013, 0x2014, 0x7c, 0x2f]);
const MAXIMUM_BYLINE_WORDS = 6;
const MAXIMUM_SHARE_WORDS = 8;
const MAXIMUM_DATELINE_PARTS = 14;

const LONGEST_OPENING = Math.max(...READ_ALSO_OPENINGS.map((opening) => opening.length));
const OPEN_BRACKETS = new Set([0x28, 0x5b, 0x7b]);
const CLOSE_BRACKETS = new Set([0x29, 0x5d, 0x7d]);

// The tests below read a line's key as code units, in runs of one class, instead of matching
// regular expressions with Unicode properties: they run for every short line of every report,
// and the expressions cost several microseconds a line.

/** Whether `units[from, to)` are exactly the units of `word`. */
function unitsAre(word: string, units: Uint16Array, from: number, to: number): boolean {
  if (to - from !== word.length) return false;
  for (let k = from; k < to; k++) if (word.charCodeAt(k - from) !== units[k]) return false;
  return true;
}

/**
 * Whether the key `units[from, to)` starts with a «read also» opening that ends there or is
 * followed by a unit that is not a letter or digit.
 */
function startsReadAlso(units: Uint16Array, from: number, to: number): boolean {
  for (const opening of READ_ALSO_OPENINGS) {
    const end = from + opening.length;
    if (end > to || !unitsAre(opening, units, from, end)) continue;
    if (end === to || !isLetterOrDigitClass(classifyUnit(units[end] ?? 0))) return true;
  }
  return false;
}

/** The runs of letters and digits (`[\p{L}\p{N}]+`) of the key `units[from, to)`, as slices of `key`, its string. */
function wordsOf(units: Uint16Array, from: number, to: number, key: string, keyStart: number): string[] {
  const words: string[] = [];
  let wordStart = -1;
  for (let at = from; at < to; ) {
    const wordClass = classifyCodePointAt(units, to, at);
    const isWordCharacter = isLetterOrDigitClass(wordClass & ~PAIR);
    if (isWordCharacter && wordStart < 0) wordStart = at;
    if (!isWordCharacter && wordStart >= 0) {
      words.push(key.slice(wordStart - keyStart, at - keyStart));
      wordStart = -1;
    }
    at += wordClass & PAIR ? 2 : 1;
  }
  if (wordStart >= 0) words.push(key.slice(wordStart - keyStart, to - keyStart));
  return words;
}

// The character classes of datelines: runs of ASCII digits, and runs of anything but digits,
// whitespace, punctuation and symbols («2023م» is two parts). Cached per BMP unit.
const NOT_A_PART = 1;
const DIGITS = 2;
const LETTERS = 3;
const partClasses = new Uint8Array(0x10000);
const SPACE_PUNCTUATION_OR_SYMBOL = /^[\s\p{P}\p{S}]$/u;

function classifyPartCharacter(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return DIGITS;
  return SPACE_PUNCTUATION_OR_SYMBOL.test(String.fromCodePoint(codePoint)) ? NOT_A_PART : LETTERS;
}

/** The part class of the code point at `at` of `units`, plus {@link PAIR} when it takes two units. */
function partClassAt(units: Uint16Array, to: number, at: number): number {
  const code = units[at] ?? 0;
  const low = at + 1 < to ? (units[at + 1] ?? 0) : 0;
  if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
    return classifyPartCharacter(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) | PAIR;
  }
  let partClass = partClasses[code] ?? 0;
  if (partClass === 0) partClasses[code] = partClass = classifyPartCharacter(code);
  return partClass;
}

/**
 * «الأحد 11 حزيران 2023 | آخر تحديث 18:40», «نشر في 14/03/2024», «منذ 3 ساعات»: a line of at most
 * 14 parts (runs of digits, runs of letters), all numbers or {@link DATE_WORDS}, with a number and
 * a word or three numbers.
 */
function isDateline(units: Uint16Array, from: number, to: number, key: string): boolean {
  let parts = 0;
  let numbers = 0;
  for (let at = from; at < to; ) {
    const partClass = partClassAt(units, to, at) & ~PAIR;
    if (partClass === NOT_A_PART) {
      at += partClassAt(units, to, at) & PAIR ? 2 : 1;
      continue;
    }
    const start = at;
    while (at < to) {
      const next = partClassAt(units, to, at);
      if ((next & ~PAIR) !== partClass) break;
      at += next & PAIR ? 2 : 1;
    }
    parts += 1;
    if (parts > MAXIMUM_DATELINE_PARTS) return false;
    if (partClass === DIGITS) numbers += 1;
    else if (!DATE_WORDS.has(key.slice(start - from, at - from))) return false;
  }
  return numbers > 0 && (numbers >= 3 || numbers < parts);
}

function isShareRow(words: string[]): boolean {
  const allShare = words.every((word) => SHARE_WORDS.has(word) || SHARE_FILLERS.has(word));
  return allShare && words.length <= MAXIMUM_SHARE_WORDS && words.some((word) => SHARE_WORDS.has(word));
}

/** «تحرير: فلان», «المصدر: SY24», «بقلم فلان» (the caller checks the length). */
function isCreditLine(key: string): boolean {
  return CREDIT_LABELS.some((label) => {
    if (!key.startsWith(label)) return false;
    const rest = key.slice(label.length).trimStart();
    return rest.startsWith(':') || (label === PEN_LABEL && rest.length > 0 && key.charAt(label.length) === ' ');
  });
}

/**
 * «خاص - SY24», «حلب – خاص», «درعا - مراسلنا», «بيروت - رويترز», «خاص», «خاص بـ عنب بلدي» (the
 * caller checks the length): sides split at {@link BYLINE_SEPARATORS}, one of which starts with a
 * credit or is a news agency.
 */
function isByline(units: Uint16Array, from: number, to: number, key: string, words: string[]): boolean {
  if (words[0] === 'خاص' && words.length <= 4) return true;
  let sideStart = from;
  let sides = 0;
  for (let at = from; at <= to; at++) {
    if (at < to && !BYLINE_SEPARATORS.has(units[at] ?? 0)) continue;
    if (at === to && sides === 0) return false; // no separator: one side
    const side = wordsOf(units, sideStart, at, key, from);
    if (BYLINE_CREDITS.has(side[0] ?? '') || NEWS_AGENCIES.has(side.join(' '))) return true;
    sides += 1;
    sideStart = at + 1;
  }
  return false;
}

/**
 * Lines of more than this many space-separated chunks cannot be share rows, bylines or
 * datelines (at most 14 words), so only their opening is normalized, to look for «اقرأ أيضاً».
 * This keeps long paragraphs cheap.
 */
const MOST_CHUNKS_OF_A_SHORT_LINE = 16;
/** What ends a line: line feed, carriage return, and the Unicode line and paragraph separators. */
const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'];
const OPENING_LENGTH = 60;

/** Whether `text[from, to)` has more than `limit` runs of non-space characters, counting no further. */
function hasMoreChunksThan(text: string, from: number, to: number, limit: number): boolean {
  let chunks = 0;
  let inChunk = false;
  for (let i = from; i < to; i++) {
    const isSpace = text.charCodeAt(i) <= 0x20;
    if (!isSpace && !inChunk && ++chunks > limit) return true;
    inChunk = !isSpace;
  }
  return false;
}

/** Whether one trimmed line is boilerplate rather than report text. */
export function isNoiseLine(line: string): boolean {
  return isNoiseRange(line, 0, line.length);
}

/** {@link isNoiseLine} of the trimmed line `text[start, end)`, read in place rather than sliced. */
function isNoiseRange(text: string, start: number, end: number): boolean {
  if (hasMoreChunksThan(text, start, end, MOST_CHUNKS_OF_A_SHORT_LINE)) {
    // Only as much of the key as the longest opening and the unit after it.
    const opening = foldKeyUnits(text, start, Math.min(end, start + OPENING_LENGTH), LONGEST_OPENING + 1);
    return startsReadAlso(opening.units, 0, opening.size);
  }
  // The key without leading opening or trailing closing brackets: «(خاص)».
  const { units, size } = foldKeyUnits(text, start, end);
  let from = 0;
  let to = size;
  while (from < to && OPEN_BRACKETS.has(units[from] ?? 0)) from++;
  while (to > from && CLOSE_BRACKETS.has(units[to - 1] ?? 0)) to--;
  if (startsReadAlso(units, from, to)) return true;
  const key = decodeUnits(units.subarray(from, to));
  const words = wordsOf(units, from, to, key, from);
  if (words.length === 0) return false;
  if (isShareRow(words) || isDateline(units, from, to, key)) return true;
  return words.length <= MAXIMUM_BYLINE_WORDS && (isCreditLine(key) || isByline(units, from, to, key, words));
}

/**
 * The boilerplate lines of `text` as trimmed spans of it: share-button rows; credit lines and
 * bylines of at most six words («تحرير: …», «المصدر: …», «place - خاص», «خاص - outlet»);
 * datelines made only of date words and numbers (up to 14 of them); «اقرأ أيضاً» links.
 * The patterns are those of Arabic news sites in general, judged on the matching form of each
 * line, so harakat, tatweel and letter variants do not matter.
 * Lines with no letter or digit are not reported. Never throws.
 *
 * Lines are judged in place and only noise lines are sliced: a string per line copied the whole
 * text, and on a 5 MB report all those strings lived until the last line was judged.
 */
export function findNoiseLines(text: string): Span[] {
  const lines: Span[] = [];
  const lineBreaks = new NextOfAny(text, LINE_BREAKS);
  for (let start = 0; start <= text.length; ) {
    const found = lineBreaks.at(start);
    const end = found < 0 ? text.length : found;
    const from = trimmedStart(text, start, end);
    const to = trimmedEnd(text, from, end);
    if (from < to && isNoiseRange(text, from, to)) lines.push({ text: text.slice(from, to), start: from, end: to });
    start = end + 1;
  }
  return lines;
}
