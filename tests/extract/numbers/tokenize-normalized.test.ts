import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../src/extract/numbers/normalize-for-matching.js';
import { tokenizeNormalized, tokenizeUnits } from '../../../src/extract/numbers/tokenize-normalized.js';
import { arbitraryReportText } from './arbitrary-report-text.js';

describe('tokenizeNormalized', () => {
  it('splits letters, digits, Latin and punctuation', () => {
    const tokens = tokenizeNormalized(normalizeForMatching('قتل 1,500 في SY24، الـ24').text);
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['قتل', 'word'],
      ['1', 'digits'],
      [',', 'punct'],
      ['500', 'digits'],
      ['في', 'word'],
      ['SY', 'latin'],
      ['24', 'digits'],
      [',', 'punct'],
      ['ال', 'word'],
      ['24', 'digits'],
    ]);
  });
});

describe('tokenizeUnits of a range', () => {
  it('gives the tokens of the whole text that start in the range, each whole', () => {
    fc.assert(
      fc.property(arbitraryReportText, fc.nat(), fc.nat(), (text, a, b) => {
        const normalized = normalizeForMatching(text).text;
        // Code units one by one (a lone surrogate stays one unit).
        const units = new Uint16Array(normalized.length);
        for (let at = 0; at < normalized.length; at++) units[at] = normalized.charCodeAt(at);
        const from = a % (normalized.length + 1);
        const to = from + (b % (normalized.length + 1 - from));
        const whole = tokenizeNormalized(normalized);
        expect(tokenizeUnits(units, units.length, from, to)).toEqual(whole.filter((token) => token.start >= from && token.start < to));
      }),
      { numRuns: 500 },
    );
  });
});
