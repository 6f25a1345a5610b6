/** Finds how many were killed and injured in a clause or sentence of Arabic report text. */
import type { Casualties, Span } from '../../domain/extraction.js';
import {
  NEGATION_LINKS,
  NEGATION_WORDS,
  OTHERS_WORDS,
  lookUpCasualtyCue,
  type CasualtyCue,
  type CasualtyKind,
} from './casualty-cues.js';
import { normalizeForMatching, toOriginalSpan } from './normalize-for-matching.js';
import { readQuantityAt } from './parse-arabic-number.js';
import { isPluralPersonNoun, isSingularPersonNoun, readDualPersonNoun } from './person-nouns.js';
import { tokenizeNormalized, type Token } from './tokenize-normalized.js';

/** One statement of a casualty figure, with the words that state it. */
export interface CasualtyMention {
  kind: CasualtyKind;
  /** The count; null when the text gives none or an unknown one («جميع من كانوا بداخلها»). */
  count: number | null;
  vague: boolean;
  /** True for «دون وقوع إصابات» and the like: the text says there were none. */
  negated: boolean;
  span: Span;
}

interface Count {
  count: number | null;
  vague: boolean;
  /** Index of the first token after the count phrase. */
  next: number;
}

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

/** Reads «آخر/آخرين» at `index`: a count of its own when no number came first. */
function readOthers(tokens: readonly Token[], index: number): Count | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  const count = OTHERS_WORDS.get(token.text);
  return count === undefined ? null : { count, vague: count === null, next: index + 1 };
}

/**
 * Reads a count with its noun: «ثلاثة عناصر», «12 عنصراً», «عنصرين», «مدنيين اثنين», «امرأة»,
 * «سائقها», «آخر», «جميع من…». Returns null when no count phrase starts at `index`.
 */
function readCountPhrase(tokens: readonly Token[], index: number): Count | null {
  const token = tokens[index];
  if (token?.kind !== 'word' && token?.kind !== 'digits') return null;
  const quantity = readQuantityAt(tokens, index);
  if (quantity !== null) {
    let next = quantity.next;
    const nounToken = tokens[next];
    if (nounToken?.kind === 'word' && (isPluralPersonNoun(nounToken.text) || isSingularPersonNoun(nounToken.text))) next++;
    next = readOthers(tokens, next)?.next ?? next;
    return { count: quantity.value, vague: quantity.vague, next };
  }
  if (token.kind !== 'word') return null;
  if (token.text === 'جميع' || token.text === 'كل') return { count: null, vague: true, next: index + 1 };
  if (readDualPersonNoun(token.text)) {
    const others = readOthers(tokens, index + 1);
    return { count: 2, vague: false, next: others?.next ?? index + 1 };
  }
  if (isPluralPersonNoun(token.text)) {
    // A number may follow the noun: «مدنيين اثنين», «عناصر ثلاثة».
    const after = readQuantityAt(tokens, index + 1);
    if (after !== null && after.conjunctionLength === 0 && !after.vague) return { count: after.value, vague: false, next: after.next };
    return { count: null, vague: true, next: index + 1 };
  }
  if (isSingularPersonNoun(token.text)) {
    const others = readOthers(tokens, index + 1);
    return { count: 1, vague: false, next: others?.next ?? index + 1 };
  }
  return readOthers(tokens, index);
}

/** Most counts joined by «و» after a cue; a bound keeps pathological input linear. */
const MAX_COORDINATED_COUNTS = 4;

/** Adds counts joined by «و» to the first one («ثلاثة عناصر ومدنيان») unless they take a cue of their own. */
function addCoordinatedCounts(tokens: readonly Token[], first: Count): Count {
  let total = first;
  for (let added = 0; added < MAX_COORDINATED_COUNTS; added++) {
    const and = tokens[total.next];
    if (and?.kind !== 'word' || !and.text.startsWith('و') || total.count === null) return total;
    const start = and.text === 'و' ? total.next + 1 : total.next;
    const quantity = readQuantityAt(tokens, start);
    const dual = and.text !== 'و' && readDualPersonNoun(and.text);
    if (quantity === null && !dual) return total;
    const next = quantity === null ? total.next + 1 : readCountPhrase(tokens, start)?.next ?? quantity.next;
    const following = tokens[next];
    if (following?.kind === 'word' && lookUpCasualtyCue(following.text) !== null) return total;
    if (quantity !== null && tokens[quantity.next]?.kind === 'word' && lookUpCasualtyCue(tokens[quantity.next]!.text) !== null) return total;
    const value = quantity === null ? 2 : quantity.value;
    if (value === null) return total;
    total = { count: total.count + value, vague: total.vague || (quantity?.vague ?? false), next };
  }
  return total;
}

/** The opposite-kind cue joined by «و» right after a cue: «مقتل وإصابة», «قتلى وجرحى». */
function readJoinedOppositeCue(tokens: readonly Token[], index: number, cue: CasualtyCue): CasualtyCue | null {
  const token = tokens[index];
  if (token?.kind !== 'word' || !token.text.startsWith('و')) return null;
  const joined = lookUpCasualtyCue(token.text);
  if (joined === null || joined.kind === cue.kind || joined.role !== cue.role || joined.kind === 'both') return null;
  return joined;
}

