import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_SPELLINGS, findCasualtyCue } from '../../../src/extract/numbers/casualty-cues.js';
import { WordSieve } from '../../../src/extract/numbers/word-sieve.js';

describe('WordSieve', () => {
  it('passes every word added to it, whatever its letters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: 'binary' }), { minLength: 1 }), (words) => {
        const sieve = new WordSieve(words);
        for (const word of words) expect(sieve.mayHave(word)).toBe(true);
      }),
    );
  });

  it('turns away words of another first letter, last letter or length', () => {
    const sieve = new WordSieve(['اليوم', 'امس']);
    expect(['قصف', 'اليوه', 'الامس', 'امسي', ''].map((word) => sieve.mayHave(word))).toEqual([false, false, false, false, false]);
  });
});

describe('CUE_SPELLINGS', () => {
  it('holds every word a cue is found in, prefixes included', () => {
    const prefix = fc.array(fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ال', 'لل'), { maxLength: 4 }).map((parts) => parts.join(''));
    const stem = fc.constantFrom('مقتل', 'اصابه', 'قتلي', 'جرحي', 'قتيلين', 'مقتلهم', 'اصابتها', 'شهداء', 'ضحايا', 'يصب', 'جريحا');
    fc.assert(
      fc.property(prefix, stem, (before, word) => {
        if (findCasualtyCue(before + word) !== null) expect(CUE_SPELLINGS.has(before + word)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
