// The loops that replaced regular expressions in the noise-line and clause tests, held to the expressions they replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/domain/extraction.js';
import { findNoiseLines, isNoiseLine, normalizeKey, splitClauses } from '../../../src/extract/text/index.js';
import {
  BYLINE_CREDITS,
  CREDIT_LABELS,
  DATE_WORDS,
  NEWS_AGENCIES,
  PEN_LABEL,
  READ_ALSO_OPENINGS,
  SHARE_FILLERS,
  SHARE_WORDS,
} from '../../../src/extract/text/noise.js';
import { pushTrimmedSpan } from '../../../src/extract/text/sentences.js';

// --- The regular-expression versions, as they were before the loops replaced them. ---

// The word lists are the module's own (data, not the logic under test).
const BYLINE_SEPARATOR = /\s*[-–—|/]\s*/u;
const NUMBER = /^\d+$/;
const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER_OR_LETTERS = /\d+|[^\d\s\p{P}\p{S}]+/gu;

function referenceIsNoiseLine(line: string): boolean {
  const startsReadAlso = (key: string) =>
    READ_ALSO_OPENINGS.some((opening) => key.startsWith(opening) && !/[\p{L}\p{N}]/u.test(key.charAt(opening.length)));
  if (countChunks(line) > 16) {
    return startsReadAlso(normalizeKey(line.slice(0, 60)));
  }
  const key = normalizeKey(line).replace(/^[([{]+|[)\]}]+$/gu, '');
  const words = key.match(WORD) ?? [];
  if (words.length === 0) return false;
  const isShareRow = words.every((word) => SHARE_WORDS.has(word) || SHARE_FILLERS.has(word)) && words.length <= 8 && words.some((word) => SHARE_WORDS.has(word));
  const parts = key.match(NUMBER_OR_LETTERS) ?? [];
  const numbers = parts.filter((part) => NUMBER.test(part)).length;
  const isDateline = parts.length > 0 && parts.length <= 14 && parts.every((part) => NUMBER.test(part) || DATE_WORDS.has(part)) && numbers > 0 && (numbers >= 3 || numbers < parts.length);
  if (isShareRow || startsReadAlso(key) || isDateline) return true;
  const isCreditLine = CREDIT_LABELS.some((label) => {
    if (!key.startsWith(label)) return false;
    const rest = key.slice(label.length).trimStart();
    return rest.startsWith(':') || (label === PEN_LABEL && rest.length > 0 && key.charAt(label.length) === ' ');
  });
  const sides = key.split(BYLINE_SEPARATOR).map((side) => side.match(WORD) ?? []);
  const isByline = (words[0] === 'خاص' && words.length <= 4) || (sides.length >= 2 && sides.some((side) => BYLINE_CREDITS.has(side[0] ?? '') || NEWS_AGENCIES.has(side.join(' '))));
  return words.length <= 6 && (isCreditLine || isByline);
}

/** Runs of characters above U+0020, as the noise test counts a line's chunks. */
function countChunks(line: string): number {
  let chunks = 0;
  let inChunk = false;
  for (let i = 0; i < line.length; i++) {
    const isSpace = line.charCodeAt(i) <= 0x20;
    if (!isSpace && !inChunk) chunks++;
    inChunk = !isSpace;
  }
  return chunks;
}

const CONNECTORS = new Set(
  ['حيث', 'مما', 'ما أدى', 'ما أسفر', 'وذلك', 'بينما', 'فيما', 'في حين', 'إذ', 'لكن', 'ولكن', 'إلا أن', 'غير أن', 'كما', 'ثم'].map(normalizeKey),
);
const FIRST_TWO_WORDS = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)(?:[^\p{L}\p{N}]+([\p{L}\p{N}]+))?/u;

function referenceStartsWithConnector(text: string, comma: number): boolean {
  const words = FIRST_TWO_WORDS.exec(normalizeKey(text.slice(comma + 1, comma + 40)));
  const first = words?.[1] ?? '';
  return CONNECTORS.has(first) || CONNECTORS.has(`${first} ${words?.[2] ?? ''}`);
}

/** The comma positions of a sentence where splitClauses(…, { splitAtEveryComma: false }) should split. */
function referenceClauseEnds(text: string): number[] {
  const isDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x061b) ends.push(i);
    else if (code === 0x2c || code === 0x060c) {
      const betweenDigits = isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
      if (!betweenDigits && referenceStartsWithConnector(text, i)) ends.push(i);
    }
  }
  return ends;
}

// --- Random lines made of the pieces these tests look for, and of anything else. ---

