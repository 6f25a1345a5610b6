/**
 * Quote balance of a span: a name in quotes («تنظيم “داعش”», «لواء "القدس"») is reported with
 * both of its quotes or with neither, never with one. Spans are built from tokens, which stop at
 * a quote, so a name whose last word closes a quote ends one character short.
 */
import type { Span } from '../../domain/extraction.js';

const OPENING = '“«';
const CLOSING = '”»';
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const STRAIGHT = 0x22;

/** Quotes of each kind in `[start, end)`, by character code: asked for every name matched. */
function count(text: string, start: number, end: number): { opening: number; closing: number; straight: number } {
  let opening = 0;
  let closing = 0;
  let straight = 0;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === LEFT_DOUBLE || code === LEFT_GUILLEMET) opening += 1;
    else if (code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET) closing += 1;
    else if (code === STRAIGHT) straight += 1;
  }
  return { opening, closing, straight };
}

/**
 * `[start, end)` of `text` widened by the quote just outside it when the span holds one quote of a
 * pair: an unclosed «“» takes the «”» right after the span, an unopened «”» the «“» right before
 * it, a lone straight quote the straight quote on either side. A span that is balanced, or whose
 * missing quote is not adjacent, is returned as it is. Costs one pass over the span.
 */
export function balanceQuotes(text: string, start: number, end: number): Span {
  const { opening, closing, straight } = count(text, start, end);
  if (opening === closing && straight % 2 === 0) return { text: text.slice(start, end), start, end };
  let from = start;
  let to = end;
  // charAt past either end is '', which every string includes: bounds first.
  if (opening > closing && to < text.length && CLOSING.includes(text.charAt(to))) to += 1;
  else if (closing > opening && from > 0 && OPENING.includes(text.charAt(from - 1))) from -= 1;
  if (straight % 2 === 1) {
    if (text.charAt(to) === '"') to += 1;
    else if (from > 0 && text.charAt(from - 1) === '"') from -= 1;
  }
  return { text: text.slice(from, to), start: from, end: to };
}
