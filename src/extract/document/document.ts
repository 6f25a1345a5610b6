/**
 * One report prepared for the rules: its tokens, sentences, clauses and paragraphs, noise lines
 * removed, and for each token the sentence, clause and paragraph it belongs to.
 */
import type { Span } from '../../domain/extraction.js';
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

export function prepareDocument(text: string): PreparedDocument {
  const noise = findNoiseLines(text).sort((a, b) => a.start - b.start);
  const tokenInNoise = insideSorted(noise);
  const tokens = tokenize(text).filter((token) => !tokenInNoise(token.start));
  tokens.forEach((token, index) => (token.index = index));
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
    if (sentences.length > 0 && /\n\s*\n|\n/.test(text.slice(previousEnd, span.start))) paragraph += 1;
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
    sentences.push({ ...span, index: sentences.length, paragraph, isTitle: span.end <= titleEnd, firstToken, endToken: tokenIndex, clauses });
  }
  return { text, tokens, sentences, sentenceOf, clauseOf };
}
