import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_SPELLINGS, findCasualtyCue } from '../../../src/extract/numbers/casualty-cues.js';
import { WordSieve } from '../../../src/extract/numbers/word-sieve.js';

/** A word of any UTF-16 code units, Arabic letters, lone surrogates and all. */
const anyWord = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 12 }).map((codes) => String.fromCharCode(...codes));

describe('WordSieve', () => {
  it('passes every word added to it, whatever its letters', () => {
    fc.assert(
      // A plain boolean per run: expect() per word made this slow enough to time out on a loaded machine.
      fc.property(fc.array(anyWord, { minLength: 1, maxLength: 20 }), (words) => {
        const sieve = new WordSieve(words);
        return words.every((word) => sieve.mayHave(word));
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
      fc.property(prefix, stem, (before, word) => findCasualtyCue(before + word) === null || CUE_SPELLINGS.has(before + word)),
      { numRuns: 500 },
    );
  });
});
