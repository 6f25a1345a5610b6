/** Arabic number words in their normalized spelling (ة→ه, ى→ي, hamza on alef folded), by value. */

/** Units 1–10 in both genders and all cases; «احد»/«اثنا» alone are not here (see {@link TEEN_FIRST_WORDS}). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['واحد', 1], ['واحده', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['ثنتين', 2], ['ثنتان', 2],
  ['ثلاثه', 3], ['ثلاث', 3],
  ['اربعه', 4], ['اربع', 4],
  ['خمسه', 5], ['خمس', 5],
  ['سته', 6], ['ست', 6],
  ['سبعه', 7], ['سبع', 7],
  ['ثمانيه', 8], ['ثماني', 8], ['ثمان', 8],
  ['تسعه', 9], ['تسع', 9],
  ['عشره', 10], ['عشر', 10],
]);

/**
 * First words of 11 and 12, which only mean a number when «عشر/عشرة» follows: «أحد» alone is
 * "one of" (أحد المشايخ), not 1.
 */
export const TEEN_FIRST_WORDS: ReadonlyMap<string, number> = new Map([
  ['احد', 1], ['احدي', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
]);

export const TEEN_TEN_WORDS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['عشرون', 20], ['عشرين', 20],
  ['ثلاثون', 30], ['ثلاثين', 30],
  ['اربعون', 40], ['اربعين', 40],
  ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60],
  ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80],
  ['تسعون', 90], ['تسعين', 90],
]);

/** «مئة» and «مائة» spellings; «ثلاثمئة» written as one word is built from the unit stems. */
function buildHundredWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const hundred of ['مئه', 'مائه']) words.set(hundred, 100);
  for (const dual of ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مائتا', 'مئتي', 'مائتي']) words.set(dual, 200);
  const stems: Array<[string, number]> = [
    ['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9],
  ];
  for (const [stem, value] of stems) {
    words.set(`${stem}مئه`, value * 100);
    words.set(`${stem}مائه`, value * 100);
  }
  return words;
}

export const HUNDRED_WORDS: ReadonlyMap<string, number> = buildHundredWords();

/** A word that multiplies the number before it, or stands for its own value when alone («ألف»). */
export const MULTIPLIER_WORDS: ReadonlyMap<string, { alone: number; factor: number }> = new Map([
  ['الف', { alone: 1000, factor: 1000 }],
  ['الاف', { alone: 1000, factor: 1000 }],
  ['الفان', { alone: 2000, factor: 2000 }],
  ['الفين', { alone: 2000, factor: 2000 }],
  ['مليون', { alone: 1_000_000, factor: 1_000_000 }],
  ['ملايين', { alone: 1_000_000, factor: 1_000_000 }],
]);

/**
 * Vague amounts and the conservative floor ACLED's conventions assign them: «عشرات» (tens) → 10,
 * «مئات» → 100, «آلاف» → 1000. Null means a vague amount with no floor («بضعة», «عدة»).
 */
export const VAGUE_AMOUNT_WORDS: ReadonlyMap<string, number | null> = new Map([
  ['عشرات', 10], ['العشرات', 10],
  ['مئات', 100], ['المئات', 100],
  ['الالاف', 1000],
  ['بضعه', null], ['بضع', null], ['عده', null],
]);

/**
 * Phrases that hedge the number after them («أكثر من 20» → 20, vague): the number is kept as a
 * floor or an estimate and the reading is marked vague.
 */
export const NUMBER_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['ما', 'لا', 'يقل', 'عن'],
  ['لا', 'يقل', 'عن'],
  ['ما', 'يزيد', 'عن'],
  ['ما', 'يزيد', 'علي'],
  ['ما', 'يربو', 'علي'],
  ['ما', 'يقارب'],
  ['اكثر', 'من'],
  ['ازيد', 'من'],
  ['يقارب'],
  ['نحو'],
  ['حوالي'],
  ['قرابه'],
  ['زهاء'],
];
