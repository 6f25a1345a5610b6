/**
 * The offset contract of {@link extractReport}: every span anywhere in an Extraction (entity
 * mentions, event evidence and mentions, event time, claim evidence, relation evidence) is an
 * exact slice of the text as given and lies inside it — over random messy strings and over the
 * real dev reports, cut and salted with noise — and extraction never throws below the size limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.js';
import { collectSpans, findBadSpans, readDevReportTexts } from './engine-fixtures.js';

const runs = (count: number) => ({ numRuns: Number(process.env.PROPERTY_RUNS ?? count) });

/** Words the rules do match, so random texts produce entities, events, claims and relations to check. */
const REPORT_WORDS = [
  'قوات النظام', 'تنظيم داعش', 'التنظيم', 'قسد', 'للفرقة الرابعة', 'هيئة تحرير الشام', 'الطيران الروسي', 'مسلحون مجهولون',
  'هاجم', 'قصفت', 'غارات', 'اشتباكات بين', 'عبوة ناسفة', 'اغتال', 'اعتقلت', 'وصل رتل', 'انسحبت من', 'قطع طرق الإمداد',
  'بلدة', 'قرية', 'ريف حمص', 'وبريف إدلب', 'بادية السخنة', 'جنوبي درعا', 'الشعيرة', 'اليوم الخميس', 'قبل أيام', 'أمس',
  'قال مراسلنا', 'مصادر محلية', 'وأضاف', 'نفى', 'محلل عسكري', 'التابعة لـ', 'بقيادة', 'المدعومة من', 'لم', 'سوف', 'وكان', 'قد',
  'قُتل خمسة', 'وأصيب ٣', 'عشرات', 'فصيل', '“', '”', '«', '»', '"', '،', '.', '؟', ' ', ' ', '\n', '\n\n',
];

/** One piece of hostile text: Arabic letters and marks, quotes, Latin, digits, surrogates, controls. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REPORT_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة') },
  fc.constantFrom('\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0654', '\u0610', '\u06D6'),
  fc.constantFrom('\u0640', '\u0640\u0640\u0640', '\u200C', '\u200D', '\u200F', '\u061C', '\uFEFF'),
  fc.constantFrom('a', 'SDF', 'ISIS', 'Syria', 'Idlib', 'x'),
  fc.constantFrom('0', '7', '2024', '٠', '٣', '١٢', '۴', '٫'),
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '\uD83D'),
  fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\t', '\r', '\r\n', '\u2028', '\u2029'),
  fc.constantFrom('\uFEFB', '\uFEF7', '\uFE83', '\uFDF2', '\u00A0'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const messyText = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
const publishedAt = fc.option(fc.constantFrom('2024-03-14', '2023-12-31', '2025-01-01'), { nil: undefined });

function expectValidSpans(text: string, meta: { publishedAt?: string } = {}): number {
  const extraction = extractReport(text, meta);
  expect(findBadSpans(text, extraction)).toEqual([]);
  return collectSpans(extraction).length;
}

describe('extractReport offsets over random messy text', () => {
  it('returns only spans that are exact slices inside the text, and never throws', () => {
    fc.assert(
      fc.property(messyText, publishedAt, (text, date) => {
        expectValidSpans(text, date === undefined ? {} : { publishedAt: date });
      }),
      runs(300),
    );
  });
});

describe('extractReport offsets over the real dev reports', () => {
  const reports = readDevReportTexts();

  it('reads the nine dev reports', () => {
    expect(reports).toHaveLength(9);
  });

  it('returns only exact spans for every dev report as it is, and finds spans in each', () => {
    for (const report of reports) expect(expectValidSpans(report, { publishedAt: '2024-03-14' })).toBeGreaterThan(0);
  });

  it('returns only exact spans for any cut of a dev report (a cut may split a word, a pair or a line)', () => {
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), fc.nat(), fc.nat(), (which, first, second) => {
        const report = reports[which] ?? '';
        const start = Math.min(first, second) % (report.length + 1);
        const end = start + (Math.max(first, second) % (report.length + 1 - start));
        expectValidSpans(report.slice(start, end));
      }),
      runs(100),
    );
  });

  it('returns only exact spans for a dev report salted with noise at random places', () => {
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), fc.array(fc.tuple(fc.nat(), piece), { maxLength: 25 }), (which, insertions) => {
        let text = reports[which] ?? '';
        for (const [at, noise] of insertions) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + noise + text.slice(position);
        }
        expectValidSpans(text);
      }),
      runs(100),
    );
  });

  it('returns only exact spans for two dev reports run together', () => {
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), fc.nat({ max: reports.length - 1 }), fc.constantFrom('', '\n', ' ', '\uD800'), (first, second, glue) => {
        expectValidSpans(`${reports[first] ?? ''}${glue}${reports[second] ?? ''}`);
      }),
      runs(40),
    );
  });
});
