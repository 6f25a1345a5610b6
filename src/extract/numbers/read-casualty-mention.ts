/** Reads one casualty statement at a token: a cue with its count, a counted noun, a negation or an idiom of death. */
import {
  CUE_SPELLINGS,
  NEGATION_LINKS,
  NEGATION_WORDS,
  lookUpCasualtyCue,
  type CasualtyCue,
  type CasualtyKind,
} from './casualty-cues.js';
import { addCoordinatedCounts, readCountPhrase } from './read-count-phrase.js';
import { QUANTITY_START_WORDS, mayStartQuantity, readQuantityAt } from './parse-arabic-number.js';
import type { Token } from './tokenize-normalized.js';
import { WordSieve } from './word-sieve.js';

/** How far back a negation may stand from its cue, in tokens. */
const NEGATION_REACH = 6;

function isNegated(tokens: readonly Token[], cueIndex: number): boolean {
  let unknownWords = 0;
  for (let k = cueIndex - 1; k >= 0 && k >= cueIndex - NEGATION_REACH; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (NEGATION_WORDS.has(token.text)) return true;
    if (NEGATION_LINKS.has(token.text)) continue;
    if (lookUpCasualtyCue(token.text) !== null || ++unknownWords > 1) return false;
  }
  return false;
}

/**
 * The opposite-kind cue joined by «و» right after a cue: «مقتل وإصابة», «قتلى وجرحى». Singular
 * nouns are not joined («قتيل وجريحان» is one killed and two injured), unless `singular` asks for
 * them, as after «بين».
 */
function readJoinedOppositeCue(tokens: readonly Token[], index: number, cue: CasualtyCue, singular = false): CasualtyCue | null {
  const token = tokens[index];
  if (token?.kind !== 'word' || !token.text.startsWith('و')) return null;
  const joined = lookUpCasualtyCue(token.text);
  if (joined === null || joined.kind === cue.kind || joined.role !== cue.role || joined.kind === 'both') return null;
  const eitherSingular = (cue.ownCount ?? null) !== null || (joined.ownCount ?? null) !== null;
  if (cue.role === 'noun' && !singular && eitherSingular) return null;
  return joined;
}

/** A mention by token indices: `first` is its first token, `next` the one after its last. */
export interface RawMention {
  kind: CasualtyKind;
  count: number | null;
  vague: boolean;
  negated: boolean;
  first: number;
  next: number;
}

/** Reads a mention led by the cue at `index` («مقتل…», «قتيل», «مقتله»); null when the cue reads nothing. */
function readCueMention(tokens: readonly Token[], index: number, cue: CasualtyCue): RawMention | null {
  const negated = isNegated(tokens, index);
  if (cue.role === 'negatedOnly' && !negated) return null;
  if (negated) return { kind: negatedKind(tokens[index]!.text, cue), count: 0, vague: false, negated, first: index, next: index + 1 };
  if (cue.role === 'pronoun') return { kind: cue.kind, count: cue.ownCount ?? null, vague: cue.ownCount === null, negated, first: index, next: index + 1 };
  const joined = readJoinedOppositeCue(tokens, index + 1, cue);
  if (joined !== null) {
    // «مقتل وإصابة خمسة» and «قتلى وجرحى» give a total without the split.
    const after = cue.role === 'event' ? readCountPhrase(tokens, index + 2) : null;
    return { kind: 'both', count: null, vague: true, negated, first: index, next: after?.next ?? index + 2 };
  }
  if (cue.role === 'noun') return { kind: cue.kind, count: cue.ownCount ?? null, vague: cue.ownCount === null, negated, first: index, next: index + 1 };
  const phrase = readCountPhrase(tokens, index + 1);
  if (phrase === null) return { kind: cue.kind, count: null, vague: false, negated, first: index, next: index + 1 };
  const total = addCoordinatedCounts(tokens, phrase);
  return { kind: cue.kind, count: total.count, vague: total.vague, negated, first: index, next: total.next };
}

/** A negated «إصابات» or «إصابة» means nobody was hurt at all; a negated «جرحى» only the injured. */
function negatedKind(word: string, cue: CasualtyCue): CasualtyKind {
  return cue.kind === 'injured' && word.includes('اصاب') ? 'both' : cue.kind;
}

/** Reads «3 قتلى», «عشرات الجرحى», «العشرات من الجرحى», «20 قتيلاً», «بين قتيل وجريح». */
function readCountedNounMention(tokens: readonly Token[], index: number): RawMention | null {
  const quantity = readQuantityAt(tokens, index);
  if (quantity === null) return null;
  let cueIndex = quantity.next;
  if (quantity.vague && tokens[cueIndex]?.text === 'من') cueIndex++;
  const cueToken = tokens[cueIndex];
  const cue = cueToken?.kind === 'word' ? lookUpCasualtyCue(cueToken.text) : null;
  if (cue === null || cue.role !== 'noun') return null;
  const joined = readJoinedOppositeCue(tokens, cueIndex + 1, cue);
  if (joined !== null) return { kind: 'both', count: null, vague: true, negated: false, first: index, next: cueIndex + 2 };
  return { kind: cue.kind, count: quantity.value, vague: quantity.vague, negated: false, first: index, next: cueIndex + 1 };
}

/** How many words an idiom's verb may stand from its object, a short subject between them. */
const IDIOM_REACH = 4;

const IDIOM_VERBS: ReadonlySet<string> = new Set([
  'لقي', 'لقيت', 'لقوا', 'لقيا', 'اودي', 'اودت', 'يودي', 'تودي', 'فارق', 'فارقت', 'فارقا', 'فارقوا',
]);

