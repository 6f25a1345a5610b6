/**
 * Finds the actors and places a report names, from the lexicons: longest match first, clitics
 * stripped, anaphors («التنظيم») only after their actor was named, and small places («عكر»,
 * «العباس») only on evidence — a cue word before them, a list they continue, or their governorate
 * or district named in the same sentence. Repeated village names are disambiguated by the
 * governorates and districts the report names.
 */
import type { Span } from '../../domain/extraction.js';
import { balanceQuotes, cliticVariants, findOriginalOffset, normalizeArabic, stripProclitics, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { CompiledLexicon, LexiconRef } from '../lexicon/compile-lexicon.js';
import type { PhraseMatch } from '../lexicon/phrase-index.js';
import type { PlaceEntry } from '../lexicon/types.js';
import { WordMemo } from '../lexicon/word-memo.js';
import { LOCATIVE_WORDS, PLACE_CUE_WORDS } from './cue-words.js';

export interface EntityMention {
  ref: LexiconRef;
  span: Span;
  firstToken: number;
  lastToken: number;
  /** Index of the sentence the mention lies in. */
  sentence: number;
  /** A place named inside another name (a city in a road's name): not where anything happened. */
  inner?: boolean;
  /** A nationality adjective after a noun of armed force («غارات روسية»): the force it describes. */
  adjective?: boolean;
}

type ActorRef = Extract<LexiconRef, { kind: 'Actor' }>;
type PlaceRef = Extract<LexiconRef, { kind: 'Location' }>;

interface RawMatch {
  sorted: SortedRefs;
  firstToken: number;
  lastToken: number;
  span: Span;
  sentence: number;
}

const PLACE_RANK: Record<string, number> = {
  city: 0, governorate: 1, country: 2, region: 3, road: 4, crossing: 5, camp: 6, site: 7, town: 8,
  district: 9, subdistrict: 10, village: 11, neighbourhood: 12,
};

/**
 * Place names that are also ordinary words («القريتين» the two villages, «المتوسطة» medium, «الثورة»
 * revolution): even a gazetteer entry that is otherwise accepted bare needs a cue word for these.
 */
const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(
  ['عنه', 'عنها', 'القريتين', 'البلدتين', 'الثورة', 'الكرامة', 'الحراك', 'التل', 'العظيم', 'بلد', 'الصالحية', 'النصر', 'السلام', 'الشرقية', 'الغربية',
    'الوسطى', 'المتوسطة', 'الجديدة', 'المركز', 'المحطة', 'الحدود', 'العشائر', 'الرابعة', 'الخامس', 'الأمن', 'الجيش', 'الشيخ', 'المنطقة', 'الوحدة', 'الحرية', 'الشهداء', 'الجبل', 'الوادي', 'السوق']
    .map((word) => normalizeArabic(word).normalized),
);

/** Whether a one-word match is one of {@link COMMON_WORD_PLACES}, bare or behind clitics. */
const isCommonWordPlace = new WordMemo((word) => COMMON_WORD_PLACES.has(word) || COMMON_WORD_PLACES.has(stripProclitics(word)));

function isCommonWord(document: PreparedDocument, match: RawMatch): boolean {
  if (match.firstToken !== match.lastToken) return false;
  return isCommonWordPlace.read(document.words, match.firstToken, (document.tokens[match.firstToken] as Token).norm);
}

/** Whether `word`, or one of its clitic readings, is one of `words`. */
function readsAsOneOf(word: string, words: ReadonlySet<string>): boolean {
  return cliticVariants(word).some((variant) => words.has(variant.stem));
}

const isCue = new WordMemo((word) => readsAsOneOf(word, PLACE_CUE_WORDS));
const isLocativeWord = new WordMemo((word) => readsAsOneOf(word, LOCATIVE_WORDS));

function isCueWord(document: PreparedDocument, index: number): boolean {
  const token = document.tokens[index];
  return token !== undefined && isCue.read(document.words, index, token.norm);
}

function hasCueBefore(document: PreparedDocument, index: number): boolean {
  return isCueWord(document, index - 1);
}

function isLocative(document: PreparedDocument, match: RawMatch): boolean {
  const first = document.tokens[match.firstToken];
  if (first && /^و?ب/.test(first.norm) && first.norm.length > 4) return true;
  const before = match.firstToken - 1;
  const previous = document.tokens[before];
  return previous !== undefined && isLocativeWord.read(document.words, before, previous.norm);
}

function spanOf(text: string, tokens: readonly Token[], firstToken: number, lastToken: number, prefixLength: number, articleRestored: boolean): Span {
  const first = tokens[firstToken] as Token;
  const last = tokens[lastToken] as Token;
  let start = first.start;
  if (prefixLength > 0 && !articleRestored) start = first.start + findOriginalOffset(first.text, prefixLength);
  return balanceQuotes(text, start, last.end);
}

function sentenceIndexOf(sentences: readonly Span[], offset: number, from: number): number {
  let index = from;
  while (index < sentences.length - 1 && (sentences[index] as Span).end <= offset) index += 1;
  return index;
}

/**
 * What the gates ask of the refs of one phrase, worked out once per phrase: the refs by kind,
 * whether all of them are places that need a cue word, and the governorate and district names
 * the phrase names (see {@link readAdminNames}).
 */
interface SortedRefs {
  actors: ActorRef[];
  named: ActorRef[];
  places: PlaceRef[];
  /** The places accepted without a cue word (when the phrase is no common word). */
  barePlaces: PlaceRef[];
  /** The governorates and districts of the places that need a cue: the names that can stand in for one. */
  parentsOfCuedPlaces: ReadonlySet<string>;
  onlyCuedPlaces: boolean;
  adminNames: string[];
}

/**
 * {@link sortRefs} by phrase number (see {@link PhraseMatch.phrase}), for each lexicon: a village
 * name has dozens of gazetteer rows, and the same names come up in report after report.
 */
const sortedRefsByLexicon = new WeakMap<CompiledLexicon, Array<SortedRefs | undefined>>();

function sortedRefsOf(lexicon: CompiledLexicon): Array<SortedRefs | undefined> {
  let sorted = sortedRefsByLexicon.get(lexicon);
  if (!sorted) {
    sorted = [];
    sortedRefsByLexicon.set(lexicon, sorted);
  }
  return sorted;
}

function sortRefs(match: PhraseMatch<LexiconRef>, known: Array<SortedRefs | undefined>, lexicon: CompiledLexicon): SortedRefs {
  let sorted = known[match.phrase];
  if (!sorted) {
    const refs = match.values;
    const actors = refs.filter((ref): ref is ActorRef => ref.kind === 'Actor');
    const places = refs.filter((ref): ref is PlaceRef => ref.kind === 'Location');
    sorted = {
      actors,
      named: actors.filter((ref) => !ref.anaphor),
      places,
      barePlaces: places.filter((ref) => !ref.entry.cueRequired),
      parentsOfCuedPlaces: readParentsOfCuedPlaces(places),
      onlyCuedPlaces: refs.every((ref) => ref.kind === 'Location' && ref.entry.cueRequired),
      adminNames: readAdminNames(places, lexicon),
    };
    // Grown one slot at a time, never with a gap, so the array stays a plain (packed) one.
    while (known.length <= match.phrase) known.push(undefined);
    known[match.phrase] = sorted;
  }
  return sorted;
}

function readParentsOfCuedPlaces(places: readonly PlaceRef[]): Set<string> {
  const parents = new Set<string>();
  for (const { entry } of places) {
    if (!entry.cueRequired) continue;
    if (entry.admin1Ar !== null) parents.add(entry.admin1Ar);
    if (entry.admin2Ar !== null) parents.add(entry.admin2Ar);
  }
  return parents;
}

/** The governorate and district names a match of `places` names. */
function readAdminNames(places: readonly PlaceRef[], lexicon: CompiledLexicon): string[] {
  const names: string[] = [];
  for (const ref of places) {
    for (const name of ref.entry.keysAr ?? []) if (lexicon.adminNames.has(name)) names.push(name);
    // «ريف حماة الشمالي» or a city names its governorate too: that is context for its villages.
    const implied = ref.entry.cueRequired ? null : ref.entry.admin1Ar;
    if (implied && lexicon.adminNames.has(implied)) names.push(implied);
  }
  return names;
}

/** Every lexicon match, longest first, before any gate. */
function collectMatches(document: PreparedDocument, lexicon: CompiledLexicon): RawMatch[] {
  const { text, tokens, sentences } = document;
  const known = sortedRefsOf(lexicon);
  const matches: RawMatch[] = [];
  let sentence = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const match = lexicon.index.matchAt(document, index);
    if (!match) continue;
    const sorted = sortRefs(match, known, lexicon);
    // «مدينة إدلب» is also an alias of a district row (which needs a cue of its own); the name
    // after the cue is then the better match, and the cue word before it its evidence. «جبل
    // الزاوية» (a region accepted bare) stays whole.
    const outerNeedsCue = sorted.onlyCuedPlaces && !hasCueBefore(document, index);
    if (outerNeedsCue && isCueWord(document, index)) {
      const inner = lexicon.index.matchAt(document, index + 1);
      if (inner && inner.lastToken === match.lastToken) continue;
    }
    const span = spanOf(text, tokens, match.firstToken, match.lastToken, match.prefixLength, match.articleRestored);
    sentence = sentenceIndexOf(sentences, span.start, sentence);
    matches.push({ sorted, firstToken: match.firstToken, lastToken: match.lastToken, span, sentence });
    index = match.lastToken;
  }
  return matches;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const NO_NAME_LIST: readonly string[] = [];

/** Names of governorates and districts found bare in the report, in all and by sentence (for disambiguation). */
interface NamedAdmins {
  inReport: ReadonlySet<string>;
  /**
   * The names each sentence names, by sentence index (undefined for a sentence that names none).
   * Lists in an array rather than a map of sets: a sentence names two or three, and every match
   * looks its sentence up.
   */
  bySentence: ReadonlyArray<readonly string[] | undefined>;
}

function namedAdmins(matches: readonly RawMatch[]): NamedAdmins {
  let inReport: Set<string> | null = null;
  const bySentence: Array<string[] | undefined> = [];
  for (const match of matches) {
    const names = match.sorted.adminNames;
    if (names.length === 0) continue;
    inReport ??= new Set();
    // Grown one slot at a time, never with a gap, so the array stays a plain (packed) one.
    while (bySentence.length <= match.sentence) bySentence.push(undefined);
    const inSentence = (bySentence[match.sentence] ??= []);
    for (const name of names) {
      inReport.add(name);
      if (!inSentence.includes(name)) inSentence.push(name);
    }
  }
  return { inReport: inReport ?? NO_NAMES, bySentence };
}

/** Lower is likelier: the lexicon's own entries, then places whose governorate or district the report names, bigger kinds, more people. */
function scorePlace(place: PlaceEntry, reportAdmins: ReadonlySet<string>): number {
  return (
    (place.origin === 'lexicon' ? 0 : 1000) -
    (place.admin2Ar && reportAdmins.has(place.admin2Ar) ? 200 : 0) -
    (place.admin1Ar && reportAdmins.has(place.admin1Ar) ? 100 : 0) +
    (PLACE_RANK[place.type] ?? 20) * 5 -
    Math.min(Math.log10((place.population ?? 0) + 1), 9)
  );
}

/** The first candidate with the lowest {@link scorePlace} (what a stable sort would put first). */
function choosePlace(candidates: readonly PlaceRef[], reportAdmins: ReadonlySet<string>): PlaceRef | undefined {
  // Two choices in three have one candidate (dev reports): it is the answer, without reading its entry.
  if (candidates.length === 1) return candidates[0];
  let best: PlaceRef | undefined;
  let bestScore = Infinity;
  for (const ref of candidates) {
    const score = scorePlace(ref.entry, reportAdmins);
    if (best === undefined || score < bestScore) {
      best = ref;
      bestScore = score;
    }
  }
  return best;
}

const NO_PLACES: readonly PlaceRef[] = [];

/**
 * The places of a match that count: all after a cue word; none for a common word without one;
 * else those accepted bare and the small ones whose governorate or district the sentence names.
 */
function acceptPlaces(sorted: SortedRefs, cued: boolean, commonWord: boolean, sentenceAdmins: readonly string[]): readonly PlaceRef[] {
  if (cued) return sorted.places;
  if (commonWord) return NO_PLACES;
  // Without names beside them, the small places need a cue: the bare ones are the answer, worked out once per phrase.
  if (!namesAnyOf(sentenceAdmins, sorted.parentsOfCuedPlaces)) return sorted.barePlaces;
  return sorted.places.filter((ref) => !ref.entry.cueRequired || placeBesideItsParent(ref.entry, sentenceAdmins));
}

/**
 * Whether the sentence names a parent of any small place of the phrase: a village name has dozens
 * of rows, and a sentence names two or three governorates and districts, so this asks the few names.
 */
function namesAnyOf(sentenceAdmins: readonly string[], parents: ReadonlySet<string>): boolean {
  if (parents.size === 0) return false;
  for (const name of sentenceAdmins) if (parents.has(name)) return true;
  return false;
}

/** The actor an anaphor refers to: the most recently named one that lists it (the first listed on a tie). */
function findAntecedent(actors: readonly ActorRef[], seenActors: ReadonlyMap<string, number>): ActorRef | undefined {
  let antecedent: ActorRef | undefined;
  let latest = -Infinity;
  for (const ref of actors) {
    const seen = seenActors.get(ref.id);
    if (seen !== undefined && seen > latest) {
      antecedent = ref;
      latest = seen;
    }
  }
  return antecedent;
}

const WAW = 0x0648;

export function findEntityMentions(document: PreparedDocument, lexicon: CompiledLexicon): EntityMention[] {
  const { tokens } = document;
  const matches = collectMatches(document, lexicon);
  const admins = namedAdmins(matches);
  const seenActors = new Map<string, number>();
  const mentions: EntityMention[] = [];
  let previousPlaceEnd = -10;

  for (const match of matches) {
    const { sorted } = match;
    const cued =
      hasCueBefore(document, match.firstToken) ||
      // «قرى عكر والعباس»: a list continues the cue of the place before it.
      (match.firstToken - previousPlaceEnd <= 2 && (tokens[match.firstToken] as Token).norm.charCodeAt(0) === WAW);
    const sentenceAdmins = admins.bySentence[match.sentence] ?? NO_NAME_LIST;
    const commonWord = sorted.places.length > 0 && isCommonWord(document, match);
    const acceptedPlaces = acceptPlaces(sorted, cued, commonWord, sentenceAdmins);

    let chosen: LexiconRef | undefined;
    if (sorted.named.length > 0 && !(acceptedPlaces.length > 0 && isLocative(document, match))) {
      chosen = sorted.named[0];
    } else if (acceptedPlaces.length > 0) {
      chosen = choosePlace(acceptedPlaces, admins.inReport);
    } else if (sorted.actors.length > 0) {
      chosen = findAntecedent(sorted.actors, seenActors);
    }
    if (!chosen) continue;
    if (chosen.kind === 'Actor') seenActors.set(chosen.id, match.firstToken);
    else previousPlaceEnd = match.lastToken;
    mentions.push({ ref: chosen, span: match.span, firstToken: match.firstToken, lastToken: match.lastToken, sentence: match.sentence });
    if (chosen.kind === 'Location' && (chosen.entry.type === 'road' || chosen.entry.type === 'crossing')) {
      mentions.push(...findPlacesInsideName(document, match, lexicon));
    }
  }
  return mentions;
}

/**
 * The cities a road or crossing is named after are places of their own («الطريق الدولي الواصل
 * بين دمشق ودير الزور» also names Damascus and Deir ez-Zor). Only places accepted bare count.
 */
function findPlacesInsideName(document: PreparedDocument, match: RawMatch, lexicon: CompiledLexicon): EntityMention[] {
  const { text, tokens } = document;
  const inner: EntityMention[] = [];
  for (let index = match.firstToken + 1; index <= match.lastToken; index += 1) {
    const found = lexicon.index.matchAt(document, index);
    if (!found || found.lastToken > match.lastToken) continue;
    const place = found.values.find((ref): ref is PlaceRef => ref.kind === 'Location' && !ref.entry.cueRequired && ref.entry.type !== 'road');
    if (!place) continue;
    const span = spanOf(text, tokens, found.firstToken, found.lastToken, found.prefixLength, found.articleRestored);
    inner.push({ ref: place, span, firstToken: found.firstToken, lastToken: found.lastToken, sentence: match.sentence, inner: true });
    index = found.lastToken;
  }
  return inner;
}

/** A small place whose governorate or district the same sentence names («طفس بريف درعا»). */
function placeBesideItsParent(place: PlaceEntry, sentenceAdmins: readonly string[]): boolean {
  if (lexiconNameIsAdmin(place, sentenceAdmins)) return false;
  return (place.admin1Ar !== null && sentenceAdmins.includes(place.admin1Ar)) || (place.admin2Ar !== null && sentenceAdmins.includes(place.admin2Ar));
}

/** A village that shares its name with the governorate named beside it is that governorate, not evidence for itself. */
function lexiconNameIsAdmin(place: PlaceEntry, sentenceAdmins: readonly string[]): boolean {
  const name = place.keysAr?.[0];
  return name !== undefined && sentenceAdmins.includes(name);
}
