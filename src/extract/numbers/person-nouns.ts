/** Nouns for the people a casualty count counts, in normalized spelling, and how to read their number. */

/**
 * Singular person nouns whose plural is broken (عنصر → عناصر, جندي → جنود): their ين form can
 * only be the dual. Nouns ending in ه (ة) take the dual with ت (امرأتين).
 */
const BROKEN_PLURAL_SINGULARS: ReadonlySet<string> = new Set([
  'عنصر', 'جندي', 'شخص', 'طفل', 'طفله', 'قتيل', 'قتيله', 'جريح', 'جريحه', 'شاب', 'شابه', 'رجل',
  'امراه', 'ضابط', 'فرد', 'شهيد', 'حارس', 'شرطي', 'صبي', 'فتاه', 'سيده', 'ولد', 'شقيق', 'طبيب',
  'مختار', 'قائد', 'راع', 'مهندس', 'مدنيه', 'عسكريه',
]);

/**
 * Singular person nouns whose plural also ends in ين (مقاتلين, مدنيين): the ين form is ambiguous
 * between dual and plural, so only the ان form (مقاتلان, مدنيان) counts as a dual.
 */
const SOUND_PLURAL_SINGULARS: ReadonlySet<string> = new Set([
  'مقاتل', 'مدني', 'عسكري', 'مسلح', 'مواطن', 'سائق', 'مرافق', 'قيادي', 'مسعف', 'صحفي', 'ناشط',
  'مزارع', 'عامل', 'متطوع', 'مطلوب', 'معتقل', 'مقاول', 'موظف', 'مسن', 'مصاب',
]);

function isSingular(word: string): boolean {
  return BROKEN_PLURAL_SINGULARS.has(word) || SOUND_PLURAL_SINGULARS.has(word);
}

/** Plural person nouns that may follow a count («ثلاثة عناصر», «12 عنصراً» → عنصرا is singular). */
const PLURAL_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'عناصر', 'مقاتلين', 'مقاتلون', 'جنود', 'اشخاص', 'مدنيين', 'مدنيون', 'اطفال', 'قتلي', 'جرحي', 'شبان',
  'شباب', 'رجال', 'نساء', 'عسكريين', 'عسكريون', 'ضباط', 'مسلحين', 'مسلحون', 'افراد', 'مواطنين',
  'مواطنون', 'شهداء', 'سائقين', 'قياديين', 'قياديون', 'مسعفين', 'صحفيين', 'ناشطين', 'عمال', 'مزارعين',
  'متطوعين', 'مطلوبين', 'معتقلين', 'موظفين', 'حراس', 'اطباء', 'مصابين', 'مصابون', 'فتيات', 'ضحايا',
  'اشقاء', 'اولاد', 'نسمه', 'مهاجرين', 'لاجئين', 'نازحين', 'مدنيات',
]);

/**
 * The word as written, and without a leading «و» and/or «ال» («والعنصرين» → «عنصرين»). The bare
 * word comes first, so «ولدين» is still tried as written.
 */
function candidateForms(word: string): string[] {
  const forms = [word];
  const withoutAnd = word.startsWith('و') ? word.slice(1) : word;
  if (withoutAnd !== word) forms.push(withoutAnd);
  if (withoutAnd.startsWith('ال')) forms.push(withoutAnd.slice(2));
  return forms;
}

/** The stem a dual ending attaches to: «عنصر» → عنصر(ان), «امراه» → امرات(ان). */
function dualStem(singular: string): string {
  return singular.endsWith('ه') ? `${singular.slice(0, -1)}ت` : singular;
}

/** {@link dualStem} of each broken-plural singular, built once: the test runs on words after every cue. */
const BROKEN_PLURAL_DUAL_STEMS: ReadonlySet<string> = new Set([...BROKEN_PLURAL_SINGULARS].map(dualStem));

/** Duals in the nominative (ان) and the oblique (ين); see {@link SOUND_PLURAL_SINGULARS} for why ين may not count. */
function isDualForm(form: string): boolean {
  for (const ending of ['ان', 'ين']) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, -ending.length);
    if (BROKEN_PLURAL_DUAL_STEMS.has(stem)) return true;
    if (ending === 'ان' && SOUND_PLURAL_SINGULARS.has(stem)) return true;
  }
  return false;
}

function isSingularForm(form: string): boolean {
  if (isSingular(form)) return true;
  for (const ending of ['ا', 'ها', 'ه']) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, -ending.length);
    if (isSingular(stem)) return true;
    // A ة-final noun with a possessive is written with ت: «طفلته».
    if (ending !== 'ا' && stem.endsWith('ت') && isSingular(`${stem.slice(0, -1)}ه`)) return true;
  }
  return false;
}

/**
 * True when `word` is the dual of a known person noun: «عنصرين», «جريحان», «قتيلين»,
 * «امرأتين», «مدنيان». False for «مدنيين» and «مقاتلين», which are plurals as well. Construct-state
 * duals («عنصرا الحاجز») drop the ن and are too ambiguous to read.
 */
export function readDualPersonNoun(word: string): boolean {
  return candidateForms(word).some(isDualForm);
}

/**
 * True when `word` is a singular person noun, bare, with «ال», with tanween alef (عنصراً) or with a
 * singular possessive (سائقها, مرافقه): each counts one person («إصابة سائقها» → 1).
 */
export function isSingularPersonNoun(word: string): boolean {
  return candidateForms(word).some(isSingularForm);
}

/** True when `word` is a plural person noun that may follow a count, with or without «ال». */
export function isPluralPersonNoun(word: string): boolean {
  return candidateForms(word).some((form) => PLURAL_PERSON_NOUNS.has(form));
}
