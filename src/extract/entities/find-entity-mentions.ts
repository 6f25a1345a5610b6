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
import type { PlaceEntry } from '../lexicon/types.js';
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

interface RawMatch {
  refs: LexiconRef[];
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

function isCommonWord(tokens: readonly Token[], match: RawMatch): boolean {
  if (match.firstToken !== match.lastToken) return false;
  const word = tokens[match.firstToken]?.norm ?? '';
  return COMMON_WORD_PLACES.has(word) || COMMON_WORD_PLACES.has(stripProclitics(word));
}

/** Answers of {@link readsAsOneOf} by word list and word: asked for the word before every match. */
const readings = new Map<ReadonlySet<string>, Map<string, boolean>>();
const MOST_REMEMBERED_READINGS = 50_000;

/** Whether `word`, or one of its clitic readings, is one of `words`. */
function readsAsOneOf(word: string, words: ReadonlySet<string>): boolean {
  let remembered = readings.get(words);
  if (!remembered) {
    remembered = new Map();
    readings.set(words, remembered);
  }
  let answer = remembered.get(word);
  if (answer === undefined) {
    answer = cliticVariants(word).some((variant) => words.has(variant.stem));
    if (remembered.size >= MOST_REMEMBERED_READINGS) remembered.clear();
    remembered.set(word, answer);
  }
  return answer;
}

function isCueWord(token: Token): boolean {
  return readsAsOneOf(token.norm, PLACE_CUE_WORDS);
}

function hasCueBefore(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && isCueWord(previous);
}

function isLocative(tokens: readonly Token[], match: RawMatch): boolean {
  const first = tokens[match.firstToken];
  const previous = tokens[match.firstToken - 1];
  if (first && /^و?ب/.test(first.norm) && first.norm.length > 4) return true;
  return previous !== undefined && readsAsOneOf(previous.norm, LOCATIVE_WORDS);
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

type ActorRef = Extract<LexiconRef, { kind: 'Actor' }>;
type PlaceRef = Extract<LexiconRef, { kind: 'Location' }>;

/** The refs of one phrase by kind, and whether all of them are places that need a cue word. */
interface SortedRefs {
  actors: ActorRef[];
  named: ActorRef[];
  places: PlaceRef[];
  onlyCuedPlaces: boolean;
}

/** {@link sortRefs} by refs array: a trie node's values, the same array for every match of that phrase. */
const sortedRefs = new WeakMap<readonly LexiconRef[], SortedRefs>();

function sortRefs(refs: readonly LexiconRef[]): SortedRefs {
  let sorted = sortedRefs.get(refs);
  if (!sorted) {
    const actors = refs.filter((ref): ref is ActorRef => ref.kind === 'Actor');
    sorted = {
      actors,
      named: actors.filter((ref) => !ref.anaphor),
      places: refs.filter((ref): ref is PlaceRef => ref.kind === 'Location'),
      onlyCuedPlaces: refs.every((ref) => ref.kind === 'Location' && ref.entry.cueRequired),
    };
    sortedRefs.set(refs, sorted);
  }
  return sorted;
}

/** Every lexicon match, longest first, before any gate. */
function collectMatches(document: PreparedDocument, lexicon: CompiledLexicon): RawMatch[] {
  const { text, tokens, sentences } = document;
  const matches: RawMatch[] = [];
  let sentence = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const match = lexicon.index.matchAt(document, index);
    if (!match) continue;
    // «مدينة إدلب» is also an alias of a district row (which needs a cue of its own); the name
    // after the cue is then the better match, and the cue word before it its evidence. «جبل
    // الزاوية» (a region accepted bare) stays whole.
    const outerNeedsCue = sortRefs(match.values).onlyCuedPlaces && !hasCueBefore(tokens, index);
    if (outerNeedsCue && isCueWord(tokens[index] as Token)) {
      const inner = lexicon.index.matchAt(document, index + 1);
      if (inner && inner.lastToken === match.lastToken) continue;
    }
    const span = spanOf(text, tokens, match.firstToken, match.lastToken, match.prefixLength, match.articleRestored);
    sentence = sentenceIndexOf(sentences, span.start, sentence);
    matches.push({ refs: match.values, firstToken: match.firstToken, lastToken: match.lastToken, span, sentence });
    index = match.lastToken;
  }
  return matches;
}

/**
 * The governorate and district names a lexicon match names, remembered by its refs (a trie node's
 * values, the same array for every match of that phrase): a village name has dozens of
 * gazetteer rows, and the same names come up in report after report.
 */
const adminNamesOfRefs = new WeakMap<readonly LexiconRef[], string[]>();

function readAdminNames(refs: readonly LexiconRef[], lexicon: CompiledLexicon): string[] {
  let names = adminNamesOfRefs.get(refs);
  if (!names) {
    names = [];
    for (const ref of refs) {
      if (ref.kind !== 'Location') continue;
      // «ريف حماة الشمالي» or a city names its governorate too: that is context for its villages.
      const implied = ref.entry.cueRequired || !ref.entry.admin1Ar ? [] : [ref.entry.admin1Ar];
      for (const name of [...(ref.entry.keysAr ?? []), ...implied]) if (lexicon.adminNames.has(name)) names.push(name);
    }
    adminNamesOfRefs.set(refs, names);
  }
  return names;
}

/** Names of governorates and districts found bare anywhere in the report (for disambiguation). */
function namedAdmins(matches: readonly RawMatch[], lexicon: CompiledLexicon): Map<number, Set<string>> {
  const bySentence = new Map<number, Set<string>>();
  for (const match of matches) {
    for (const name of readAdminNames(match.refs, lexicon)) {
      for (const key of [match.sentence, -1]) {
        const set = bySentence.get(key) ?? new Set<string>();
        set.add(name);
        bySentence.set(key, set);
      }
    }
  }
  return bySentence;
}

/** Lower is likelier: the lexicon's own entries, then places whose governorate or district the report names, bigger kinds, more people. */
function scorePlace(place: PlaceEntry, reportAdmins: Set<string>): number {
  return (
    (place.origin === 'lexicon' ? 0 : 1000) -
    (place.admin2Ar && reportAdmins.has(place.admin2Ar) ? 200 : 0) -
    (place.admin1Ar && reportAdmins.has(place.admin1Ar) ? 100 : 0) +
    (PLACE_RANK[place.type] ?? 20) * 5 -
    Math.min(Math.log10((place.population ?? 0) + 1), 9)
  );
}

/** The first candidate with the lowest {@link scorePlace} (what a stable sort would put first). */
function choosePlace(candidates: PlaceEntry[], reportAdmins: Set<string>): PlaceEntry | undefined {
  let best: PlaceEntry | undefined;
  let bestScore = Infinity;
  for (const place of candidates) {
    const score = scorePlace(place, reportAdmins);
    if (best === undefined || score < bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

export function findEntityMentions(document: PreparedDocument, lexicon: CompiledLexicon): EntityMention[] {
  const { tokens } = document;
  const matches = collectMatches(document, lexicon);
  const admins = namedAdmins(matches, lexicon);
  const reportAdmins = admins.get(-1) ?? new Set<string>();
  const seenActors = new Map<string, number>();
  const mentions: EntityMention[] = [];
  let previousPlaceEnd = -10;

  for (const match of matches) {
    const { actors, named, places } = sortRefs(match.refs);

    const cued =
      hasCueBefore(tokens, match.firstToken) ||
      // «قرى عكر والعباس»: a list continues the cue of the place before it.
      (match.firstToken - previousPlaceEnd <= 2 && /^و/.test(tokens[match.firstToken]?.norm ?? ''));
    const sentenceAdmins = admins.get(match.sentence) ?? new Set<string>();
    const commonWord = places.length > 0 && isCommonWord(tokens, match);
    const acceptedPlaces = places.filter(
      (ref) =>
        (!ref.entry.cueRequired && !commonWord) ||
        cued ||
        (!commonWord && placeBesideItsParent(ref.entry, sentenceAdmins)),
    );

    let chosen: LexiconRef | undefined;
    if (named.length > 0 && !(acceptedPlaces.length > 0 && isLocative(tokens, match))) {
      chosen = named[0];
    } else if (acceptedPlaces.length > 0) {
      const place = choosePlace(acceptedPlaces.map((ref) => ref.entry), reportAdmins);
      chosen = acceptedPlaces.find((ref) => ref.entry === place);
    } else if (actors.length > 0) {
      // An anaphor refers to the most recently named actor that lists it.
      const antecedent = actors
        .filter((ref) => seenActors.has(ref.id))
        .sort((a, b) => (seenActors.get(b.id) ?? 0) - (seenActors.get(a.id) ?? 0))[0];
      chosen = antecedent;
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
    const place = found.values.find((ref): ref is Extract<LexiconRef, { kind: 'Location' }> => ref.kind === 'Location' && !ref.entry.cueRequired && ref.entry.type !== 'road');
    if (!place) continue;
    const span = spanOf(text, tokens, found.firstToken, found.lastToken, found.prefixLength, found.articleRestored);
    inner.push({ ref: place, span, firstToken: found.firstToken, lastToken: found.lastToken, sentence: match.sentence, inner: true });
    index = found.lastToken;
  }
  return inner;
}

/** A small place whose governorate or district the same sentence names («طفس بريف درعا»). */
function placeBesideItsParent(place: PlaceEntry, sentenceAdmins: Set<string>): boolean {
  if (lexiconNameIsAdmin(place, sentenceAdmins)) return false;
  return (place.admin1Ar !== null && sentenceAdmins.has(place.admin1Ar)) || (place.admin2Ar !== null && sentenceAdmins.has(place.admin2Ar));
}

/** A village that shares its name with the governorate named beside it is that governorate, not evidence for itself. */
function lexiconNameIsAdmin(place: PlaceEntry, sentenceAdmins: Set<string>): boolean {
  const name = place.keysAr?.[0];
  return name !== undefined && sentenceAdmins.has(name);
}
