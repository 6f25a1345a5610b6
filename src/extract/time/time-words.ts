/** Arabic time vocabulary in normalized spelling (ة→ه, ى→ي, hamza on alef folded). */

/** Weekdays, 0 = Sunday as in {@link weekdayOf}. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
]);

/** «الماضي» and its synonyms, both genders: «الخميس الماضي», «الجمعة الماضية», «الشهر الفائت». */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'الماضي', 'الماضيه', 'الفائت', 'الفائته', 'المنصرم', 'المنصرمه', 'السابق', 'السابقه',
]);

/** «الجاري», «الحالي»: the current week, month or year. */
export const CURRENT_WORDS: ReadonlySet<string> = new Set(['الجاري', 'الجاريه', 'الحالي', 'الحاليه']);

/** Adjectives of «الأيام/الأشهر …» windows ending now; «الأشهر الماضي» (sic) occurs in real text. */
export const RECENT_WINDOW_WORDS: ReadonlySet<string> = new Set([
  ...PAST_WORDS, 'الاخيره', 'الاخير',
]);

/**
 * Parts of the day before a day word: «مساء أمس», «فجر اليوم», «ليل الثلاثاء». «عشية» (the eve) is
 * left out: «عشية الخميس» is Wednesday evening, and reading it as Thursday would be a wrong date.
 */
export const TIME_OF_DAY_PHRASES: ReadonlyArray<readonly string[]> = [
  ['بعد', 'منتصف', 'ليل'], ['بعد', 'منتصف', 'ليله'], ['منتصف', 'ليل'], ['منتصف', 'ليله'], ['بعد', 'ظهر'],
  ['مساء'], ['صباح'], ['فجر'], ['ليله'], ['ليل'], ['ظهر'], ['ظهيره'], ['عصر'], ['ضحي'], ['صبيحه'],
];

/** Words after «اليوم» that make it "the day" of a story, not today: «اليوم التالي», «ذلك اليوم». */
export const NOT_TODAY_AFTER: ReadonlySet<string> = new Set([
  'التالي', 'السابق', 'نفسه', 'ذاته', 'الاول', 'الثاني', 'الثالث', 'الاخير', 'الموالي', 'الذي', 'التي',
  'العالمي', 'الدولي', 'الوطني', 'المقبل', 'المحدد', 'الموعود',
]);
export const NOT_TODAY_BEFORE: ReadonlySet<string> = new Set(['في', 'ذلك', 'ذات', 'نفس', 'بذلك', 'لذلك']);

/** Month names, Levantine and Iraqi (one word or two) and Egyptian/Gulf, 1–12. */
export const ONE_WORD_MONTHS: ReadonlyMap<string, number> = new Map([
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
]);
export const TWO_WORD_MONTHS: ReadonlyMap<string, number> = new Map([
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['كانون الاول', 12], ['كانون اول', 12],
  ['تشرين الاول', 10], ['تشرين اول', 10], ['تشرين الثاني', 11], ['تشرين ثاني', 11],
]);

/** Month names that are also common words (آب "father" folds to «اب»), read only with a day, year or «شهر». */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['اب']);

/** Seasons and the months they span; winter runs from December of the year before. */
export const SEASONS: ReadonlyMap<string, { firstMonth: number; months: number }> = new Map([
  ['ربيع', { firstMonth: 3, months: 3 }], ['صيف', { firstMonth: 6, months: 3 }],
  ['خريف', { firstMonth: 9, months: 3 }], ['شتاء', { firstMonth: 0, months: 3 }],
]);

/** Words that narrow a period without moving it («مطلع العام», «أواخر عام 2017»); the period is kept whole. */
export const PERIOD_EDGE_WORDS: ReadonlySet<string> = new Set([
  'مطلع', 'بدايه', 'اوائل', 'اواخر', 'نهايه', 'منتصف', 'مستهل', 'اول', 'اخر', 'اواسط', 'اوسط',
]);

/** Words that introduce a year: «عام 2017», «العام 2017», «سنة 2017». */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'العام', 'سنه', 'السنه', 'لعام', 'لسنه']);
