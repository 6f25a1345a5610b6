import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCasualtyMentions, findCasualtyMentionsIn, findCasualties, findCasualtiesIn, prepareReadingView } from '../../../src/extract/numbers/index.js';
import { splitClauses, splitSentences } from '../../../src/extract/text/index.js';
import { findTimeExpressions, findTimeExpressionsIn } from '../../../src/extract/time/index.js';
import { arbitraryReportText } from './arbitrary-report-text.js';

/** Report-like text with sentence breaks, so one view serves several sentences. */
const arbitraryReport = fc
  .array(fc.tuple(arbitraryReportText, fc.constantFrom('. ', '.\n', '\n\n', '؟ ', '!\n', '، ', '؛ ')), { maxLength: 6 })
  .map((parts) => parts.map(([sentence, end]) => sentence + end).join(''));

describe('a reading view prepared once for the whole text', () => {
  it('reads each sentence and clause as reading that range alone does', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.constantFrom(null, '2024-03-14'), (text, publishedAt) => {
        const view = prepareReadingView(text);
        const ranges = splitSentences(text).flatMap((sentence) => [sentence, ...splitClauses(sentence)]);
        for (const range of ranges) {
          expect(findCasualtyMentionsIn(view, range)).toEqual(findCasualtyMentions(text, range));
          expect(findCasualtiesIn(view, range)).toEqual(findCasualties(text, range));
          expect(findTimeExpressionsIn(view, publishedAt, range)).toEqual(findTimeExpressions(text, publishedAt, range));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the figures and dates of one sentence among others', () => {
    const text = 'وصلت التعزيزات صباحاً.\nقُتل ثلاثة عناصر وأصيب آخر أمس الأربعاء في هجوم على الحاجز. ولم تُسجَّل أضرار.';
    const view = prepareReadingView(text);
    const [, attack] = splitSentences(text);
    expect(attack && findCasualtiesIn(view, attack)).toEqual({ killed: 3, injured: 1 });
    expect(attack && findTimeExpressionsIn(view, '2024-03-14', attack).map((time) => [time.text, time.from])).toEqual([['أمس الأربعاء', '2024-03-13']]);
  });
});