const piece = fc.oneof(
  fc.constantFrom(' ', ' ', '  ', '\t', '\u00A0', '\u200F', 'ـ', 'ً', '\u0300', '\u20DD'),
  fc.constantFrom('-', '–', '—', '|', '/', ':', ' : ', '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '.', '،', ',', '؛', '٫'),
  fc.constantFrom('0', '12', '٣', '2023م', '18:40', '14/03/2024', 'x2', 'AK-47', '١,٢٠٠', '1,200'),
  fc.constantFrom(...SHARE_WORDS, ...SHARE_FILLERS, 'Facebook', 'WhatsApp', 'فيس بوك', 'E-mail'),
  fc.constantFrom(...READ_ALSO_OPENINGS, 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأوا', 'read also', 'Read More'),
  fc.constantFrom(...CREDIT_LABELS, 'بقلم', 'تحرير', 'المصدر'),
  fc.constantFrom(...BYLINE_CREDITS, ...NEWS_AGENCIES, 'خاص', 'أ.ف.ب', 'رويترز'),
  fc.constantFrom(...DATE_WORDS, 'آخر تحديث', 'نُشر في', 'الثلاثاء'),
  fc.constantFrom('حيث', 'مما', 'ما أدى', 'ما أسفر', 'ما', 'أدى', 'وذلك', 'بينما', 'فيما', 'في حين', 'في', 'إذ', 'لكن', 'إلا أن', 'غير أن', 'كما', 'ثم', 'حيثما', 'كماليات'),
  fc.constantFrom('قصف', 'قوات', 'النظام', 'مدينة', 'SY24', 'M4', 'ﻻ', '\uFDFA', '😀', '𝐒𝐃𝐅', '\uD800', '\uDC00', '٪'),
  fc.string({ unit: 'binary', maxLength: 2 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const anyLine = fc
  .oneof(fc.string({ unit: piece, maxLength: 6 }), fc.string({ unit: piece, maxLength: 24 }))
  .map((line) => line.replace(/[\n\r\u2028\u2029]/g, ' ').trim());
const connector = fc.constantFrom('حيث', 'مما', 'ما أدى', 'ما أسفر', 'ما', 'أدى', 'في حين', 'إلا أن', 'غيرُ أنّ', 'كما', 'حيثما', 'ثم2', 'ولكـن',
  'في            حين', 'ما ،،، ...... أدى', 'إلا\u064E\u064E\u064E\u064E\u064E\u064E\u064E\u064E\u064E أن', 'ـــــــــــــــكما', 'بينماااااااااا');
const comma = fc.constantFrom('،', ',', '، ', ' ,', '؛', '،«', '، ـ', ',\u200F ', '1,2');
const anySentence = fc.string({
  unit: fc.oneof({ arbitrary: connector, weight: 3 }, { arbitrary: comma, weight: 3 }, { arbitrary: piece, weight: 4 }),
  maxLength: 40,
});
const options = { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) };

describe('isNoiseLine', () => {
  it('judges every line as the regular-expression version did', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        expect(isNoiseLine(line)).toBe(referenceIsNoiseLine(line));
      }),
      options,
    );
  });
});

describe('findNoiseLines', () => {
  it('finds the lines a character loop found, judged as the regular-expression version did', () => {
    const anyText = fc.array(fc.tuple(anyLine, fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', ' \n ')), { maxLength: 8 });
    fc.assert(
      fc.property(anyText, (pieces) => {
        const text = pieces.map(([line, lineBreak]) => line + lineBreak).join('');
        const lines: Span[] = [];
        let start = 0;
        for (let i = 0; i <= text.length; i++) {
          if (i < text.length && !/[\n\r\u2028\u2029]/.test(text.charAt(i))) continue;
          pushTrimmedSpan(lines, text, start, i);
          start = i + 1;
        }
        expect(findNoiseLines(text)).toEqual(lines.filter((line) => referenceIsNoiseLine(line.text)));
      }),
      { numRuns: Math.ceil(options.numRuns / 5) },
    );
  });
});

describe('splitClauses', () => {
  it('splits at a comma before a connector exactly where the regular-expression version did', () => {
    fc.assert(
      fc.property(anySentence, fc.nat(20), (text, start) => {
        const expected: Span[] = [];
        let from = 0;
        for (const end of referenceClauseEnds(text)) {
          pushTrimmedSpan(expected, text, from, end, start);
          from = end + 1;
        }
        pushTrimmedSpan(expected, text, from, text.length, start);
        expect(splitClauses({ text, start, end: start + text.length }, { splitAtEveryComma: false })).toEqual(expected);
        const everyComma: Span[] = [];
        from = 0;
        for (let i = 0; i < text.length; i++) {
          if (!/[,;،؛]/.test(text.charAt(i)) || (/[,،]/.test(text.charAt(i)) && /[0-9٠-٩۰-۹]/.test(text.charAt(i - 1)) && /[0-9٠-٩۰-۹]/.test(text.charAt(i + 1)))) continue;
          pushTrimmedSpan(everyComma, text, from, i, start);
          from = i + 1;
        }
        pushTrimmedSpan(everyComma, text, from, text.length, start);
        expect(splitClauses({ text, start, end: start + text.length })).toEqual(everyComma);
      }),
      options,
    );
  });
});
