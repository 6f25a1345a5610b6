import { describe, expect, it } from 'vitest';
import { formsMatch, listForms, namesMatch, normalizeForm, stripClitics } from '../../src/eval/index.js';

describe('normalizeForm', () => {
  it('turns quotes and punctuation into single spaces', () => {
    expect(normalizeForm('تنظيم “داعش”')).toBe('تنظيم داعش');
    expect(normalizeForm('دمشق – عمان (M5)،  ')).toBe('دمشق عمان m5');
  });

  it('removes diacritics and tatweel', () => {
    expect(normalizeForm('لم تتبنَّ')).toBe('لم تتبن');
    expect(normalizeForm('الـــرقة')).toBe('الرقه');
  });

  it('unifies alef forms, alef maqsura and ta marbuta', () => {
    expect(normalizeForm('أإآٱ')).toBe('اااا');
    expect(normalizeForm('ونوى')).toBe('ونوي');
    expect(normalizeForm('الفرقة الرابعة')).toBe('الفرقه الرابعه');
  });

  it('applies NFKC to ligatures and full-width letters and lowercases Latin', () => {
    expect(normalizeForm('\uFEFB')).toBe('لا');
    expect(normalizeForm('Ｍ５ Highway')).toBe('m5 highway');
  });

  it('drops invisible bidi marks instead of splitting words on them', () => {
    expect(normalizeForm('دير\u200F الزور\u200E')).toBe('دير الزور');
  });

  it('returns an empty string for punctuation only', () => {
    expect(normalizeForm('«… »')).toBe('');
  });
});

describe('stripClitics', () => {
  it('drops a conjunction and an article together', () => {
    expect(stripClitics('والدرداره')).toBe('درداره');
    expect(stripClitics('وبالمدينه')).toBe('مدينه');
  });

  it('drops the contracted article لل rather than a lone ل', () => {
    expect(stripClitics('للفرقه الرابعه')).toBe('فرقه رابعه');
  });

  it('keeps words of four letters or fewer whole', () => {
    expect(stripClitics('ونوي')).toBe('ونوي');
    expect(stripClitics('لفرع الامن')).toBe('لفرع امن');
  });

  it('leaves Latin words alone', () => {
    expect(stripClitics('international coalition')).toBe('international coalition');
  });
});

describe('listForms', () => {
  it('gives the first form and, when it differs, the clitic-free form', () => {
    expect(listForms('بالأسلحة الخفيفة')).toEqual(['بالاسلحه الخفيفه', 'اسلحه خفيفه']);
    expect(listForms('درعا')).toEqual(['درعا']);
    expect(listForms('“”')).toEqual([]);
  });
});

describe('formsMatch', () => {
  it('matches equal forms, however short', () => {
    expect(formsMatch('m5', 'm5')).toBe(true);
  });

  it('matches a form contained as whole words in the other', () => {
    expect(formsMatch('ريف درعا الغربي', 'درعا')).toBe(true);
    expect(formsMatch('درعا', 'ريف درعا الغربي')).toBe(true);
  });

  it('does not match a form contained inside a longer word', () => {
    expect(formsMatch('الرقه', 'رقه')).toBe(false);
  });

  it('does not match a contained form shorter than three characters', () => {
    expect(formsMatch('الطريق m5', 'm5')).toBe(false);
  });

  it('never matches an empty form', () => {
    expect(formsMatch('', '')).toBe(false);
    expect(formsMatch('', 'درعا')).toBe(false);
  });
});

describe('namesMatch', () => {
  it('matches a name carrying a preposition through the clitic-free form', () => {
    expect(namesMatch('لمجلس دير الزور العسكري', 'مجلس دير الزور العسكري')).toBe(true);
    expect(namesMatch('للفيلق الخامس', 'الفيلق الخامس')).toBe(true);
  });

  it('does not match different places that share no whole word', () => {
    expect(namesMatch('مدينة طفس', 'بلدة المزيريب')).toBe(false);
  });
});
