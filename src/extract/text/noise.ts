// Finds the boilerplate lines of Arabic news pages: share buttons, bylines, datelines and "read also" links.
import type { Span } from '../../domain/extraction.js';
import { normalizeKey } from './normalize.js';
import { pushTrimmedSpan } from './sentences.js';

const keysOf = (phrases: string[]): Set<string> => new Set(phrases.map(normalizeKey));

/** Words of share-button rows, in English and Arabic; a row may also hold {@link SHARE_FILLERS}. */
const SHARE_WORDS = keysOf([
  'Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'X', 'Email', 'E', 'Mail', 'Print', 'Share', 'Tweet',
  'LinkedIn', 'Messenger', 'Pinterest', 'Reddit', 'Instagram', 'YouTube', 'Copy', 'Link', 'Follow',
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'آب', 'تلغرام', 'تليغرام', 'تيليغرام', 'تلجرام',
  'تيليجرام', 'إنستغرام', 'انستجرام', 'يوتيوب', 'لينكدإن', 'لينكد', 'إن', 'إكس', 'بريد', 'إلكتروني',
  'البريد', 'الإلكتروني', 'طباعة', 'اطبع', 'مشاركة', 'شارك', 'شاركها', 'نسخ', 'الرابط', 'إرسال',
  'أرسل', 'غرد', 'تابعونا', 'تابعنا',
]);
const SHARE_FILLERS = keysOf(['على', 'عبر', 'في', 'via', 'on', 'us', 'the', 'this', 'article', 'الخبر', 'المقال', 'هذا']);

/** Openings of lines that link to other articles; the whole line is noise, however long. */
const READ_ALSO_OPENINGS = [
  'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'اقرأ أكثر', 'شاهد أيضاً', 'طالع أيضاً', 'انظر أيضاً',
  'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'اخترنا لك', 'read also', 'read more', 'see also',
].map(normalizeKey);

/** Labels of credit lines; they count only when a colon follows («تحرير:», not «تحرير الشام»). */
const CREDIT_LABELS = [
  'إعداد', 'تحرير', 'المصدر', 'مصدر', 'كتب', 'كتبه', 'كتبت', 'بقلم', 'ترجمة', 'تقرير', 'متابعة', 'تصوير',
  'الكاتب', 'المحرر', 'المراسل', 'الصورة', 'صورة', 'source', 'by', 'photo', 'editing', 'reporting',
].map(normalizeKey);
/** «بقلم» ("by the pen of") is a credit even without a colon. */
const PEN_LABEL = normalizeKey('بقلم');

/** First words of the credit side of «place - credit» or «credit - outlet» bylines. */
const BYLINE_CREDITS = keysOf(['خاص', 'مراسلنا', 'مراسلتنا', 'مراسل', 'مراسلة', 'المراسل', 'وكالات', 'متابعات']);
const NEWS_AGENCIES = keysOf([
  'رويترز', 'فرانس برس', 'أ ف ب', 'الأناضول', 'سانا', 'أسوشيتد برس', 'د ب أ', 'Reuters', 'AFP', 'AP', 'DPA', 'SANA',
]);
const BYLINE_SEPARATOR = /\s*[-–—|/]\s*/u;
const MAXIMUM_BYLINE_WORDS = 6;

