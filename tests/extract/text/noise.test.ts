import { describe, expect, it } from 'vitest';
import { findNoiseLines, isNoiseLine } from '../../../src/extract/text/index.js';

describe('findNoiseLines', () => {
  it('finds share-button rows in English and Arabic, one word or several to a line', () => {
    const text = 'Share\nFacebook Twitter\nE-mail\nPrint\nX\nعنوان التقرير\nفيس بوك\nواتس آب\nتيليجرام\nمشاركة\nنسخ الرابط';
    expect(findNoiseLines(text).map((line) => line.text)).toEqual([
      'Share', 'Facebook Twitter', 'E-mail', 'Print', 'X', 'فيس بوك', 'واتس آب', 'تيليجرام', 'مشاركة', 'نسخ الرابط',
    ]);
  });

  it('finds share rows with connecting words such as «شارك عبر» or «تابعونا على»', () => {
    expect(isNoiseLine('شارك الخبر عبر واتساب')).toBe(true);
    expect(isNoiseLine('تابعونا على تلغرام')).toBe(true);
    expect(isNoiseLine('على')).toBe(false);
  });

  it('gives trimmed spans with offsets in the original text', () => {
    const text = 'عنوان\n  Telegram \r\nنص';
    expect(findNoiseLines(text)).toEqual([{ text: 'Telegram', start: 8, end: 16 }]);
  });

  it('finds bylines that pair a place or outlet with «خاص» or a reporter', () => {
    for (const line of ['خاص - المرصد', 'إدلب – خاص', 'خاص — شبكة شام', 'الرقة - مراسلنا', 'حماة | مراسل الشبكة', 'دير الزور - متابعات', '(خاص)']) {
      expect(isNoiseLine(line), line).toBe(true);
    }
  });

  it('finds datelines that credit a news agency', () => {
    expect(isNoiseLine('بغداد - رويترز')).toBe(true);
    expect(isNoiseLine('عمّان - أ.ف.ب')).toBe(true);
  });

  it('finds credit lines with a colon, and «بقلم» with or without one', () => {
    for (const line of ['إعداد: سامر الأحمد', 'تحرير : هيئة التحرير', 'المصدر: وكالات', 'ترجمة: فريق الموقع', 'بقلم رامي حسن']) {
      expect(isNoiseLine(line), line).toBe(true);
    }
  });

  it('does not take a credit label followed by a long sentence for a credit line', () => {
    expect(isNoiseLine('المصدر: قوات الأمن داهمت ثلاثة منازل في الحي الشرقي فجرا')).toBe(false);
  });

  it('does not take a line that starts with «تحرير» without a colon for a credit line', () => {
    expect(isNoiseLine('تحرير الشام تقصف مواقع')).toBe(false);
    expect(isNoiseLine('المصدر أكد الخبر')).toBe(false);
  });

  it('does not take a long line with «خاص» and a dash for a byline', () => {
    expect(isNoiseLine('خاص - قصفت القوات مواقع عدة في ريف المدينة الجنوبي صباح اليوم')).toBe(false);
    expect(isNoiseLine('مصادر خاصة - القتلى ثلاثة')).toBe(false);
  });

  it('finds date and update stamps in Levantine, Egyptian and numeric forms', () => {
    for (const line of ['الثلاثاء 5 آذار 2024 | آخر تحديث 09:15', 'نُشر في 12 يناير 2023', '14/03/2024 - 10:30', 'منذ 3 ساعات', 'آخر تحديث: 2023-11-02']) {
      expect(isNoiseLine(line), line).toBe(true);
    }
  });

  it('does not take a short report sentence with a date for a dateline', () => {
    expect(isNoiseLine('قتل 3 مدنيين الخميس 5 آذار')).toBe(false);
    expect(isNoiseLine('2024')).toBe(false);
  });

  it('finds «read also» links whatever their length', () => {
    expect(isNoiseLine('اقرأ أيضاً: قوات النظام تقصف بلدات في ريف المدينة وتوقع ضحايا بين المدنيين والأطفال')).toBe(true);
    expect(isNoiseLine('إقرأ ايضا')).toBe(true);
    expect(isNoiseLine('مواضيع ذات صلة')).toBe(true);
    expect(isNoiseLine('اقرأوا البيان كاملا')).toBe(false);
  });

  it('leaves report text, headlines and blank lines alone', () => {
    const text = 'قصف مدفعي على حي سكني\n\nقالت مصادر محلية إن القصف استهدف المدرسة.\n---\n';
    expect(findNoiseLines(text)).toEqual([]);
  });
});
