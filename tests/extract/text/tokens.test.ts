import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/text/index.js';

const surfaces = (text: string): string[] => tokenize(text).map((token) => token.text);
const forms = (text: string): string[] => tokenize(text).map((token) => token.norm);

describe('tokenize', () => {
  it('splits on spaces and punctuation and gives original offsets, matching forms and indexes', () => {
    expect(tokenize('سقطت قذيفة، قرب المدرسة.')).toEqual([
      { text: 'سقطت', start: 0, end: 4, norm: 'سقطت', index: 0 },
      { text: 'قذيفة', start: 5, end: 10, norm: 'قذيفه', index: 1 },
      { text: 'قرب', start: 12, end: 15, norm: 'قرب', index: 2 },
      { text: 'المدرسة', start: 16, end: 23, norm: 'المدرسه', index: 3 },
    ]);
  });

  it('never puts quote characters into a token', () => {
    expect(surfaces('بـ«الحرس» و"القوات" و‘الدرك’')).toEqual(['بـ', 'الحرس', 'و', 'القوات', 'و', 'الدرك']);
    expect(forms('بـ«الحرس»')).toEqual(['ب', 'الحرس']);
  });

  it('keeps harakat, tatweel and zero-width joiners inside one token', () => {
    expect(surfaces('اسْتُهْدِفَ مقـــر مي\u200Cخواهم')).toEqual(['اسْتُهْدِفَ', 'مقـــر', 'مي\u200Cخواهم']);
    expect(forms('اسْتُهْدِفَ مقـــر')).toEqual(['استهدف', 'مقر']);
  });

  it('keeps a Latin code with digits as one token', () => {
    expect(surfaces('على طريق M5 قرب SY24')).toEqual(['على', 'طريق', 'M5', 'قرب', 'SY24']);
    expect(forms('M5')).toEqual(['m5']);
  });

  it('keeps a hyphen between Latin letters or digits inside the token', () => {
    expect(surfaces('دبابة T-90 وبنادق AK-47 يوم 2024-03-14')).toEqual([
      'دبابة', 'T-90', 'وبنادق', 'AK-47', 'يوم', '2024-03-14',
    ]);
  });

  it('splits at a hyphen with an Arabic word on either side', () => {
    expect(surfaces('حمص-تدمر و A-')).toEqual(['حمص', 'تدمر', 'و', 'A']);
  });

  it('keeps decimal numbers and thousands separators inside the token', () => {
    expect(surfaces('قطع 2.5 كم و1,200 متر و٣٫٥ ميل')).toEqual(['قطع', '2.5', 'كم', 'و', '1,200', 'متر', 'و', '٣٫٥', 'ميل']);
    expect(forms('٣٫٥')).toEqual(['3.5']);
  });

  it('splits a comma between digits that is not a thousands separator', () => {
    expect(surfaces('2,5 و3,')).toEqual(['2', '5', 'و', '3']);
  });

  it('splits where Arabic letters meet Latin letters or digits', () => {
    expect(surfaces('لـSDF وM4 عام2023')).toEqual(['لـ', 'SDF', 'و', 'M4', 'عام', '2023']);
  });

  it('maps Arabic-Indic digits to ASCII in the matching form', () => {
    expect(tokenize('قتل ١٢ عنصراً')[1]).toEqual({ text: '١٢', start: 4, end: 6, norm: '12', index: 1 });
  });

  it('gives a presentation-form ligature its folded matching form', () => {
    expect(tokenize('\uFEFB أحد')).toEqual([
      { text: '\uFEFB', start: 0, end: 1, norm: 'لا', index: 0 },
      { text: 'أحد', start: 2, end: 5, norm: 'احد', index: 1 },
    ]);
  });

  it('treats astral letters as word characters and emoji as separators', () => {
    expect(surfaces('قصف😀عنيف 𝐒𝐃𝐅')).toEqual(['قصف', 'عنيف', '𝐒𝐃𝐅']);
    expect(forms('𝐒𝐃𝐅')).toEqual(['sdf']);
  });

  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ،.؟!«»“” \n')).toEqual([]);
  });

  it('tokenizes a million random code units, lone surrogates and controls included, without throwing', () => {
    let seed = 20240314;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units = Array.from({ length: 1_000_000 }, () => (random() < 0.5 ? 0x0600 + random() * 0x100 : random() * 0x10000) | 0);
    const text = units.map((unit) => String.fromCharCode(unit)).join('');
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(1000);
    expect(tokens.every((token) => text.slice(token.start, token.end) === token.text)).toBe(true);
  });

  it('tokenizes five megabytes of text without throwing', () => {
    const sentence = 'أعلنت القوات، صباح اليوم، السيطرة على ٣ قرى في ريف المدينة الشرقي. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const tokens = tokenize(text);
    expect(tokens.length).toBe(12 * Math.ceil(5_000_000 / sentence.length));
    const last = tokens.at(-1);
    expect(last?.text).toBe('الشرقي');
    expect(last?.end).toBe(text.length - 2);
  });
});
