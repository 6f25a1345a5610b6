import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCasualties, findCasualtyMentions } from '../../../src/extract/numbers/find-casualties.js';
import { parseArabicNumber } from '../../../src/extract/numbers/parse-arabic-number.js';
import { arbitraryReportText, arbitraryTextWithRange, buildLargeHostileText } from './arbitrary-report-text.js';

describe('findCasualtyMentions on arbitrary text', () => {
  it('returns spans that are exact slices lying inside the text', () => {
    fc.assert(
      fc.property(arbitraryReportText, (text) => {
        for (const { span } of findCasualtyMentions(text)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps spans inside the range it is given', () => {
    fc.assert(
      fc.property(arbitraryTextWithRange, ([text, start, end]) => {
        for (const { span } of findCasualtyMentions(text, { start, end })) {
          expect(span.start).toBeGreaterThanOrEqual(Math.max(0, start));
          expect(span.end).toBeLessThanOrEqual(Math.min(text.length, end));
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws from parseArabicNumber', () => {
    fc.assert(fc.property(arbitraryReportText, (text) => void parseArabicNumber(text)), { numRuns: 300 });
  });
});

describe('findCasualties on a 1 MB text', () => {
  it('finishes quickly without throwing', () => {
    const text = buildLargeHostileText();
    const started = performance.now();
    expect(() => findCasualties(text)).not.toThrow();
    // Linear readers take well under a second here; a quadratic or backtracking one takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
