/** The phrase readers' view of a text (matching form and tokens), built once and shared by the number and time readers. */
import type { Span } from '../../domain/extraction.js';
import { normalizeForMatching, toOriginalSpan, type NormalizedText } from './normalize-for-matching.js';
import { tokenizeNormalized, type Token } from './tokenize-normalized.js';

/**
 * A text in the readers' matching form with its tokens. Why the readers keep a view of their own
 * rather than the document's token stream (text/tokens.ts): they need punctuation as tokens
 * (phrase boundaries, «1,500», «2024/03/15»), digits apart from Latin letters, and ؤ/ئ unfolded
 * (folded, «تؤدي» "leads to" would read as «تودي» "takes a life").
 */
export interface ReadingView {
  text: string;
  normalized: NormalizedText;
  tokens: Token[];
}

/** Normalizes and tokenizes `text` once; linear, never throws. */
export function prepareReadingView(text: string): ReadingView {
  const normalized = normalizeForMatching(text);
  return { text, normalized, tokens: tokenizeNormalized(normalized.text) };
}

/** `range` clamped to `text`, or the whole text without one. */
export function clampRange(text: string, range?: { start: number; end: number }): { start: number; end: number } {
  const start = Math.max(0, Math.min(text.length, range?.start ?? 0));
  const end = Math.max(start, Math.min(text.length, range?.end ?? text.length));
  return { start, end };
}

/** Index of the first token whose original offset is at least `offset` (binary search). */
function firstTokenFrom(view: ReadingView, offset: number): number {
  const { tokens } = view;
  const { originalIndex } = view.normalized;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((originalIndex[tokens[middle]!.start] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tokens of the original range `[start, end)`: what tokenizing only that slice gives, when the
 * range starts and ends at sentence or clause boundaries (no token runs across those).
 */
export function tokensWithin(view: ReadingView, range: { start: number; end: number }): Token[] {
  return view.tokens.slice(firstTokenFrom(view, range.start), firstTokenFrom(view, range.end));
}

/** The original span from the start of token `first` to the end of token `last` (see {@link toOriginalSpan}). */
export function originalSpanOf(view: ReadingView, first: Token, last: Token, skipped = 0): Span {
  const { start, end } = toOriginalSpan(view.text, view.normalized, first.start + skipped, last.end);
  return { text: view.text.slice(start, end), start, end };
}
