import { describe, expect, it } from 'vitest';
import { balanceQuotes } from '../../../src/extract/text/index.js';

/** The span of `part` (its first occurrence) in `text`, balanced. */
const balanced = (text: string, part: string) => balanceQuotes(text, text.indexOf(part), text.indexOf(part) + part.length).text;

describe('balanceQuotes', () => {
  it('takes the closing quote right after a span that opened one («ميليشيا “لواء الباقر”»)', () => {
    expect(balanced('هاجمت ميليشيا “لواء الباقر” قرية', 'ميليشيا “لواء الباقر')).toBe('ميليشيا “لواء الباقر”');
  });

  it('takes the opening quote right before a span that closes one', () => {
    expect(balanced('قال إن «جيش الإسلام» التابع للجيش الوطني', 'جيش الإسلام» التابع')).toBe('«جيش الإسلام» التابع');
  });

  it('pairs a lone straight quote with the one beside the span', () => {
    expect(balanced('دخل فصيل "أحرار الشرقية" المدينة', 'فصيل "أحرار الشرقية')).toBe('فصيل "أحرار الشرقية"');
  });

  it('leaves a balanced span or one with no quote as it is', () => {
    expect(balanced('دخل فصيل “أحرار الشرقية” المدينة', 'أحرار الشرقية')).toBe('أحرار الشرقية');
    expect(balanced('دخل فصيل “أحرار الشرقية” المدينة', 'فصيل “أحرار الشرقية”')).toBe('فصيل “أحرار الشرقية”');
  });
});

describe('balanceQuotes at the end of the text', () => {
  it('does not reach past the text when a quoted name is cut before its closing quote', () => {
    const text = 'قالت غرفة عمليات “الفتح المبين';
    const start = text.indexOf('غرفة');
    expect(balanceQuotes(text, start, text.length)).toEqual({ text: text.slice(start), start, end: text.length });
  });
});
