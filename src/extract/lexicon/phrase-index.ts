/**
 * A trie of lexicon phrases keyed by normalized tokens, and the longest match of it at a token of a
 * text, trying the first token with its proclitics stripped (للفرقة → الفرقة, ودير → دير).
 */
import { cliticVariants, tokenize, type Token } from '../text/index.js';
import type { WordIds } from './word-ids.js';
import { WordMemo } from './word-memo.js';

/**
 * A phrase prefix. Below the first word, children are keyed by the index's own number of the next
 * word (see {@link PhraseIndex.followerNumbers}): a number hashes and compares faster than a string,
 * and a word that follows in no phrase is turned away by one array read, before any lookup.
 */
interface TrieNode<Value> {
  /** Null for a phrase's last word (most nodes): nothing longer to try. */
  next: Map<number, TrieNode<Value>> | null;
  values: Value[];
  /** The {@link PhraseMatch.phrase} number of a node that ends phrases; -1 for one that only leads to longer ones. */
  phrase: number;
}

export interface PhraseMatch<Value> {
  values: Value[];
  /** Token indexes [first, last] of the match in the text. */
  firstToken: number;
  lastToken: number;
  /** Normalized characters of the first token that are a clitic prefix, not part of the phrase. */
  prefixLength: number;
  /** True when the stem re-adds an article the text elided: للفرقة read as ل + الفرقة. */
  articleRestored: boolean;
  /**
   * The number of the phrase matched (its normalized words), from 0 up, the same for every match
   * of it: callers keep what they work out from its `values` in an array read by this number.
   */
  phrase: number;
}

/** By default a stem shorter than this is not read through a stripped clitic (و+لم is not a name). */
const DEFAULT_MIN_STEM_AFTER_CLITIC = 3;

/** A first token read one way (a clitic reading of it) that starts at least one phrase: the trie node after it. */
interface FirstStep<Value> {
  node: TrieNode<Value>;
  prefixLength: number;
  articleRestored: boolean;
}

/** Tokens with their word numbers: what {@link PhraseIndex.matchAt} reads (a prepared document is one). */
export interface TokenStream {
  text: string;
  tokens: readonly Token[];
  words: WordIds;
}

/** The number of a word that follows in no phrase. */
const NOT_A_FOLLOWER = -1;

export class PhraseIndex<Value> {
  /** First words of phrases, as written in the lexicon (a token matches them through its clitic readings). */
  private readonly firstWords = new Map<string, TrieNode<Value>>();
  /** Every word that stands second or later in some phrase, numbered for the trie's children. */
  private readonly followerNumbers = new Map<string, number>();
  private longestPhrase = 0;
  private phraseCount = 0;
  /**
   * The first steps of each word seen: every token of every report is looked up in several
   * indexes, and most words start no phrase at all, so a token costs an array read here instead
   * of one lookup per clitic reading among some ten thousand first words.
   */
  private readonly firstSteps = new WordMemo<ReadonlyArray<FirstStep<Value>>>((word) => this.findFirstSteps(word));
  private readonly followers = new WordMemo<number>((word) => this.followerNumbers.get(word) ?? NOT_A_FOLLOWER);

  /** @param minStemAfterClitic 2 for function words (ولم، فلن), 3 for names. */
  constructor(private readonly minStemAfterClitic = DEFAULT_MIN_STEM_AFTER_CLITIC) {}