/** «أودى بحياة» (took the life of) and «فارق الحياة» (left life), split out of {@link IDIOM_VERBS}. */
const TAKES_LIFE_VERBS: ReadonlySet<string> = new Set(['اودي', 'اودت', 'يودي', 'تودي']);
const LEFT_LIFE_VERBS: ReadonlySet<string> = new Set(['فارق', 'فارقت', 'فارقا', 'فارقوا']);

/** Reads «لقي ثلاثة عناصر حتفهم» and «أودى بحياة ثلاثة», «فارق الحياة». */
function readIdiomMention(tokens: readonly Token[], index: number): RawMention | null {
  const word = stripConjunction(tokens[index]!.text);
  if (word === 'لقي' || word === 'لقيت' || word === 'لقوا' || word === 'لقيا') {
    for (let k = index + 1; k <= index + IDIOM_REACH + 1 && k < tokens.length; k++) {
      const fate = tokens[k]!;
      if (fate.kind !== 'word') return null;
      const suffix = /^(?:حتف|مصرع)(ه|ها|هما|هم|هن)$/.exec(fate.text)?.[1];
      if (suffix === undefined) continue;
      const between = k > index + 1 ? readCountPhrase(tokens, index + 1) : null;
      if (between !== null && between.next === k) return { kind: 'killed', count: between.count, vague: between.vague, negated: false, first: index, next: k + 1 };
      const own = suffix === 'هما' ? 2 : suffix === 'ه' || suffix === 'ها' ? 1 : null;
      return { kind: 'killed', count: own, vague: own === null, negated: false, first: index, next: k + 1 };
    }
    return null;
  }
  if (TAKES_LIFE_VERBS.has(word)) {
    const object = findWordAhead(tokens, index, 'بحياه');
    if (object === null) return null;
    const phrase = readCountPhrase(tokens, object + 1);
    return { kind: 'killed', count: phrase?.count ?? null, vague: phrase?.vague ?? false, negated: false, first: index, next: phrase?.next ?? object + 1 };
  }
  if (LEFT_LIFE_VERBS.has(word)) {
    const object = findWordAhead(tokens, index, 'الحياه');
    if (object === null) return null;
    const count = word === 'فارقا' ? 2 : word === 'فارقوا' ? null : 1;
    return { kind: 'killed', count, vague: count === null, negated: false, first: index, next: object + 1 };
  }
  return null;
}

/** Finds `word` within the next few words, past a subject («أودى الانفجار بحياة», «فارق الجريح الحياة»). */
function findWordAhead(tokens: readonly Token[], index: number, word: string): number | null {
  for (let k = index + 1; k <= index + IDIOM_REACH && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return null;
    if (token.text === word) return k;
  }
  return null;
}

/** The word, or the word without a leading و/ف when that is the idiom's verb («ولقي»); «فارق» keeps its ف. */
function stripConjunction(word: string): string {
  if (IDIOM_VERBS.has(word)) return word;
  return (word[0] === 'و' || word[0] === 'ف') && IDIOM_VERBS.has(word.slice(1)) ? word.slice(1) : word;
}

/** «بين قتيل وجريح»: people counted together, without the split. */
function readBetweenMention(tokens: readonly Token[], index: number): RawMention | null {
  if (tokens[index]?.text !== 'بين') return null;
  const first = tokens[index + 1];
  const cue = first?.kind === 'word' ? lookUpCasualtyCue(first.text) : null;
  if (cue === null || cue.role !== 'noun' || readJoinedOppositeCue(tokens, index + 2, cue, true) === null) return null;
  return { kind: 'both', count: null, vague: true, negated: false, first: index, next: index + 3 };
}

/**
 * Whether any reader below can start at the word `word` (a quantity, an idiom verb, «بين», a cue),
 * remembered per word: most words of a sentence start nothing, and the sieve turns them away unhashed.
 */
function mayStartMention(word: string): boolean {
  if (!MENTION_START_SIEVE.mayHave(word)) return false;
  let starts = rememberedStarts.get(word);
  if (starts === undefined) {
    starts = mayStartQuantity(word) || IDIOM_VERBS.has(stripConjunction(word)) || word === 'بين' || lookUpCasualtyCue(word) !== null;
    if (rememberedStarts.size >= MOST_REMEMBERED_WORDS) rememberedStarts.clear();
    rememberedStarts.set(word, starts);
  }
  return starts;
}

const rememberedStarts = new Map<string, boolean>();
const MOST_REMEMBERED_WORDS = 50_000;

/**
 * Passes every word {@link mayStartMention} may accept, so most words skip its map (see
 * {@link WordSieve}): the quantity starts, the idiom verbs with and without «و»/«ف», «بين», the cues.
 */
const MENTION_START_SIEVE = new WordSieve([
  ...QUANTITY_START_WORDS,
  ...[...IDIOM_VERBS].flatMap((verb) => [verb, `و${verb}`, `ف${verb}`]),
  'بين',
  ...CUE_SPELLINGS,
]);

/** Reads the casualty statement that starts at `index`, or returns null. Bounded work per token. */
export function readMentionAt(tokens: readonly Token[], index: number): RawMention | null {
  const token = tokens[index]!;
  if (token.kind !== 'word' && token.kind !== 'digits') return null;
  if (token.kind === 'word' && !mayStartMention(token.text)) return null;
  const counted = readCountedNounMention(tokens, index);
  if (counted !== null) return counted;
  if (token.kind !== 'word') return null;
  const idiom = readIdiomMention(tokens, index) ?? readBetweenMention(tokens, index);
  if (idiom !== null) return idiom;
  const cue = lookUpCasualtyCue(token.text);
  return cue === null ? null : readCueMention(tokens, index, cue);
}
