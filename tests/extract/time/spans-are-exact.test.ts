import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../../src/extract/time/find-time-expressions.js';
import { arbitraryReportText, arbitraryTextWithRange, buildLargeHostileText } from '../numbers/arbitrary-report-text.js';

const arbitraryPublishedAt = fc.oneof(fc.constant(null), fc.constant('2024-03-14'), fc.constant('2024-02-30'), fc.string());

describe('findTimeExpressions on arbitrary text', () => {
  it('returns spans that are exact slices lying inside the text, with well-formed intervals', () => {
    fc.assert(
      fc.property(arbitraryReportText, arbitraryPublishedAt, (text, publishedAt) => {
        for (const time of findTimeExpressions(text, publishedAt)) {
          expect(time.start).toBeGreaterThanOrEqual(0);
          expect(time.end).toBeLessThanOrEqual(text.length);
          expect(time.start).toBeLessThan(time.end);
          expect(text.slice(time.start, time.end)).toBe(time.text);
          if (time.from !== null && time.to !== null) expect(time.from <= time.to).toBe(true);
          expect(time.from === null).toBe(time.precision === 'unknown');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps spans inside the range it is given', () => {
    fc.assert(
      fc.property(arbitraryTextWithRange, ([text, start, end]) => {
        for (const time of findTimeExpressions(text, '2024-03-14', { start, end })) {
          expect(time.start).toBeGreaterThanOrEqual(Math.max(0, start));
          expect(time.end).toBeLessThanOrEqual(Math.min(text.length, end));
          expect(text.slice(time.start, time.end)).toBe(time.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findTimeExpressions on a 1 MB text', () => {
  it('finishes quickly without throwing', () => {
    const text = buildLargeHostileText();
    const started = performance.now();
    expect(() => findTimeExpressions(text, '2024-03-14')).not.toThrow();
    // Linear readers take well under a second here; a quadratic or backtracking one takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