  /** Adds a phrase (any surface form: it is tokenized and normalized here). Empty phrases are ignored. */
  add(phrase: string, value: Value): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (!first) return;
    this.firstSteps.forget();
    this.followers.forget();
    let node = this.firstWords.get(first.norm);
    if (!node) {
      node = { next: null, values: [], phrase: -1 };
      this.firstWords.set(first.norm, node);
    }
    for (let position = 1; position < tokens.length; position += 1) node = this.childOf(node, (tokens[position] as Token).norm);
    if (node.phrase < 0) node.phrase = this.phraseCount++;
    if (!node.values.includes(value)) node.values.push(value);
    this.longestPhrase = Math.max(this.longestPhrase, tokens.length);
  }

  private childOf(node: TrieNode<Value>, word: string): TrieNode<Value> {
    let number = this.followerNumbers.get(word);
    if (number === undefined) {
      number = this.followerNumbers.size;
      this.followerNumbers.set(word, number);
    }
    node.next ??= new Map();
    let child = node.next.get(number);
    if (!child) {
      child = { next: null, values: [], phrase: -1 };
      node.next.set(number, child);
    }
    return child;
  }

  /** The longest phrase starting at `index`; with a clitic stripped only when no unstripped match is longer. */
  matchAt(stream: TokenStream, index: number): PhraseMatch<Value> | null {
    const { text, tokens, words } = stream;
    const first = tokens[index];
    if (!first) return null;
    const steps = this.firstSteps.read(words, index, first.norm);
    // Most tokens start no phrase: they leave here, having cost one array read.
    if (steps.length === 0) return null;
    // The best match so far, kept in locals: most tries find nothing, and a found one is made once.
    let bestStep: FirstStep<Value> | null = null;
    let bestNode: TrieNode<Value> | null = null;
    let bestLast = -1;
    for (const step of steps) {
      let node = step.node;
      let position = index;
      for (;;) {
        if (node.phrase >= 0 && position > bestLast) {
          bestStep = step;
          bestNode = node;
          bestLast = position;
        }
        const following = position + 1;
        if (node.next === null || following >= tokens.length || following - index >= this.longestPhrase) break;
        const next = tokens[following] as Token;
        const follower = this.followers.read(words, following, next.norm);
        if (follower === NOT_A_FOLLOWER) break;
        const child = node.next.get(follower);
        if (!child || !isAdjacent(text, tokens[position] as Token, next)) break;
        node = child;
        position = following;
      }
    }
    if (bestStep === null || bestNode === null) return null;
    return {
      values: bestNode.values,
      firstToken: index,
      lastToken: bestLast,
      prefixLength: bestStep.prefixLength,
      articleRestored: bestStep.articleRestored,
      phrase: bestNode.phrase,
    };
  }

  /** The readings of `word` that start a phrase, in {@link cliticVariants} order. */
  private findFirstSteps(word: string): ReadonlyArray<FirstStep<Value>> {
    const variants = cliticVariants(word);
    // cliticVariants leaves words of three letters whole; a function-word index still reads و+لم.
    if (this.minStemAfterClitic < DEFAULT_MIN_STEM_AFTER_CLITIC && /^[وف]/.test(word) && word.length === 3) {
      variants.push({ stem: word.slice(1), prefixLength: 1, stemLength: 2 });
    }
    const found: Array<FirstStep<Value>> = [];
    for (const variant of variants) {
      if (variant.prefixLength > 0 && variant.stem.length < this.minStemAfterClitic) continue;
      const node = this.firstWords.get(variant.stem);
      if (!node) continue;
      const articleRestored = variant.prefixLength > 0 && variant.stem.startsWith('ال') && !word.slice(variant.prefixLength).startsWith('ال');
      found.push({ node, prefixLength: variant.prefixLength, articleRestored });
    }
    return found.length > 0 ? found : NO_STEPS;
  }
}

const NO_STEPS: readonly never[] = [];

/** At most this many characters stand between two tokens of one phrase. */
const LONGEST_PHRASE_GAP = 4;

/**
 * Two tokens belong to one phrase when only spaces, quotes, tatweel and dashes lie between them
 * (تنظيم “داعش” is one phrase, as is «دمشق - دير الزور»); a comma or a full stop ends it.
 * A character loop, not a regular expression over a slice: this runs at every step into the trie.
 */
function isAdjacent(text: string, current: Token, following: Token): boolean {
  if (following.start - current.end > LONGEST_PHRASE_GAP) return false;
  for (let at = current.end; at < following.start; at += 1) {
    if (!isPhraseGapCharacter(text.charCodeAt(at))) return false;
  }
  return true;
}

/** What `/[\s"'“”«»„‟‘’`ـ\-–—]/u` accepts: JavaScript's white space and line terminators, quotes, tatweel, dashes. */
function isPhraseGapCharacter(code: number): boolean {
  switch (code) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0xa0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
    case 0x22: case 0x27: case 0x60: case 0x2d: case 0x0640:
    case 0x201c: case 0x201d: case 0x00ab: case 0x00bb: case 0x201e: case 0x201f: case 0x2018: case 0x2019:
    case 0x2013: case 0x2014:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}
