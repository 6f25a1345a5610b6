import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../src/extract/numbers/normalize-for-matching.js';
import { mayStartQuantity, parseArabicNumber, readQuantityAt } from '../../../src/extract/numbers/parse-arabic-number.js';
import { tokenizeNormalized } from '../../../src/extract/numbers/tokenize-normalized.js';
import { arbitraryReportText } from './arbitrary-report-text.js';

const exact = (value: number) => ({ value, vague: false });
const vague = (value: number | null) => ({ value, vague: true });

describe('parseArabicNumber', () => {
  it.each([
    ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتين', 2], ['ثلاثة', 3], ['ثلاث', 3],
    ['أربعة', 4], ['خمس', 5], ['ستة', 6], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['عشرة', 10], ['عشر', 10],
  ])('reads the unit %s in either gender as %i', (word, value) => {
    expect(parseArabicNumber(word)).toEqual(exact(value));
  });

  it.each([
    ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['اثنتي عشرة', 12], ['ثلاثة عشر', 13], ['تسع عشرة', 19],
  ])('reads the teen %s as %i', (phrase, value) => {
    expect(parseArabicNumber(phrase)).toEqual(exact(value));
  });

  it.each([
    ['عشرون', 20], ['عشرين', 20], ['ثلاثين', 30], ['أربعون', 40], ['تسعين', 90],
  ])('reads the ten %s as %i', (word, value) => {
    expect(parseArabicNumber(word)).toEqual(exact(value));
  });

  it.each([
    ['مئة', 100], ['مائة', 100], ['مئتين', 200], ['مائتان', 200], ['ثلاثمئة', 300], ['ثلاث مئة', 300], ['خمسمائة', 500],
  ])('reads the hundred %s as %i', (phrase, value) => {
    expect(parseArabicNumber(phrase)).toEqual(exact(value));
  });

  it.each([
    ['ألف', 1000], ['ألفين', 2000], ['ثلاثة آلاف', 3000], ['20 ألف', 20000], ['ألف ومئتان', 1200],
  ])('reads the thousands %s as %i', (phrase, value) => {
    expect(parseArabicNumber(phrase)).toEqual(exact(value));
  });

  it('adds the parts of a compound joined by wa', () => {
    expect(parseArabicNumber('خمسة وعشرون')).toEqual(exact(25));
    expect(parseArabicNumber('مئة وخمسة وعشرون')).toEqual(exact(125));
  });

  it('reads harakat-marked words the same as bare ones', () => {
    expect(parseArabicNumber('ثَلاثَةٌ')).toEqual(exact(3));
  });

  it('reads western, Arabic-Indic and Persian digits', () => {
    expect(parseArabicNumber('17')).toEqual(exact(17));
    expect(parseArabicNumber('٤')).toEqual(exact(4));
    expect(parseArabicNumber('١٢')).toEqual(exact(12));
    expect(parseArabicNumber('۵')).toEqual(exact(5));
  });

  it('joins thousands groups written with a comma or the Arabic separator', () => {
    expect(parseArabicNumber('1,500')).toEqual(exact(1500));
    expect(parseArabicNumber('١٬٥٠٠')).toEqual(exact(1500));
  });

  it('reads the dual of a person noun as two', () => {
    expect(parseArabicNumber('عنصرين')).toEqual(exact(2));
    expect(parseArabicNumber('جريحان')).toEqual(exact(2));
    expect(parseArabicNumber('قتيلين')).toEqual(exact(2));
    expect(parseArabicNumber('امرأتين')).toEqual(exact(2));
    expect(parseArabicNumber('مدنيان')).toEqual(exact(2));
  });

  it('does not read a sound plural in -iin as a dual', () => {
    expect(parseArabicNumber('مدنيين')).toBeNull();
    expect(parseArabicNumber('مقاتلين')).toBeNull();
    expect(parseArabicNumber('مسلحين')).toBeNull();
  });

  it('gives vague amounts their conservative floor', () => {
    expect(parseArabicNumber('عشرات')).toEqual(vague(10));
    expect(parseArabicNumber('العشرات')).toEqual(vague(10));
    expect(parseArabicNumber('مئات')).toEqual(vague(100));
    expect(parseArabicNumber('آلاف')).toEqual(vague(1000));
    expect(parseArabicNumber('عشرات الآلاف')).toEqual(vague(10000));
  });

  it('reads a few without a floor', () => {
    expect(parseArabicNumber('بضعة')).toEqual(vague(null));
  });

  it('keeps a hedged number as a vague figure', () => {
    expect(parseArabicNumber('أكثر من 20')).toEqual(vague(20));
    expect(parseArabicNumber('نحو 15')).toEqual(vague(15));
    expect(parseArabicNumber('ما لا يقل عن 7')).toEqual(vague(7));
    expect(parseArabicNumber('حوالي خمسين')).toEqual(vague(50));
  });

  it('reads everyone inside as an unknown count', () => {
    expect(parseArabicNumber('جميع من كانوا بداخلها')).toEqual(vague(null));
  });

  it('returns null for words that are not numbers', () => {
    expect(parseArabicNumber('أحد')).toBeNull();
    expect(parseArabicNumber('عنصر')).toBeNull();
    expect(parseArabicNumber('خمسة عناصر')).toBeNull();
    expect(parseArabicNumber('')).toBeNull();
  });
});

describe('mayStartQuantity', () => {
  it('admits every word at which readQuantityAt reads a quantity', () => {
    fc.assert(
      fc.property(arbitraryReportText, fc.constantFrom('', ' خمسة', ' ما لا يقل عن ٣', ' وعشرين', ' عشرات الآلاف', ' عدد من'), (text, tail) => {
        const tokens = tokenizeNormalized(normalizeForMatching(text + tail).text);
        tokens.forEach((token, index) => {
          if (token.kind === 'word' && !mayStartQuantity(token.text)) expect(readQuantityAt(tokens, index)).toBeNull();
        });
      }),
      { numRuns: 500 },
    );
  });

  it('turns away words that start no number', () => {
    expect(['قصف', 'الجيش', 'وقال'].map(mayStartQuantity)).toEqual([false, false, false]);
    expect(['خمسه', 'وخمسه', 'نحو', 'عشرات', 'الف'].map(mayStartQuantity)).toEqual([true, true, true, true, true]);
  });
});
