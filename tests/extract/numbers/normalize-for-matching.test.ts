import { describe, expect, it } from 'vitest';
import { normalizeForMatching, toOriginalSpan } from '../../../src/extract/numbers/normalize-for-matching.js';

describe('normalizeForMatching', () => {
  it('folds hamza forms, alef maqsura and ta marbuta', () => {
    expect(normalizeForMatching('أإآٱ ى ة').text).toBe('اااا ي ه');
  });

  it('drops harakat and tatweel and maps each kept character back to the original', () => {
    const original = 'قُتِلَ الـعنصر';
    const normalized = normalizeForMatching(original);
    expect(normalized.text).toBe('قتل العنصر');
    expect(normalized.originalIndex[1]).toBe(2);
    expect(normalized.originalIndex[normalized.text.length]).toBe(original.length);
  });

  it('turns Arabic-Indic digits and Arabic punctuation into their ASCII forms', () => {
    expect(normalizeForMatching('٤، ۵؟').text).toBe('4, 5?');
  });

  it('expands presentation-form ligatures and maps both letters to the ligature', () => {
    const normalized = normalizeForMatching('ﻻ');
    expect(normalized.text).toBe('لا');
    expect([...normalized.originalIndex]).toEqual([0, 0, 1]);
  });

  it('keeps lone surrogates and control characters unchanged', () => {
    expect(normalizeForMatching('\uD800a\u0000').text).toBe('\uD800a\u0000');
  });
});

describe('toOriginalSpan', () => {
  it('extends a span over the harakat written after its last letter', () => {
    const original = 'أمسِ،';
    const normalized = normalizeForMatching(original);
    expect(toOriginalSpan(original, normalized, 0, 3)).toEqual({ start: 0, end: 4 });
  });
});