interface RawMention {
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

const IDIOM_VERBS: ReadonlySet<string> = new Set([
  'لقي', 'لقيت', 'لقوا', 'لقيا', 'اودي', 'اودت', 'يودي', 'تودي', 'فارق', 'فارقت', 'فارقا', 'فارقوا',
]);

/** Reads «لقي ثلاثة عناصر حتفهم» and «أودى بحياة ثلاثة», «فارق الحياة». */
function readIdiomMention(tokens: readonly Token[], index: number): RawMention | null {
  const word = stripConjunction(tokens[index]!.text);
  if (word === 'لقي' || word === 'لقيت' || word === 'لقوا' || word === 'لقيا') {
    for (let k = index + 1; k <= index + 5 && k < tokens.length; k++) {
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
  const next = tokens[index + 1];
  if (/^(?:اودي|اودت|يودي|تودي)$/.test(word) && next?.text === 'بحياه') {
    const phrase = readCountPhrase(tokens, index + 2);
    return { kind: 'killed', count: phrase?.count ?? null, vague: phrase?.vague ?? false, negated: false, first: index, next: phrase?.next ?? index + 2 };
  }
  if (/^(?:فارق|فارقت|فارقا|فارقوا)$/.test(word) && next?.text === 'الحياه') {
    const count = word === 'فارقا' ? 2 : word === 'فارقوا' ? null : 1;
    return { kind: 'killed', count, vague: count === null, negated: false, first: index, next: index + 2 };
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
  if (cue === null || cue.role !== 'noun' || readJoinedOppositeCue(tokens, index + 2, cue) === null) return null;
  return { kind: 'both', count: null, vague: true, negated: false, first: index, next: index + 3 };
}

function readMentionAt(tokens: readonly Token[], index: number): RawMention | null {
  const token = tokens[index]!;
  if (token.kind !== 'word' && token.kind !== 'digits') return null;
  const counted = readCountedNounMention(tokens, index);
  if (counted !== null) return counted;
  if (token.kind !== 'word') return null;
  const idiom = readIdiomMention(tokens, index) ?? readBetweenMention(tokens, index);
  if (idiom !== null) return idiom;
  const cue = lookUpCasualtyCue(token.text);
  return cue === null ? null : readCueMention(tokens, index, cue);
}

/**
 * Finds every casualty statement in `text`, or only inside `[range.start, range.end)` when a range
 * is given. Spans are offsets into `text` as given. Never throws; linear in the length of the text.
 */
export function findCasualtyMentions(text: string, range?: { start: number; end: number }): CasualtyMention[] {
  const start = Math.max(0, Math.min(text.length, range?.start ?? 0));
  const end = Math.max(start, Math.min(text.length, range?.end ?? text.length));
  const window = text.slice(start, end);
  const normalized = normalizeForMatching(window);
  const tokens = tokenizeNormalized(normalized.text);
  const mentions: CasualtyMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const mention = readMentionAt(tokens, index);
    if (mention === null) {
      index++;
      continue;
    }
    const firstToken = tokens[mention.first]!;
    const lastToken = tokens[Math.max(mention.first, mention.next - 1)]!;
    const local = toOriginalSpan(window, normalized, firstToken.start, lastToken.end);
    mentions.push({
      kind: mention.kind,
      count: mention.count,
      vague: mention.vague,
      negated: mention.negated,
      span: { text: window.slice(local.start, local.end), start: start + local.start, end: start + local.end },
    });
    index = Math.max(index + 1, mention.next);
  }
  return mentions;
}

/** Picks one figure for one kind: the largest stated count, else "some" (null), else the stated zero. */
function summarizeKind(mentions: readonly CasualtyMention[], kind: 'killed' | 'injured'): { count: number | null; vague: boolean } {
  const relevant = mentions.filter((mention) => mention.kind === kind || mention.kind === 'both');
  const positive = relevant.filter((mention) => !mention.negated);
  let best: CasualtyMention | null = null;
  for (const mention of positive) {
    if (mention.count !== null && (best === null || mention.count > (best.count ?? -1))) best = mention;
  }
  if (best !== null) return { count: best.count, vague: best.vague };
  if (positive.length > 0) return { count: null, vague: positive.some((mention) => mention.vague) };
  if (relevant.length > 0) return { count: 0, vague: false };
  return { count: null, vague: false };
}

/**
 * Returns the killed and injured counts a clause or sentence states, or null when it states
 * nothing about casualties. A count is null when the text gives none or a vague one without a
 * floor, and 0 only when the text says there were none («دون وقوع إصابات»). Within one text the
 * largest count of each kind wins: repeats («مقتل خمسة… الخمسة») must not add up. `vague` is set
 * when a figure is a floor or an estimate («عشرات» → 10, «أكثر من 20» → 20) or unknown.
 */
export function findCasualties(text: string, range?: { start: number; end: number }): Casualties | null {
  const mentions = findCasualtyMentions(text, range);
  if (mentions.length === 0) return null;
  const killed = summarizeKind(mentions, 'killed');
  const injured = summarizeKind(mentions, 'injured');
  const casualties: Casualties = { killed: killed.count, injured: injured.count };
  if (killed.vague || injured.vague) casualties.vague = true;
  return casualties;
}
