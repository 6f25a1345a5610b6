import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNoiseLines, normalizeArabic, originalSpan, splitClauses, splitSentences, tokenize,
} from '../../../src/extract/text/index.js';

/** Pieces of real-world Arabic web text and of garbage, mixed at random. */
const piece = fc.oneof(
  fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱکیپچ'),
  fc.constantFrom('\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0670', '\u0654', '\u0610', '\u06D6'),
  fc.constantFrom('\u0640', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF'),
  fc.constantFrom('«', '»', '“', '”', '„', '‟', '‘', '’', '″', '"', "'"),
  fc.constantFrom('😀', '𝐀', '𝕏', '\uD83D', '\uDE00', '\uD800', '\uDFFF'),
  fc.constantFrom('\u0000', '\u0007', '\u001F', '\u007F', '\u0085', '\t', '\n', '\r', '\u2028'),
  fc.constantFrom('٠', '١', '٢', '٩', '۰', '۴', '۹', '٫', '٬', '0', '5', '9'),
  fc.constantFrom('\uFEFB', '\uFEF7', '\uFE83', '\uFEE3', '\uFB8E', '\uFDF2', '\u00A0', '\u3000'),
  fc.constantFrom(' ', ' ', '.', '..', '!', '?', '؟', '،', '؛', ',', ';', ':', '-', '–', '|', '(', ')'),
  fc.constantFrom('a', 'M', 'x', 'S', 'Y', 'E', 'Facebook', 'خاص', 'مراسلنا', 'اقرأ أيضاً', 'حيث', 'ما أدى'),
  fc.string({ unit: 'binary', maxLength: 2 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const messyText = fc.string({ unit: piece, maxLength: 80 });
const options = { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) };

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
/** Whether `at` falls between the halves of a surrogate pair of `text`. */
const splitsPair = (text: string, at: number): boolean =>
  at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));

describe('offsets over random messy text', () => {
  it('gives an offset map one longer than the normalized text, non-decreasing and ending at the length', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const { normalized, toOriginal } = normalizeArabic(text);
        expect(toOriginal.length).toBe(normalized.length + 1);
        expect(toOriginal[normalized.length]).toBe(text.length);
        for (let i = 0; i < normalized.length; i++) {
          expect(toOriginal[i]).toBeLessThan(text.length);
          expect(toOriginal[i]).toBeLessThanOrEqual(toOriginal[i + 1] ?? Infinity);
          expect(splitsPair(text, toOriginal[i] ?? 0)).toBe(false);
        }
        expect(/\p{Surrogate}/u.test(normalized.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).toBe(false);
      }),
      options,
    );
  });

  it('maps every normalized range back to an original range that splits no surrogate pair', () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (text, first, second) => {
        const { normalized, toOriginal } = normalizeArabic(text);
        const from = Math.min(first, second) % (normalized.length + 1);
        const to = Math.max(from, Math.max(first, second) % (normalized.length + 1));
        const [start, end] = originalSpan(toOriginal, from, to);
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
        expect(splitsPair(text, start) || splitsPair(text, end)).toBe(false);
        if (from < to) expect(normalizeArabic(text.slice(start, end)).normalized).toContain(normalized.slice(from, to));
      }),
      options,
    );
  });

  it('gives tokens whose text is their original slice, in order, with their matching form', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const tokens = tokenize(text);
        tokens.forEach((token, index) => {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.index).toBe(index);
          expect(token.norm.length).toBeGreaterThan(0);
          const previous = tokens[index - 1];
          expect(token.start).toBeGreaterThanOrEqual(previous?.start ?? 0);
          // Tokens overlap only at one character that expands into several words (㏂ → «a.m.»).
          if (token.start < (previous?.end ?? 0)) {
            const shared = String.fromCodePoint(text.codePointAt(token.start) ?? 0);
            expect(normalizeArabic(shared).normalized.length).toBeGreaterThan(1);
          }
          // Contains, not equals: one compatibility character may expand into several words (⑴ → «(1)»).
          expect(normalizeArabic(token.text).normalized).toContain(token.norm);
          expect(/[\s"'«»“”‘’„‟″]/u.test(token.norm)).toBe(false);
        });
      }),
      options,
    );
  });

  it('gives sentences, clauses and noise lines whose text is their original slice and is trimmed', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const sentences = splitSentences(text);
        const clauses = sentences.flatMap((sentence) => [
          ...splitClauses(sentence),
          ...splitClauses(sentence, { splitAtEveryComma: false }),
        ]);
        for (const span of [...sentences, ...clauses, ...findNoiseLines(text)]) {
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text.length).toBeGreaterThan(0);
          expect(span.text.trim()).toBe(span.text.replace(/^[\u200B-\u200F\u061C\uFEFF]+|[\u200B-\u200F\u061C\uFEFF]+$/g, ''));
          expect(splitsPair(text, span.start) || splitsPair(text, span.end)).toBe(false);
        }
      }),
      options,
    );
  });
});
