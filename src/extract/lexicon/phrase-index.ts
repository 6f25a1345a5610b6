/**
 * A trie of lexicon phrases keyed by normalized tokens, and the longest match of it at a token of a
 * text, trying the first token with its proclitics stripped (للفرقة → الفرقة, ودير → دير).
 */
import { cliticVariants, tokenize, type Token } from '../text/index.js';
import type { WordIds } from './word-ids.js';

interface TrieNode<Value> {
  next: Map<string, TrieNode<Value>>;
  values: Value[];
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

export class PhraseIndex<Value> {
  private readonly root: TrieNode<Value> = { next: new Map(), values: [] };
  private longestPhrase = 0;
  /**
   * The first steps of each word seen, by word number (see {@link WordIds}): every token of
   * every report is looked up in several indexes, news repeats its words, and most words start no
   * phrase at all, so a token costs an array read here instead of one lookup per clitic reading in
   * a trie root of some hundred thousand names.
   */
  private firstSteps: Array<ReadonlyArray<FirstStep<Value>> | undefined> = [];
  private firstStepsGeneration = -1;

  /** @param minStemAfterClitic 2 for function words (ولم، فلن), 3 for names. */
  constructor(private readonly minStemAfterClitic = DEFAULT_MIN_STEM_AFTER_CLITIC) {}

  /** Adds a phrase (any surface form: it is tokenized and normalized here). Empty phrases are ignored. */
  add(phrase: string, value: Value): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    this.firstSteps = [];
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.norm);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(token.norm, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.longestPhrase = Math.max(this.longestPhrase, tokens.length);
  }

  /** The longest phrase starting at `index`; with a clitic stripped only when no unstripped match is longer. */
  matchAt(stream: TokenStream, index: number): PhraseMatch<Value> | null {
    const { text, tokens } = stream;
    const first = tokens[index];
    if (!first) return null;
    let best: PhraseMatch<Value> | null = null;
    for (const step of this.readFirstSteps(stream.words, index, first.norm)) {
      let node: TrieNode<Value> | undefined = step.node;
      let position = index;
      while (node) {
        if (node.values.length > 0 && (!best || position > best.lastToken)) {
          best = { values: node.values, firstToken: index, lastToken: position, prefixLength: step.prefixLength, articleRestored: step.articleRestored };
        }
        const following = tokens[position + 1];
        if (!following || position + 1 - index >= this.longestPhrase) break;
        // The trie first: most phrases end here, and the gap test slices the text.
        node = node.next.get(following.norm);
        if (node && !isAdjacent(text, tokens, position)) break;
        position += 1;
      }
    }
    return best;
  }

  /** The readings of token `index` (whose form is `word`) that start a phrase, in {@link cliticVariants} order, remembered per word. */
  private readFirstSteps(words: WordIds, index: number, word: string): ReadonlyArray<FirstStep<Value>> {
    if (words.generation !== this.firstStepsGeneration) {
      this.firstSteps = [];
      this.firstStepsGeneration = words.generation;
    }
    const id = words.ids[index] ?? 0;
    const remembered = this.firstSteps[id];
    if (remembered) return remembered;
    const steps = this.findFirstSteps(word);
    // Grown one slot at a time, never with a gap, so the array stays a plain one.
    while (this.firstSteps.length <= id) this.firstSteps.push(undefined);
    this.firstSteps[id] = steps;
    return steps;
  }

  private findFirstSteps(word: string): ReadonlyArray<FirstStep<Value>> {
    const variants = cliticVariants(word);
    // cliticVariants leaves words of three letters whole; a function-word index still reads و+لم.
    if (this.minStemAfterClitic < DEFAULT_MIN_STEM_AFTER_CLITIC && /^[وف]/.test(word) && word.length === 3) {
      variants.push({ stem: word.slice(1), prefixLength: 1, stemLength: 2 });
    }
    const found: Array<FirstStep<Value>> = [];
    for (const variant of variants) {
      if (variant.prefixLength > 0 && variant.stem.length < this.minStemAfterClitic) continue;
      const node = this.root.next.get(variant.stem);
      if (!node) continue;
      const articleRestored = variant.prefixLength > 0 && variant.stem.startsWith('ال') && !word.slice(variant.prefixLength).startsWith('ال');
      found.push({ node, prefixLength: variant.prefixLength, articleRestored });
    }
    return found.length > 0 ? found : NO_STEPS;
  }
}

const NO_STEPS: readonly never[] = [];

/** Spaces, quotes, tatweel and dashes: what may stand between two tokens of one phrase. */
const PHRASE_GAP = /^[\s"'“”«»„‟‘’`ـ\-–—]*$/u;

/**
 * Two tokens belong to one phrase when only {@link PHRASE_GAP} characters lie between them
 * (تنظيم “داعش” is one phrase, as is «دمشق - دير الزور»); a comma or a full stop ends it.
 */
function isAdjacent(text: string, tokens: readonly Token[], position: number): boolean {
  const current = tokens[position];
  const following = tokens[position + 1];
  if (!current || !following) return false;
  return following.start - current.end <= 4 && PHRASE_GAP.test(text.slice(current.end, following.start));
}
