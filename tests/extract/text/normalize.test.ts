import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOriginalOffset, normalizeArabic, normalizeKey, originalSpan } from '../../../src/extract/text/index.js';

const normalized = (text: string): string => normalizeArabic(text).normalized;

describe('normalizeArabic', () => {
  it('drops harakat, shadda and sukun', () => {
    expect(normalized('قُتِلَ جُنْدِيٌّ')).toBe('قتل جندي');
  });

  it('drops the superscript alef and the hamza marks above and below', () => {
    expect(normalized('هٰذا \u0627\u0654 \u0627\u0655 \u0627\u0653')).toBe('هذا ا ا ا');
  });

  it('drops Quranic annotation marks', () => {
    expect(normalized('محمد\u0610 قال\u06D6 نعم\u06ED')).toBe('محمد قال نعم');
  });

  it('drops tatweel wherever it stretches a word', () => {
    expect(normalized('هجـــوم عنيـف')).toBe('هجوم عنيف');
  });

  it('drops zero-width, bidi and byte-order marks', () => {
    expect(normalized('\uFEFFقوات\u200F \u200Eالجيش\u061C \u200Bالوطني\u200C\u200D')).toBe('قوات الجيش الوطني');
  });

  it('folds hamzated and wasla alef forms to bare alef', () => {
    expect(normalized('أحمد إدلب آليات ٱلقرية')).toBe('احمد ادلب اليات القريه');
  });

  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalized('مستشفى المدينة')).toBe('مستشفي المدينه');
  });

  it('folds waw and yeh carrying hamza to the bare letters', () => {
    expect(normalized('مؤتمر رئيس')).toBe('موتمر رييس');
  });

  it('folds Persian kaf and yeh to their Arabic forms', () => {
    expect(normalized('کابل کی')).toBe('كابل كي');
  });

  it('maps both sets of Arabic-Indic digits to ASCII digits', () => {
    expect(normalized('عام ٢٠٢٤ و۱۳۹۹')).toBe('عام 2024 و1399');
  });

  it('maps Arabic comma, semicolon and question mark to their ASCII forms', () => {
    expect(normalized('لماذا؟ نعم، لا؛')).toBe('لماذا? نعم, لا;');
  });

  it('maps the Arabic decimal separator to a dot', () => {
    expect(normalized('٣٫٧ كم')).toBe('3.7 كم');
  });

  it('turns every quote character into a space', () => {
    expect(normalized('«أ»“ب”„ج‟‘د’″ه"و\'ز')).toBe(' ا  ب  ج  د  ه و ز');
  });

  it('lower-cases Latin letters', () => {
    expect(normalized('Deir ez-Zor SDF')).toBe('deir ez-zor sdf');
  });

  it('applies NFKC to presentation forms and maps each output unit to the ligature', () => {
    const result = normalizeArabic('\uFEFBحرب \uFDF2');
    expect(result.normalized).toBe('لاحرب الله');
    expect(Array.from(result.toOriginal)).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 5, 5, 6]);
  });

  it('folds the result of NFKC again, so a presentation-form hamzated alef becomes bare alef', () => {
    expect(normalized('\uFE83\uFEE3\uFEF4\uFEAE')).toBe('امير');
  });

  it('turns control characters into spaces and keeps tabs and line breaks', () => {
    expect(normalized('أ\u0000ب\u0007ج\tد\ne\r\u0085')).toBe('ا ب ج\tد\ne\r ');
  });

  it('turns a lone surrogate into a space instead of throwing', () => {
    expect(normalized('قصف\uD800غارة\uDC00')).toBe('قصف غاره ');
  });

  it('keeps a surrogate pair and maps both halves to its first half', () => {
    const result = normalizeArabic('ا😀ب');
    expect(result.normalized).toBe('ا😀ب');
    expect(Array.from(result.toOriginal)).toEqual([0, 1, 1, 3, 4]);
  });

  it('ends the offset map with the original length', () => {
    const result = normalizeArabic('قَصْفٌ');
    expect(result.normalized).toBe('قصف');
    expect(Array.from(result.toOriginal)).toEqual([0, 2, 4, 6]);
  });

  it('gives an empty text and a one-entry map for empty input', () => {
    const result = normalizeArabic('');
    expect(result.normalized).toBe('');
    expect(Array.from(result.toOriginal)).toEqual([0]);
  });
});

