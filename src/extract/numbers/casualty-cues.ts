/** Words that announce the killed and the injured, in normalized spelling, and how each one takes its count. */
import { WordSieve } from './word-sieve.js';

export type CasualtyKind = 'killed' | 'injured' | 'both';

/**
 * How a cue finds its count:
 * - `event`: the count follows («مقتل ثلاثة عناصر», «أصيب سبعة آخرون»);
 * - `noun`: the count comes before («3 قتلى», «عشرات الجرحى»), else the noun counts itself
 *   (`ownCount`: «قتيل» → 1, «جريحان» → 2, «قتلى» → some, vague);
 * - `pronoun`: the count is in the attached pronoun («مقتله» → 1, «إصابتهم» → some, vague);
 * - `negatedOnly`: a cue only when negated («دون وقوع ضحايا», «لم يصب أحد»).
 */
export type CueRole = 'event' | 'noun' | 'pronoun' | 'negatedOnly';

export interface CasualtyCue {
  kind: CasualtyKind;
  role: CueRole;
  /** For `noun` and `pronoun` cues: the count the word carries on its own (null: some, vague). */
  ownCount?: number | null;
  /** Whether «ال» may be attached; verbal nouns with «ال» («القتل») are generic, not a report. */
  takesArticle: boolean;
}

const event = (kind: CasualtyKind): CasualtyCue => ({ kind, role: 'event', takesArticle: false });
const noun = (kind: CasualtyKind, ownCount: number | null): CasualtyCue => ({ kind, role: 'noun', ownCount, takesArticle: true });
const pronoun = (kind: CasualtyKind, ownCount: number | null): CasualtyCue => ({ kind, role: 'pronoun', ownCount, takesArticle: false });
const negatedOnly = (kind: CasualtyKind): CasualtyCue => ({ kind, role: 'negatedOnly', takesArticle: true });

/** Pronoun suffixes and the count they carry: his/her → 1, their (two) → 2, their → some. */
const PRONOUN_COUNTS: ReadonlyArray<[string, number | null]> = [['ه', 1], ['ها', 1], ['هما', 2], ['هم', null], ['هن', null]];

function withPronouns(entries: Array<[string, CasualtyCue]>, stem: string, kind: CasualtyKind): void {
  for (const [suffix, count] of PRONOUN_COUNTS) entries.push([`${stem}${suffix}`, pronoun(kind, count)]);
}

function buildCues(): Map<string, CasualtyCue> {
  const entries: Array<[string, CasualtyCue]> = [];
  // «قتله» is left out on purpose: after ة→ه it is also «قتلة» (killers), as in «الكشف عن قتلة الزعبي».
  for (const word of ['مقتل', 'قتل', 'قتلت', 'قتلوا', 'استشهاد', 'استشهد', 'استشهدت', 'استشهدوا', 'مصرع']) {
    entries.push([word, event('killed')]);
  }
  for (const word of ['اصابه', 'اصيب', 'اصيبت', 'اصيبوا', 'اصيبا', 'جرح', 'جرحت', 'جرحوا']) entries.push([word, event('injured')]);
  withPronouns(entries, 'مقتل', 'killed');
  withPronouns(entries, 'استشهاد', 'killed');
  withPronouns(entries, 'مصرع', 'killed');
  withPronouns(entries, 'اصابت', 'injured');
  for (const word of ['قتلي', 'شهداء', 'وفيات']) entries.push([word, noun('killed', null)]);
  for (const word of ['قتيل', 'قتيلا', 'قتيله', 'شهيد', 'شهيدا', 'شهيده']) entries.push([word, noun('killed', 1)]);
  for (const word of ['قتيلان', 'قتيلين', 'قتيلتان', 'قتيلتين', 'شهيدان', 'شهيدين']) entries.push([word, noun('killed', 2)]);
  for (const word of ['جرحي', 'مصابين', 'مصابون', 'اصابات']) entries.push([word, noun('injured', null)]);
  for (const word of ['جريح', 'جريحا', 'جريحه']) entries.push([word, noun('injured', 1)]);
  for (const word of ['جريحان', 'جريحين', 'جريحتان', 'جريحتين']) entries.push([word, noun('injured', 2)]);
  for (const word of ['ضحايا', 'خسائر']) entries.push([word, negatedOnly('both')]);
  for (const word of ['يقتل', 'تقتل']) entries.push([word, negatedOnly('killed')]);
  for (const word of ['يصب', 'تصب', 'يصاب', 'تصاب', 'يجرح']) entries.push([word, negatedOnly('both')]);
  return new Map(entries);
}

const CUES: ReadonlyMap<string, CasualtyCue> = buildCues();

