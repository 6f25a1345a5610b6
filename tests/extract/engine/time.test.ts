/**
 * Event time: relative phrases resolved against the report's publication date as an interval
 * with a precision and the original phrase; left unresolved, never invented, without a date.
 */
import { describe, expect, it } from 'vitest';
import { onlyEventOfType } from './engine-fixtures.js';

const THURSDAY = '2024-03-14';
const SHELLING_TODAY = 'قصفت قوات النظام اليوم الخميس بلدة سرجة في جبل الزاوية.';
const ARREST_DAYS_AGO = 'اعتقلت قوات النظام قبل أيام ثلاثة شبان في بلدة الحراك شرقي درعا.';

describe('extractReport: event time', () => {
  it('resolves «اليوم الخميس» to the publication date, to the day', () => {
    const { time } = onlyEventOfType(SHELLING_TODAY, 'SHELLING', { publishedAt: THURSDAY });
    expect(time).toMatchObject({ text: 'اليوم الخميس', from: THURSDAY, to: THURSDAY, precision: 'day' });
  });

  it('resolves «قبل أيام» to a range of days before the publication date, not to one exact day', () => {
    const { time } = onlyEventOfType(ARREST_DAYS_AGO, 'ARREST', { publishedAt: THURSDAY });
    expect(time).toMatchObject({ text: 'قبل أيام', precision: 'range' });
    expect(time?.from !== null && time?.to !== null && (time?.from ?? '') < (time?.to ?? '')).toBe(true);
    expect((time?.to ?? '') < THURSDAY).toBe(true);
  });

  it('keeps «اليوم الخميس» as an unresolved phrase when the report has no publication date', () => {
    const { time } = onlyEventOfType(SHELLING_TODAY, 'SHELLING');
    expect(time).toMatchObject({ text: 'اليوم الخميس', from: null, to: null, precision: 'unknown' });
  });

  it('keeps «قبل أيام» unresolved when the report has no publication date', () => {
    const { time } = onlyEventOfType(ARREST_DAYS_AGO, 'ARREST');
    expect(time).toMatchObject({ from: null, to: null });
  });

  it('resolves «مساء أمس الإثنين» to the day before a Tuesday publication', () => {
    const text = 'هاجمت خلايا تابعة لتنظيم داعش حاجزاً لقوات سوريا الديمقراطية في بلدة ذيبان شرقي دير الزور، مساء أمس الإثنين.';
    const { time } = onlyEventOfType(text, 'ATTACK', { publishedAt: '2024-05-14' });
    expect(time).toMatchObject({ from: '2024-05-13', to: '2024-05-13', precision: 'day' });
  });
});