describe('originalSpan', () => {
  it('covers the harakat that follow the last letter of the range', () => {
    const text = 'قُتِلَ رجلٌ';
    const { toOriginal } = normalizeArabic(text);
    const [start, end] = originalSpan(toOriginal, 0, 3);
    expect(text.slice(start, end)).toBe('قُتِلَ');
  });

  it('leaves out the harakat and marks that precede the first letter of the range', () => {
    const text = 'ب\u064E\u200Fحلب';
    const { toOriginal } = normalizeArabic(text);
    const [start, end] = originalSpan(toOriginal, 1, 4);
    expect(text.slice(start, end)).toBe('حلب');
  });

  it('widens a range that covers half a ligature to the whole ligature', () => {
    const text = 'و\uFEFBجئ';
    const { toOriginal } = normalizeArabic(text);
    expect(originalSpan(toOriginal, 1, 2)).toEqual([1, 2]);
    expect(originalSpan(toOriginal, 2, 3)).toEqual([1, 2]);
  });

  it('never splits a surrogate pair, even for half of it', () => {
    const text = 'ا😀ب';
    const { toOriginal } = normalizeArabic(text);
    expect(originalSpan(toOriginal, 1, 2)).toEqual([1, 3]);
    expect(originalSpan(toOriginal, 2, 3)).toEqual([1, 3]);
  });

  it('gives an empty range at the original position for an empty normalized range', () => {
    const { toOriginal } = normalizeArabic('أَب');
    expect(originalSpan(toOriginal, 1, 1)).toEqual([2, 2]);
    expect(originalSpan(toOriginal, 2, 2)).toEqual([3, 3]);
  });

  it('throws a RangeError for a range outside the normalized text', () => {
    const { toOriginal } = normalizeArabic('حلب');
    expect(() => originalSpan(toOriginal, 2, 5)).toThrow(RangeError);
    expect(() => originalSpan(toOriginal, 2, 1)).toThrow(RangeError);
  });
});

describe('normalizeKey', () => {
  it('gives a quoted name and the bare name the same key', () => {
    expect(normalizeKey('«تنظيم “داعش”»')).toBe('تنظيم داعش');
    expect(normalizeKey('  تنظيمُ\tداعش ')).toBe('تنظيم داعش');
  });

  it('collapses line breaks and runs of spaces into one space', () => {
    expect(normalizeKey('قوات\n\n  سوريا   الديمقراطية')).toBe('قوات سوريا الديمقراطيه');
  });

  it('gives the matching form with whitespace collapsed and trimmed, for any text', () => {
    const reference = (phrase: string) => normalizeArabic(phrase).normalized.replace(/\s+/g, ' ').trim();
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '\n', '\u00A0', '\u2028', '\uFEFF', 'ﻻ', '\uFDFA', '😀', '\uD800', 'ـ', 'ً', 'أ'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 300 });
    fc.assert(
      fc.property(anyText, (phrase) => {
        expect(normalizeKey(phrase)).toBe(reference(phrase));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findOriginalOffset', () => {
  it('reads the offset map of normalizeArabic without building it, for any text', () => {
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('و', 'ب', 'ال', 'ً', 'ـ', '\u200C', 'ﻻ', '\uFDFA', '😀', '\uD800', '“'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 30 });
    fc.assert(
      fc.property(anyText, (text) => {
        const { toOriginal } = normalizeArabic(text);
        for (let unit = 0; unit <= toOriginal.length; unit += 1) expect(findOriginalOffset(text, unit)).toBe(toOriginal[unit] ?? 0);
      }),
      { numRuns: 1000 },
    );
  });
});