/**
 * Finds the cue `word` spells, after taking off a conjunction (و/ف), a preposition (ب/ل/ك) and, for
 * nouns, «ال» («والجرحى», «بمقتل», «للقتلى»). Returns null when it is not a cue.
 */
export function lookUpCasualtyCue(word: string): CasualtyCue | null {
  if (!CUE_SPELLING_SIEVE.mayHave(word)) return null;
  let cue = rememberedCues.get(word);
  if (cue === undefined) {
    cue = findCasualtyCue(word);
    if (rememberedCues.size >= MOST_REMEMBERED_WORDS) rememberedCues.clear();
    rememberedCues.set(word, cue);
  }
  return cue;
}

/**
 * {@link lookUpCasualtyCue}'s answers by word: the readers ask it of most words of a sentence, some
 * more than once, and news repeats its words. Cleared when it grows past a bound.
 */
const rememberedCues = new Map<string, CasualtyCue | null>();
const MOST_REMEMBERED_WORDS = 50_000;

/** The cue `word` spells, uncached and unsieved: what {@link lookUpCasualtyCue} remembers (exported for its tests). */
export function findCasualtyCue(word: string): CasualtyCue | null {
  const direct = CUES.get(word);
  if (direct !== undefined) return direct;
  const withoutConjunction = word[0] === 'و' || word[0] === 'ف' ? [word, word.slice(1)] : [word];
  const forms: Array<{ form: string; article: boolean }> = [];
  for (const base of withoutConjunction) {
    const bases = [base];
    if (base[0] === 'ب' || base[0] === 'ل' || base[0] === 'ك') bases.push(base.slice(1));
    for (const candidate of bases) {
      forms.push({ form: candidate, article: false });
      if (candidate.startsWith('ال')) forms.push({ form: candidate.slice(2), article: true });
      // «للقتلى» is ل + القتلى with the alef of the article dropped.
      if (candidate.startsWith('لل')) forms.push({ form: candidate.slice(2), article: true });
    }
  }
  for (const { form, article } of forms) {
    if (form.length < 3 || form === word) continue;
    const cue = CUES.get(form);
    if (cue !== undefined && (!article || cue.takesArticle)) return cue;
  }
  return null;
}

/** The prefixes {@link findCasualtyCue} takes off, in order: a conjunction, a preposition, an article. */
const CUE_PREFIX_SLOTS: ReadonlyArray<readonly string[]> = [['', 'و', 'ف'], ['', 'ب', 'ل', 'ك'], ['', 'ال', 'لل']];

/**
 * Every spelling {@link lookUpCasualtyCue} may accept: each cue with each mix of the prefixes it
 * takes off (a few more than it accepts, as the article is not checked here).
 */
export const CUE_SPELLINGS: ReadonlySet<string> = new Set(
  CUE_PREFIX_SLOTS.reduceRight<string[]>(
    (words, prefixes) => prefixes.flatMap((prefix) => words.map((word) => prefix + word)),
    [...CUES.keys()],
  ),
);

/** Turns most words away from {@link lookUpCasualtyCue} before its map is asked (see {@link WordSieve}). */
const CUE_SPELLING_SIEVE = new WordSieve(CUE_SPELLINGS);

/** Negations that turn «إصابات» into "no casualties": «دون», «لم», «لا», «عدم», with و/من before. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['دون', 'بدون', 'لم', 'لا', 'عدم', 'ولم', 'ودون', 'ولا', 'وبدون', 'وعدم', 'بلا']);

/**
 * Words that may stand between a negation and its cue («دون أن تسفر عن وقوع إصابات»). One other
 * word is allowed as well («لم تسفر الغارة عن إصابات»).
 */
export const NEGATION_LINKS: ReadonlySet<string> = new Set([
  'ان', 'عن', 'اي', 'الي', 'وقوع', 'تسجيل', 'سقوط', 'حدوث', 'تسفر', 'يسفر', 'اسفر', 'اسفرت', 'تسجل',
  'يسجل', 'سجل', 'سجلت', 'تؤد', 'يؤد', 'تؤدي', 'يؤدي', 'تقع', 'يقع', 'تخلف', 'يخلف', 'ترد', 'يرد',
  'انباء', 'وجود', 'تذكر', 'يذكر', 'تقارير', 'معلومات', 'باي', 'بوقوع', 'تسبب', 'يتسبب', 'تتسبب', 'في', 'من',
]);

/** Words after a first count that count the rest: «وإصابة آخر» → 1, «آخرين» → some, vague. */
export const OTHERS_WORDS: ReadonlyMap<string, number | null> = new Map([
  ['اخر', 1], ['اخري', 1], ['اخران', 2], ['اخرين', null], ['اخرون', null], ['اخريات', null], ['اخرتين', 2], ['اخريين', 2],
]);
