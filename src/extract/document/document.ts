/**
 * One report prepared for the rules, once, for every stage to share: its tokens, sentences,
 * clauses and paragraphs, noise lines removed; for each token the sentence, clause and paragraph
 * it belongs to and its word number; and, on first use, the number and time readers' view.
 */
import type { Span } from '../../domain/extraction.js';
import { formOfNumber, numberForm, rememberSpelling, spellingOfNumber, startNumbering, type WordIds } from '../lexicon/word-ids.js';
import { prepareReadingView, type ReadingView } from '../numbers/index.js';
import { findClauseRanges, findNoiseLines, isWhitespace, makeToken, scanWords, splitSentences, type ClauseRange, type Token } from '../text/index.js';

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** The headline: it restates the lead, so it names entities but states no events of its own. */
  isTitle: boolean;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  clauses: ClauseRange[];
}

export interface PreparedDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Clause index (within its sentence) of each token. */
  clauseOf: Int32Array;
  /** The word number of each token, for per-word answers (see {@link numberForm}). */
  words: WordIds;
  /** The number and time readers' view of the whole text, built on first use (see {@link ReadingView}). */
  readonly readingView: ReadingView;
}

/**
 * A test "is this offset inside one of these spans" for offsets asked in increasing order: one
 * walk over the sorted spans for the whole document, not a scan per question (a 5 MB report has
 * a million tokens and may have thousands of noise lines).
 */
function insideSorted(spans: readonly Span[]): (offset: number) => boolean {
  let next = 0;
  return (offset) => {
    while (next < spans.length && (spans[next] as Span).end <= offset) next += 1;
    const span = spans[next];
    return span !== undefined && offset >= span.start && offset < span.end;
  };
}

/**
 * The per-token arrays of a document (word numbers, sentence and clause of each token) as views of
 * one buffer: each typed array of a few hundred entries gets a backing store outside V8's heap,
 * which costs more to allocate, and to collect, than to fill.
 */
class PerTokenArrays {
  private readonly buffer: ArrayBuffer;
  private readonly capacity: number;
  readonly ids: Int32Array;

  /** Room for `capacity` tokens. */
  constructor(capacity: number) {
    this.capacity = capacity;
    this.buffer = new ArrayBuffer(3 * 4 * capacity);
    this.ids = new Int32Array(this.buffer, 0, capacity);
  }

  /** The sentence and clause arrays for the first `count` tokens. */
  sentenceAndClause(count: number): { sentenceOf: Int32Array; clauseOf: Int32Array } {
    return { sentenceOf: new Int32Array(this.buffer, 4 * this.capacity, count), clauseOf: new Int32Array(this.buffer, 8 * this.capacity, count) };
  }
}

/** Whether `text` has a line feed in `[from, to)`: a new paragraph starts after one. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === 0x0a) return true;
  return false;
}

/**
 * The tokens of `text` outside the noise lines, with their word numbers. Each token's matching
 * form is the one string of its number ({@link formOfNumber}), and its text that string or the
 * last spelling seen of it ({@link spellingOfNumber}), so a word seen before mostly costs no
 * string at all, and the later stages' lookups on it reuse its cached hash.
 */
function tokenizeOutside(text: string, noise: readonly Span[]): { tokens: Token[]; words: WordIds; perToken: PerTokenArrays } {
  const inNoise = insideSorted(noise);
  const scan = scanWords(text);
  const generation = startNumbering(scan.count);
  const perToken = new PerTokenArrays(scan.count);
  const ids = perToken.ids;
  // Sized for every word and cut to the ones kept: grown by push, the array of a 5 MB report (a
  // million tokens) was copied some thirty times, each copy a large object for the collector;
  // sized once, preparing that report took about 10% less CPU time (prof-doc, 360 → 330 ms).
  const tokens = new Array<Token>(scan.count);
  let kept = 0;
  for (let word = 0; word < scan.count; word++) {
    const from = scan.ranges[2 * word] ?? 0;
    if (inNoise(scan.toOriginal[from] ?? 0)) continue;
    const id = numberForm(scan.units, from, scan.ranges[2 * word + 1] ?? 0);
    ids[kept] = id;
    const spelling = spellingOfNumber(id);
    const token = makeToken(text, scan, word, formOfNumber(id), kept, spelling);
    if (token.text !== token.norm && token.text !== spelling) rememberSpelling(id, token.text);
    tokens[kept++] = token;
  }
  tokens.length = kept;
  return { tokens, words: { ids: kept === scan.count ? ids : ids.subarray(0, kept), generation }, perToken };
}

/** Whether `text[from, to)` has at least `count` runs of non-whitespace characters. */
function hasWords(text: string, from: number, to: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let at = from; at < to; at++) {
    const isSpace = isWhitespace(text.charCodeAt(at));
    if (!isSpace && !inWord && ++words >= count) return true;
    inWord = !isSpace;
  }
  return false;
}

/**
 * Where the headline ends: the end of the first line (outside noise) of at least four
 * whitespace-separated words, when something other than whitespace follows it; -1 otherwise.
 */
function findTitleEnd(text: string, noise: readonly Span[]): number {
  const lineInNoise = insideSorted(noise);
  for (let start = 0; start < text.length; start++) {
    if (text.charCodeAt(start) === 0x0a) continue;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!lineInNoise(start) && hasWords(text, start, end, 4)) {
      for (let at = end; at < text.length; at++) if (!isWhitespace(text.charCodeAt(at))) return end;
      return -1;
    }
    start = end;
  }
  return -1;
}

export function prepareDocument(text: string): PreparedDocument {
  const noise = findNoiseLines(text).sort((a, b) => a.start - b.start);
  const { tokens, words, perToken } = tokenizeOutside(text, noise);
  const sentenceInNoise = insideSorted(noise);
  const spans = splitSentences(text).filter((span) => !sentenceInNoise(span.start));
  // The headline is the first line of at least four words, when the report has a body after it.
  const titleEnd = findTitleEnd(text, noise);
  const { sentenceOf, clauseOf } = perToken.sentenceAndClause(tokens.length);
  sentenceOf.fill(-1);
  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  let paragraph = 0;
  let previousEnd = 0;
  for (const span of spans) {
    if (sentences.length > 0 && hasLineBreak(text, previousEnd, span.start)) paragraph += 1;
    previousEnd = span.end;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).start < span.start) tokenIndex += 1;
    const firstToken = tokenIndex;
    const clauses = findClauseRanges(span, { splitAtEveryComma: false });
    let clause = 0;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).end <= span.end) {
      const token = tokens[tokenIndex] as Token;
      while (clause < clauses.length - 1 && token.start >= (clauses[clause] as ClauseRange).end) clause += 1;
      sentenceOf[tokenIndex] = sentences.length;
      clauseOf[tokenIndex] = clause;
      tokenIndex += 1;
    }
    // Built field by field: object spread is V8's slow clone path, and this runs per sentence.
    sentences.push({
      text: span.text,
      start: span.start,
      end: span.end,
      index: sentences.length,
      paragraph,
      isTitle: span.end <= titleEnd,
      firstToken,
      endToken: tokenIndex,
      clauses,
    });
  }
  let readingView: ReadingView | null = null;
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    clauseOf,
    words,
    get readingView() {
      return (readingView ??= prepareReadingView(text));
    },
  };
}
