/**
 * A trie of lexicon phrases keyed by normalized tokens, and the longest match of it at a token of a
 * text, trying the first token with its proclitics stripped (للفرقة → الفرقة, ودير → دير).
 */
import { cliticVariants, tokenize, type CliticVariant, type Token } from '../text/index.js';

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

/**
 * cliticVariants for a word, remembered: every token is looked up in several indexes, and news
 * repeats its words. The cache is cleared when it grows past a bound, so memory stays flat.
 */
const variantCache = new Map<string, CliticVariant[]>();
function readCliticVariants(word: string): CliticVariant[] {
  let variants = variantCache.get(word);
  if (!variants) {
    if (variantCache.size > 50_000) variantCache.clear();
    variants = cliticVariants(word);
    variantCache.set(word, variants);
  }
  return variants;
}

/** By default a stem shorter than this is not read through a stripped clitic (و+لم is not a name). */
const DEFAULT_MIN_STEM_AFTER_CLITIC = 3;

export class PhraseIndex<Value> {
  private readonly root: TrieNode<Value> = { next: new Map(), values: [] };
  private longestPhrase = 0;

  /** @param minStemAfterClitic 2 for function words (ولم، فلن), 3 for names. */
  constructor(private readonly minStemAfterClitic = DEFAULT_MIN_STEM_AFTER_CLITIC) {}

  /** Adds a phrase (any surface form: it is tokenized and normalized here). Empty phrases are ignored. */
  add(phrase: string, value: Value): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
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
  matchAt(text: string, tokens: readonly Token[], index: number): PhraseMatch<Value> | null {
    const first = tokens[index];
    if (!first) return null;
    let best: PhraseMatch<Value> | null = null;
    const variants = readCliticVariants(first.norm);
    // cliticVariants leaves words of three letters whole; a function-word index still reads و+لم.
    const extra =
      this.minStemAfterClitic < DEFAULT_MIN_STEM_AFTER_CLITIC && /^[وف]/.test(first.norm) && first.norm.length === 3
        ? [{ stem: first.norm.slice(1), prefixLength: 1, stemLength: 2 }]
        : [];
    for (const variant of extra.length > 0 ? [...variants, ...extra] : variants) {
      if (variant.prefixLength > 0 && variant.stem.length < this.minStemAfterClitic) continue;
      let node = this.root.next.get(variant.stem);
      let position = index;
      while (node) {
        if (node.values.length > 0 && (!best || position > best.lastToken)) {
          best = {
            values: node.values,
            firstToken: index,
            lastToken: position,
            prefixLength: variant.prefixLength,
            articleRestored: variant.prefixLength > 0 && variant.stem.startsWith('ال') && !first.norm.slice(variant.prefixLength).startsWith('ال'),
          };
        }
        const following = tokens[position + 1];
        if (!following || position + 1 - index >= this.longestPhrase || !isAdjacent(text, tokens, position)) break;
        node = node.next.get(following.norm);
        position += 1;
      }
    }
    return best;
  }
}

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
