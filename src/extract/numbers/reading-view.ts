/** The phrase readers' view of a text (matching form and tokens), built once and shared by the number and time readers. */
import type { Span } from '../../domain/extraction.js';
import { normalizeToUnits, toOriginalSpan, type NormalizedUnits } from './normalize-for-matching.js';
import { tokenizeUnits, type Token } from './tokenize-normalized.js';

/**
 * The folded text of the view read last, in buffers every view reuses: typed arrays as long as a
 * report cost more to allocate than to fill (V8 gives each a backing store outside its heap and
 * counts it towards the next collection); a fresh pair per report made the whole extraction about
 * 12% slower (prof-extract, CPU time).
 */
let foldedUnits: NormalizedUnits | undefined;
/** The text {@link foldedUnits} hold: a view of another text folds its own again. */
let foldedText = '';

/**
 * A text in the readers' matching form, read into tokens on demand. Why the readers keep a view of
 * their own rather than the document's token stream (text/tokens.ts): they need punctuation as
 * tokens (phrase boundaries, «1,500», «2024/03/15»), digits apart from Latin letters, and ؤ/ئ
 * unfolded (folded, «تؤدي» "leads to" would read as «تودي» "takes a life").
 *
 * The text is folded when it is first read, and tokenized only where it is read: the event stage
 * reads the figures and dates of the sentences that state an event, about two thirds of a
 * report's text (dev corpus), and making every token of the rest was a good part of this view's
 * cost and garbage.
 */
export class ReadingView {
  readonly text: string;
  private allTokens: Token[] | null = null;
  // The last range read and its tokens: the event stage reads a sentence's dates, then its figures.
  private lastFrom = -1;
  private lastTo = -1;
  private lastTokens: Token[] = [];

  constructor(text: string) {
    this.text = text;
  }

  /** The text folded, in the buffers the views share (see {@link foldedUnits}). */
  private get normalized(): NormalizedUnits {
    if (foldedText !== this.text || foldedUnits === undefined) {
      foldedUnits = normalizeToUnits(this.text, foldedUnits);
      foldedText = this.text;
    }
    return foldedUnits;
  }

  /** Every token of the text. */
  get tokens(): Token[] {
    const { units, size } = this.normalized;
    return (this.allTokens ??= tokenizeUnits(units, size, 0, size));
  }

  /** The first normalized unit whose original offset is at least `offset` (binary search). */
  private firstUnitFrom(offset: number): number {
    const { originalIndex, size } = this.normalized;
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((originalIndex[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** See the function {@link tokensWithin}. */
  tokensWithin(range: { start: number; end: number }): Token[] {
    const from = this.firstUnitFrom(range.start);
    const to = this.firstUnitFrom(range.end);
    if (from !== this.lastFrom || to !== this.lastTo) {
      const { units, size } = this.normalized;
      this.lastTokens = tokenizeUnits(units, size, from, to);
      this.lastFrom = from;
      this.lastTo = to;
    }
    return this.lastTokens;
  }

  /** See the function {@link originalSpanOf}. */
  originalSpanOf(first: Token, last: Token, skipped: number): Span {
    const { start, end } = toOriginalSpan(this.text, this.normalized, first.start + skipped, last.end);
    return { text: this.text.slice(start, end), start, end };
  }
}

/** The view of `text` (folded now, tokenized as it is read); linear, never throws. */
export function prepareReadingView(text: string): ReadingView {
  return new ReadingView(text);
}

/** `range` clamped to `text`, or the whole text without one. */
export function clampRange(text: string, range?: { start: number; end: number }): { start: number; end: number } {
  const start = Math.max(0, Math.min(text.length, range?.start ?? 0));
  const end = Math.max(start, Math.min(text.length, range?.end ?? text.length));
  return { start, end };
}

/**
 * The tokens of the original range `[start, end)`: what tokenizing only that slice gives, when the
 * range starts and ends at sentence or clause boundaries (no token runs across those). The array
 * is shared with the next call for the same range: a reader may change it only while it reads.
 */
export function tokensWithin(view: ReadingView, range: { start: number; end: number }): Token[] {
  return view.tokensWithin(range);
}

/** The original span from the start of token `first` to the end of token `last` (see {@link toOriginalSpan}). */
export function originalSpanOf(view: ReadingView, first: Token, last: Token, skipped = 0): Span {
  return view.originalSpanOf(first, last, skipped);
}