/** Words of datelines: weekdays, Levantine, Egyptian, Maghrebi and Hijri months, update stamps. */
const DATE_WORDS = keysOf([
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
const NUMBER = /^\d+$/;
const WORD = /[\p{L}\p{N}]+/gu;
/** A number glued to a letter («2023م») is split so both halves can be judged. */
const NUMBER_OR_LETTERS = /\d+|[^\d\s\p{P}\p{S}]+/gu;

function isShareRow(words: string[]): boolean {
  const allShare = words.every((word) => SHARE_WORDS.has(word) || SHARE_FILLERS.has(word));
  return allShare && words.length <= 8 && words.some((word) => SHARE_WORDS.has(word));
}

function startsReadAlso(key: string): boolean {
  return READ_ALSO_OPENINGS.some(
    (opening) => key.startsWith(opening) && !/[\p{L}\p{N}]/u.test(key.charAt(opening.length)),
  );
}

/** «تحرير: فلان», «المصدر: SY24», «بقلم فلان» (the caller checks the length). */
function isCreditLine(key: string): boolean {
  return CREDIT_LABELS.some((label) => {
    if (!key.startsWith(label)) return false;
    const rest = key.slice(label.length).trimStart();
    return rest.startsWith(':') || (label === PEN_LABEL && rest.length > 0 && key.charAt(label.length) === ' ');
  });
}

/** «خاص - SY24», «حلب – خاص», «درعا - مراسلنا», «بيروت - رويترز», «خاص», «خاص بـ عنب بلدي» (the caller checks the length). */
function isByline(key: string, words: string[]): boolean {
  if (words[0] === 'خاص' && words.length <= 4) return true;
  const sides = key.split(BYLINE_SEPARATOR).map((side) => side.match(WORD) ?? []);
  if (sides.length < 2) return false;
  return sides.some((side) => BYLINE_CREDITS.has(side[0] ?? '') || NEWS_AGENCIES.has(side.join(' ')));
}

/** «الأحد 11 حزيران 2023 | آخر تحديث 18:40», «نشر في 14/03/2024», «منذ 3 ساعات». */
function isDateline(key: string): boolean {
  const parts = key.match(NUMBER_OR_LETTERS) ?? [];
  if (parts.length === 0 || parts.length > 14) return false;
  if (!parts.every((part) => NUMBER.test(part) || DATE_WORDS.has(part))) return false;
  const numbers = parts.filter((part) => NUMBER.test(part)).length;
  return numbers > 0 && (numbers >= 3 || numbers < parts.length);
}

/**
 * Lines of more than this many space-separated chunks cannot be share rows, bylines or
 * datelines (at most 14 words), so only their opening is normalized, to look for «اقرأ أيضاً».
 * This keeps long paragraphs cheap.
 */
const MOST_CHUNKS_OF_A_SHORT_LINE = 16;
const OPENING_LENGTH = 60;

/** Whether `line` has more than `limit` runs of non-space characters, counting no further. */
function hasMoreChunksThan(line: string, limit: number): boolean {
  let chunks = 0;
  let inChunk = false;
  for (let i = 0; i < line.length; i++) {
    const isSpace = line.charCodeAt(i) <= 0x20;
    if (!isSpace && !inChunk && ++chunks > limit) return true;
    inChunk = !isSpace;
  }
  return false;
}

/** Whether one trimmed line is boilerplate rather than report text. */
export function isNoiseLine(line: string): boolean {
  if (hasMoreChunksThan(line, MOST_CHUNKS_OF_A_SHORT_LINE)) {
    return startsReadAlso(normalizeKey(line.slice(0, OPENING_LENGTH)));
  }
  const key = normalizeKey(line).replace(/^[([{]+|[)\]}]+$/gu, '');
  const words = key.match(WORD) ?? [];
  if (words.length === 0) return false;
  const isShort = words.length <= MAXIMUM_BYLINE_WORDS;
  if (isShareRow(words) || startsReadAlso(key) || isDateline(key)) return true;
  return isShort && (isCreditLine(key) || isByline(key, words));
}

/**
 * The boilerplate lines of `text` as trimmed spans of it: share-button rows; credit lines and
 * bylines of at most six words («تحرير: …», «المصدر: …», «place - خاص», «خاص - outlet»);
 * datelines made only of date words and numbers (up to 14 of them); «اقرأ أيضاً» links.
 * The patterns are those of Arabic news sites in general, judged on the matching form of each
 * line, so harakat, tatweel and letter variants do not matter.
 * Lines with no letter or digit are not reported. Never throws.
 */
export function findNoiseLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    pushTrimmedSpan(lines, text, start, i);
    start = i + 1;
  }
  return lines.filter((line) => isNoiseLine(line.text));
}
