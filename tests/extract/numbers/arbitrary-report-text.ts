/** fast-check generators of hostile report-like text: Arabic phrases mixed with lone surrogates, controls and noise. */
import fc from 'fast-check';

/** Phrases that the readers do match, so generated texts produce spans to check. */
const PHRASES = [
  'قُتل خمسة عناصر', 'وأصيب ٤ آخرون', 'مقتل عنصرين وإصابة آخر', 'دون وقوع إصابات', 'عشرات الجرحى', 'قتيلة',
  'أكثر من 20 مدنياً', 'لقي ثلاثة حتفهم', 'اليوم الخميس', 'مساءَ أمسِ الإثنين', 'قبل أيام', 'منذ ثلاثة أيام',
  'خلال الأسبوع الماضي', 'الأشهر الماضي', 'منذ عام 2017', '15 آذار 2024', '2024/03/15', 'في شهر أيار الماضي',
  'الساعات الـ24 الماضية', 'مؤخراً', 'ﻻ', 'ـ', '،', ' ', '\n', 'و', '١٥', 'كانون الثاني',
];

/** One UTF-16 code unit of any value, lone surrogates and control characters included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Arabic-block code units, harakat and presentation forms among them. */
const arabicCodeUnit = fc
  .oneof(fc.integer({ min: 0x0600, max: 0x06ff }), fc.integer({ min: 0xfb50, max: 0xfeff }))
  .map((code) => String.fromCharCode(code));

export const arbitraryReportText = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), anyCodeUnit, arabicCodeUnit, fc.string()), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A text with a range inside it (possibly empty or reaching past the end, as callers may pass). */
export const arbitraryTextWithRange = arbitraryReportText.chain((text) =>
  fc.tuple(fc.constant(text), fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: -2, max: text.length + 2 })),
);

/** About 1 MB of report-like text with long runs that would hurt a backtracking or quadratic reader. */
export function buildLargeHostileText(): string {
  const pieces = [
    'قُتل خمسة عناصر وأصيب ٤ آخرون، اليوم الخميس، ', 'وخمسة '.repeat(200), 'ما لا يقل عن '.repeat(100),
    'منذ مطلع '.repeat(100), '1/'.repeat(300), 'دون أن '.repeat(100), '\uD800ـ،'.repeat(100),
  ];
  const block = pieces.join(' ');
  return block.repeat(Math.ceil(1_000_000 / block.length));
}
