import { describe, expect, it } from 'vitest';
import { findCheckedTimeExpressions, findTimeExpressions } from '../../../src/extract/time/find-time-expressions.js';

/** A Thursday. */
const PUBLISHED = '2024-03-14';

/** The only time phrase in `text`, resolved against {@link PUBLISHED} unless told otherwise. */
function findOnly(text: string, publishedAt: string | null = PUBLISHED) {
  const found = findTimeExpressions(text, publishedAt);
  expect(found).toHaveLength(1);
  const [time] = found;
  expect(text.slice(time!.start, time!.end)).toBe(time!.text);
  return time!;
}

function interval(from: string | null, to: string | null, precision: string) {
  return { from, to, precision };
}

describe('findTimeExpressions', () => {
  describe('today and yesterday', () => {
    it('resolves «اليوم» to the publication day', () => {
      expect(findOnly('أعلن المجلس اليوم إغلاق المعبر')).toMatchObject({ text: 'اليوم', ...interval('2024-03-14', '2024-03-14', 'day') });
    });

    it('resolves «اليوم» with the weekday it is', () => {
      expect(findOnly('وصلت القافلة، اليوم الخميس، إلى البلدة')).toMatchObject({ text: 'اليوم الخميس', from: '2024-03-14' });
    });

    it('resolves «أمس», «الأمس» and «يوم أمس» to the day before', () => {
      expect(findOnly('انسحبت الدورية أمس من الحاجز')).toMatchObject({ text: 'أمس', from: '2024-03-13', to: '2024-03-13' });
      expect(findOnly('تعرض الحي بالأمس لقصف')).toMatchObject({ text: 'الأمس', from: '2024-03-13' });
      expect(findOnly('سقطت القذائف يوم أمس على السوق')).toMatchObject({ text: 'يوم أمس', from: '2024-03-13' });
    });

    it('resolves «أمس» with its weekday', () => {
      expect(findOnly('هاجمت الخلايا أمس الأربعاء نقطة للجيش')).toMatchObject({ text: 'أمس الأربعاء', from: '2024-03-13' });
    });

    it('resolves «أول أمس» and «أمس الأول» to two days before', () => {
      expect(findOnly('اختفى الشاب أول أمس')).toMatchObject({ text: 'أول أمس', from: '2024-03-12' });
      expect(findOnly('اختفى الشاب أمس الأول')).toMatchObject({ text: 'أمس الأول', from: '2024-03-12' });
    });

    it('keeps a part of the day in the span and resolves the day', () => {
      expect(findOnly('دوت انفجارات مساء أمس في المدينة')).toMatchObject({ text: 'مساء أمس', from: '2024-03-13' });
      expect(findOnly('بدأت الحملة صباح اليوم')).toMatchObject({ text: 'صباح اليوم', from: '2024-03-14' });
      expect(findOnly('اندلع حريق ليلة أمس الأربعاء')).toMatchObject({ text: 'ليلة أمس الأربعاء', from: '2024-03-13' });
      expect(findOnly('وصل الرتل بعد ظهر اليوم')).toMatchObject({ text: 'بعد ظهر اليوم', from: '2024-03-14' });
    });

    it('does not read the day of a story as today', () => {
      expect(findTimeExpressions('وفي اليوم التالي عاد الأهالي', PUBLISHED)).toEqual([]);
      expect(findTimeExpressions('تذكر الأهالي ذلك اليوم', PUBLISHED)).toEqual([]);
    });
  });

  describe('weekdays', () => {
    it('resolves a bare weekday to the most recent one on or before publication', () => {
      expect(findOnly('جرى تبادل الأسرى الخميس')).toMatchObject({ text: 'الخميس', ...interval('2024-03-14', '2024-03-14', 'day') });
      expect(findOnly('عُقد الاجتماع يوم الأحد في المدينة')).toMatchObject({ text: 'يوم الأحد', from: '2024-03-10' });
    });

    it('resolves «الماضي» after a weekday to the one strictly before publication', () => {
      expect(findOnly('جرى تبادل الأسرى الخميس الماضي')).toMatchObject({ text: 'الخميس الماضي', from: '2024-03-07' });
      expect(findOnly('وقعت الحادثة الجمعة الماضية')).toMatchObject({ from: '2024-03-08' });
    });

    it('resolves a part of the day before a weekday', () => {
      expect(findOnly('قُصفت البلدة مساء الثلاثاء الماضي')).toMatchObject({ text: 'مساء الثلاثاء الماضي', from: '2024-03-12' });
      expect(findOnly('اغتيل المختار ليل السبت')).toMatchObject({ text: 'ليل السبت', from: '2024-03-09' });
    });

    it('does not read «الاثنين» meaning "the two" as Monday', () => {
      expect(findTimeExpressions('تبادل الطرفين الاثنين الاتهامات', PUBLISHED)).toEqual([]);
    });

    it('reads «الاثنين» alone between commas as Monday', () => {
      expect(findOnly('أعلنت الوزارة، الاثنين، فتح المعبر')).toMatchObject({ text: 'الاثنين', from: '2024-03-11' });
    });
  });

  describe('days ago', () => {
    it('resolves «منذ» or «قبل» with a number of days', () => {
      expect(findOnly('اعتُقل الناشط منذ ثلاثة أيام')).toMatchObject({ text: 'منذ ثلاثة أيام', ...interval('2024-03-11', '2024-03-11', 'day') });
      expect(findOnly('اعتُقل الناشط قبل ٥ أيام')).toMatchObject({ from: '2024-03-09' });
    });

    it('resolves «قبل يومين» to two days before', () => {
      expect(findOnly('وصلت التعزيزات قبل يومين')).toMatchObject({ text: 'قبل يومين', from: '2024-03-12', to: '2024-03-12' });
    });

    it('resolves «قبل أيام» to a range two to seven days back', () => {
      expect(findOnly('انسحبت القوات قبل أيام من القرية')).toMatchObject({ text: 'قبل أيام', ...interval('2024-03-07', '2024-03-12', 'range') });
      expect(findOnly('انسحبت القوات منذ بضعة أيام')).toMatchObject({ text: 'منذ بضعة أيام', precision: 'range' });
    });

    it('does not count days back from another event', () => {
      expect(findTimeExpressions('أُعلن القرار قبل يومين من الانتخابات', PUBLISHED)).toEqual([]);
      expect(findTimeExpressions('وصل الرتل قبل أسبوع من ذلك', PUBLISHED)).toEqual([]);
    });

    it('reads «قبل يوم الجمعة» as Friday, not as one day ago', () => {
      expect(findOnly('قبل يوم الجمعة')).toMatchObject({ text: 'يوم الجمعة', from: '2024-03-08' });
    });

    it('resolves weeks, months and years ago to the week, month or year around them', () => {
      expect(findOnly('قُتل القيادي قبل أسبوع')).toMatchObject(interval('2024-03-04', '2024-03-10', 'week'));
      expect(findOnly('سيطر الفصيل على القرية قبل شهرين')).toMatchObject(interval('2024-01-01', '2024-01-31', 'month'));
      expect(findOnly('هُجّرت العائلات قبل عامين')).toMatchObject(interval('2022-01-01', '2022-12-31', 'year'));
    });
  });

  describe('periods counted back from publication', () => {
    it('resolves «مؤخراً» and «في الآونة الأخيرة» to the last thirty days', () => {
      expect(findOnly('تصاعدت الهجمات مؤخراً في البادية')).toMatchObject({ text: 'مؤخراً', ...interval('2024-02-13', '2024-03-14', 'range') });
      expect(findOnly('تصاعدت الهجمات في الآونة الأخيرة')).toMatchObject({ text: 'في الآونة الأخيرة', from: '2024-02-13' });
    });

    it('resolves «خلال الأسبوع الماضي» and «الأسبوع الفائت» to the seven days before', () => {
      expect(findOnly('نفذت الطائرات خلال الأسبوع الماضي عشر غارات')).toMatchObject({
        text: 'خلال الأسبوع الماضي', ...interval('2024-03-07', '2024-03-13', 'week'),
      });
      expect(findOnly('توقفت المفاوضات الأسبوع الفائت')).toMatchObject({ text: 'الأسبوع الفائت', from: '2024-03-07' });
    });

    it('resolves «الشهر الماضي» and «الشهر الفائت» to the previous calendar month', () => {
      expect(findOnly('ارتفعت الأسعار خلال الشهر الماضي')).toMatchObject({ text: 'خلال الشهر الماضي', ...interval('2024-02-01', '2024-02-29', 'month') });
      expect(findOnly('أُغلق المعبر الشهر الفائت')).toMatchObject(interval('2024-02-01', '2024-02-29', 'month'));
    });

    it('resolves the past months to about ninety days, «الأشهر الماضي» (sic) included', () => {
      const expected = interval('2023-12-15', '2024-03-14', 'range');
      expect(findOnly('كثّف التنظيم هجماته خلال الأشهر الماضية')).toMatchObject({ text: 'خلال الأشهر الماضية', ...expected });
      expect(findOnly('وخلال الأشهر الماضي، كثّف التنظيم هجماته')).toMatchObject({ text: 'خلال الأشهر الماضي', ...expected });
      expect(findOnly('تراجعت الهجمات في الأشهر الأخيرة')).toMatchObject(expected);
    });

    it('resolves the past hours to the publication day', () => {
      expect(findOnly('لم تُسجّل خروقات خلال الساعات الماضية')).toMatchObject({ text: 'خلال الساعات الماضية', ...interval('2024-03-14', '2024-03-14', 'day') });
      expect(findOnly('قُتل ثلاثة خلال الساعات الـ24 الماضية')).toMatchObject({ text: 'خلال الساعات الـ24 الماضية', precision: 'day' });
      expect(findOnly('ارتفعت الحصيلة خلال الـ48 ساعة الماضية')).toMatchObject(interval('2024-03-12', '2024-03-14', 'range'));
    });

    it('resolves «العام الماضي» to the previous calendar year', () => {
      expect(findOnly('وقّع الطرفان الاتفاق العام الماضي')).toMatchObject({ text: 'العام الماضي', ...interval('2023-01-01', '2023-12-31', 'year') });
    });

    it('does not read «العام» in «الأمين العام» as a year', () => {
      expect(findTimeExpressions('دعا الأمين العام إلى التهدئة', PUBLISHED)).toEqual([]);
    });
  });

  describe('since', () => {
    it('resolves «منذ عام 2017» from the start of that year to publication', () => {
      expect(findOnly('تسيطر الفصائل على المدينة منذ عام 2017')).toMatchObject({
        text: 'منذ عام 2017', ...interval('2017-01-01', '2024-03-14', 'year'),
      });
    });

    it('leaves the end open without a publication date', () => {
      expect(findOnly('تسيطر الفصائل على المدينة منذ عام 2017', null)).toMatchObject(interval('2017-01-01', null, 'year'));
    });

    it('resolves «منذ مطلع العام» from the first of January', () => {
      expect(findOnly('نزحت آلاف العائلات منذ مطلع العام')).toMatchObject(interval('2024-01-01', '2024-03-14', 'year'));
    });

    it('resolves «منذ ساعات الصباح» to the publication day', () => {
      expect(findOnly('أُغلق الطريق منذ ساعات الصباح')).toMatchObject({ text: 'منذ ساعات الصباح', from: '2024-03-14' });
    });
  });

  describe('calendar dates', () => {
    it('resolves a day, a Levantine month and a year', () => {
      expect(findOnly('وقع الهجوم في 15 آذار 2024')).toMatchObject({ text: 'في 15 آذار 2024', ...interval('2024-03-15', '2024-03-15', 'day') });
    });

    it('resolves both month names written together', () => {
      expect(findOnly('وقع الهجوم في 15 مارس/آذار 2024')).toMatchObject({ text: 'في 15 مارس/آذار 2024', from: '2024-03-15' });
      expect(findOnly('وقع الهجوم في 2 تموز (يوليو) 2023')).toMatchObject({ text: 'في 2 تموز (يوليو) 2023', from: '2023-07-02' });
    });

    it('resolves Egyptian and Gulf month names', () => {
      expect(findOnly('جرت الانتخابات في 10 يناير 2023')).toMatchObject({ from: '2023-01-10' });
      expect(findOnly('جرت الانتخابات في 5 أغسطس 2021')).toMatchObject({ from: '2021-08-05' });
    });

    it('resolves two-word Levantine months', () => {
      expect(findOnly('انطلقت العملية في 9 تشرين الأول 2019')).toMatchObject({ text: 'في 9 تشرين الأول 2019', from: '2019-10-09' });
    });

    it('resolves Arabic-Indic digits', () => {
      expect(findOnly('وقع الهجوم في ١٥ آذار ٢٠٢٤')).toMatchObject({ from: '2024-03-15' });
    });

    it('takes the year of a yearless date from publication', () => {
      expect(findOnly('بدأت الحملة في 3 كانون الثاني')).toMatchObject({ text: 'في 3 كانون الثاني', ...interval('2024-01-03', '2024-01-03', 'day') });
    });

    it('takes the year before for a yearless date that would come after publication', () => {
      expect(findOnly('بدأت الحملة في 20 كانون الأول')).toMatchObject({ from: '2023-12-20' });
    });

    it('leaves a yearless date unresolved without a publication date', () => {
      expect(findOnly('بدأت الحملة في 3 كانون الثاني', null)).toMatchObject(interval(null, null, 'unknown'));
    });

    it('resolves numeric dates year first or day first', () => {
      expect(findOnly('تاريخ البيان 2024/03/15')).toMatchObject({ text: '2024/03/15', from: '2024-03-15' });
      expect(findOnly('صدر القرار بتاريخ 15-3-2024')).toMatchObject({ text: 'بتاريخ 15-3-2024', from: '2024-03-15' });
    });

    it('ignores impossible numeric dates', () => {
      expect(findTimeExpressions('الرقم 31/2/2024 خاطئ', PUBLISHED)).toEqual([]);
    });

    it('resolves a month with a year', () => {
      expect(findOnly('وُقّع الاتفاق في آذار 2020')).toMatchObject({ text: 'في آذار 2020', ...interval('2020-03-01', '2020-03-31', 'month') });
    });

    it('resolves «في شهر أيار الماضي» to the most recent May before the publication month', () => {
      expect(findOnly('اعتُقل في شهر أيار الماضي')).toMatchObject({ text: 'في شهر أيار الماضي', ...interval('2023-05-01', '2023-05-31', 'month') });
    });

    it('needs «شهر», a day or a year before reading «آب», which is also "father"', () => {
      expect(findTimeExpressions('تحدث في أب الشهيد', PUBLISHED)).toEqual([]);
      expect(findOnly('اعتُقل في شهر آب')).toMatchObject(interval('2023-08-01', '2023-08-31', 'month'));
    });

    it('resolves a year with «عام» and a bare year after «في»', () => {
      expect(findOnly('هُجّر السكان عام 2018')).toMatchObject({ text: 'عام 2018', ...interval('2018-01-01', '2018-12-31', 'year') });
      expect(findOnly('هُجّر السكان في 2018')).toMatchObject({ text: 'في 2018', precision: 'year' });
    });

    it('does not read a bare four-digit number as a year', () => {
      expect(findTimeExpressions('يبلغ عددهم 2000 مقاتل', PUBLISHED)).toEqual([]);
    });

    it('resolves a season of a year to its months', () => {
      expect(findOnly('فُرضت التسوية صيف عام 2018')).toMatchObject(interval('2018-06-01', '2018-08-31', 'range'));
      expect(findOnly('اشتد الحصار شتاء 2019')).toMatchObject(interval('2018-12-01', '2019-02-28', 'range'));
    });

    it('keeps an edge word and the whole year', () => {
      expect(findOnly('انسحب التنظيم أواخر عام 2017')).toMatchObject({ text: 'أواخر عام 2017', ...interval('2017-01-01', '2017-12-31', 'year') });
    });

    it('reads a dateline with its weekday', () => {
      expect(findOnly('الأحد 10 آذار 2024 | آخر تحديث 18:40')).toMatchObject({ text: 'الأحد 10 آذار 2024', from: '2024-03-10' });
    });
  });

  describe('without a publication date', () => {
    it('leaves relative phrases unresolved instead of inventing a date', () => {
      for (const text of ['مساء أمس', 'اليوم الخميس', 'قبل أيام', 'مؤخرا', 'الشهر الفائت', 'الخميس']) {
        expect(findOnly(text, null)).toMatchObject(interval(null, null, 'unknown'));
      }
    });

    it('still resolves dates with a year', () => {
      expect(findOnly('15 آذار 2024', null)).toMatchObject(interval('2024-03-15', '2024-03-15', 'day'));
    });

    it('treats an invalid publication date as missing', () => {
      expect(findOnly('أمس', '2024-02-30')).toMatchObject(interval(null, null, 'unknown'));
      expect(findOnly('أمس', 'yesterday')).toMatchObject(interval(null, null, 'unknown'));
    });
  });

  describe('spans', () => {
    it('leaves a leading «و» out of the span', () => {
      const text = 'وقبل أيام، اعتُقل شابان';
      expect(findOnly(text)).toMatchObject({ text: 'قبل أيام', start: 1, end: 9 });
    });

    it('keeps harakat on the last letter inside the span', () => {
      expect(findOnly('قُتِلَ أمسِ شابٌّ')).toMatchObject({ text: 'أمسِ', start: 7, end: 11 });
    });

    it('matches through tatweel and presentation forms with offsets into the original', () => {
      expect(findOnly('جرى ذلك الأسـبوع الماضي')).toMatchObject({ text: 'الأسـبوع الماضي', from: '2024-03-07' });
    });

    it('finds several phrases in order and prefers the longest at each point', () => {
      const found = findTimeExpressions('قُتل شاب مساء أمس الأربعاء، واعتُقل آخر اليوم.', PUBLISHED);
      expect(found.map(({ text, from }) => [text, from])).toEqual([
        ['مساء أمس الأربعاء', '2024-03-13'],
        ['اليوم', '2024-03-14'],
      ]);
    });

    it('reads only inside the range when one is given, with offsets into the whole text', () => {
      const text = 'قُتل شاب أمس. واعتُقل آخر اليوم.';
      const start = text.indexOf('واعتُقل');
      expect(findTimeExpressions(text, PUBLISHED, { start, end: text.length })).toEqual([
        { text: 'اليوم', start: text.lastIndexOf('اليوم'), end: text.lastIndexOf('اليوم') + 5, ...interval('2024-03-14', '2024-03-14', 'day') },
      ]);
    });
  });
});

describe('findCheckedTimeExpressions', () => {
  it('resolves a weekday that disagrees with today to the most recent such day and flags it', () => {
    const [checked] = findCheckedTimeExpressions('أعلنت الوزارة، اليوم الأربعاء، حصيلة جديدة', PUBLISHED);
    expect(checked).toEqual({
      time: { text: 'اليوم الأربعاء', start: 15, end: 29, ...interval('2024-03-13', '2024-03-13', 'day') },
      weekdayConflict: true,
    });
  });

  it('does not flag a weekday that agrees', () => {
    const [checked] = findCheckedTimeExpressions('مساء أمس الأربعاء', PUBLISHED);
    expect(checked?.weekdayConflict).toBe(false);
  });

  it('flags a dateline whose weekday is wrong', () => {
    const [checked] = findCheckedTimeExpressions('الاثنين 10 آذار 2024', PUBLISHED);
    expect(checked).toMatchObject({ time: { from: '2024-03-10' }, weekdayConflict: true });
  });
});
