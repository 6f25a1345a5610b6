/**
 * One report prepared for the rules, once, for every stage to share: its tokens, sentences,
 * clauses and paragraphs, noise lines removed; for each token the sentence, clause and paragraph
 * it belongs to and its word number; and, on first use, the number and time readers' view.
 */
import type { Span } from '../../domain/extraction.js';
import { numberWords, type WordIds } from '../lexicon/word-ids.js';
import { prepareReadingView, type ReadingView } from '../numbers/index.js';
import { findNoiseLines, splitClauses, splitSentences, tokenize, type Token } from '../text/index.js';

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** The headline: it restates the lead, so it names entities but states no events of its own. */
  isTitle: boolean;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  clauses: Span[];
}

export interface PreparedDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Clause index (within its sentence) of each token. */
  clauseOf: Int32Array;
  /** The word number of each token, for per-word answers (see {@link numberWords}). */
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

/** Whether `text` has a line feed in `[from, to)`: a new paragraph starts after one. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === 0x0a) return true;
  return false;
}

export function prepareDocument(text: string): PreparedDocument {
  const noise = findNoiseLines(text).sort((a, b) => a.start - b.start);
  const tokenInNoise = insideSorted(noise);
  const tokens: Token[] = [];
  for (const token of tokenize(text)) {
    if (tokenInNoise(token.start)) continue;
    token.index = tokens.length;
    tokens.push(token);
  }
  const sentenceInNoise = insideSorted(noise);
  const spans = splitSentences(text).filter((span) => !sentenceInNoise(span.start));
  // The headline is the first line of at least four words, when the report has a body after it.
  let titleEnd = -1;
  const lineInNoise = insideSorted(noise);
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (lineInNoise(line.index) || line[0].trim().split(/\s+/).length < 4) continue;
    if (text.slice(line.index + line[0].length).trim().length > 0) titleEnd = line.index + line[0].length;
    break;
  }
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const clauseOf = new Int32Array(tokens.length).fill(0);
  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  let paragraph = 0;
  let previousEnd = 0;
  for (const span of spans) {
    if (sentences.length > 0 && hasLineBreak(text, previousEnd, span.start)) paragraph += 1;
    previousEnd = span.end;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).start < span.start) tokenIndex += 1;
    const firstToken = tokenIndex;
    const clauses = splitClauses(span, { splitAtEveryComma: false });
    let clause = 0;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).end <= span.end) {
      const token = tokens[tokenIndex] as Token;
      while (clause < clauses.length - 1 && token.start >= (clauses[clause] as Span).end) clause += 1;
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
    words: numberWords(tokens),
    get readingView() {
      return (readingView ??= prepareReadingView(text));
    },
  };
}
