/** The scorer's normal forms of a name and when two forms match (dev corpus README, "How matching works"). */

// NFKC leaves harakat, shadda, sukun, dagger alef and Quranic marks as combining marks (Mn).
const COMBINING_MARKS = /\p{Mn}/gu;
// Bidi marks and zero-width joiners are invisible in the text and must not split or join words.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const TATWEEL = /\u0640/gu;
const ALEF_VARIANTS = /[\u0623\u0625\u0622\u0671]/gu; // أ إ آ ٱ
const ALEF_MAQSURA = /\u0649/gu; // ى
const TA_MARBUTA = /\u0629/gu; // ة
const PUNCTUATION_AND_SYMBOLS = /[\p{P}\p{S}]/gu; // quotes, «», ،, –, (), …
const WHITESPACE = /\s+/gu;

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARTICLES = ['', 'ال', 'لل'];
// Every way to write one clitic cluster, longest first, so «للفرقة» loses «لل» rather than «ل».
const CLITIC_CLUSTERS = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.flatMap((preposition) => ARTICLES.map((article) => conjunction + preposition + article)),
)
  .filter((cluster, index, all) => cluster !== '' && all.indexOf(cluster) === index)
  .sort((a, b) => b.length - a.length);

const MINIMUM_CONTAINED_LENGTH = 3;

/**
 * The first normal form: NFKC, no diacritics or tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه, quotes and
 * punctuation as spaces, single spaces, lower case. Returns '' for a string of punctuation only.
 */
export function normalizeForm(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(COMBINING_MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_VARIANTS, 'ا')
    .replace(ALEF_MAQSURA, 'ي')
    .replace(TA_MARBUTA, 'ه')
    .replace(PUNCTUATION_AND_SYMBOLS, ' ')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * The second normal form of an already normalized string: every word longer than 4 letters loses
 * one leading clitic cluster (و/ف, then ب/ل/ك, then ال/لل), the longest that fits, so that
 * «والدردارة» and «الدردارة» both become «درداره». Shorter words are kept whole because in them the
 * letters are more often part of the stem (لفرع, ولد).
 */
export function stripClitics(normalized: string): string {
  return normalized
    .split(' ')
    .map((word) => {
      if ([...word].length <= 4) return word;
      const cluster = CLITIC_CLUSTERS.find((candidate) => word.startsWith(candidate) && candidate.length < word.length);
      return cluster === undefined ? word : word.slice(cluster.length);
    })
    .join(' ');
}

/** Both normal forms of a raw name, without duplicates or empty strings. */
export function listForms(raw: string): string[] {
  const normalized = normalizeForm(raw);
  if (normalized === '') return [];
  const stripped = stripClitics(normalized);
  return stripped === normalized ? [normalized] : [normalized, stripped];
}

/**
 * Whether two normalized forms match: they are equal, or the shorter one (at least 3 characters)
 * occurs inside the longer one as whole words. Empty forms match nothing.
 */
export function formsMatch(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = [...a].length <= [...b].length ? [a, b] : [b, a];
  if ([...shorter].length < MINIMUM_CONTAINED_LENGTH) return false;
  return ` ${longer} `.includes(` ${shorter} `);
}

/** Whether two raw names match through any of their normal forms. */
export function namesMatch(a: string, b: string): boolean {
  const formsOfB = listForms(b);
  return listForms(a).some((formOfA) => formsOfB.some((formOfB) => formsMatch(formOfA, formOfB)));
}
