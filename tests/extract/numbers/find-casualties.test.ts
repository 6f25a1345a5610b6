import { describe, expect, it } from 'vitest';
import { findCasualties, findCasualtyMentions } from '../../../src/extract/numbers/find-casualties.js';

describe('findCasualties', () => {
  describe('counts after a cue', () => {
    it('reads a number word and its noun after «مقتل»', () => {
      expect(findCasualties('أسفر القصف على الحي عن مقتل ثلاثة عناصر من الشرطة.')).toEqual({ killed: 3, injured: null });
    });

    it('reads the count after a passive verb', () => {
      expect(findCasualties('قُتل ستة مزارعين بانفجار لغم في ريف المدينة.')).toEqual({ killed: 6, injured: null });
      expect(findCasualties('أُصيب تسعة مدنيين بشظايا القذائف.')).toEqual({ killed: null, injured: 9 });
    });

    it('reads the dual of a person noun as two', () => {
      expect(findCasualties('أدت الغارة إلى مقتل جنديين.')).toEqual({ killed: 2, injured: null });
      expect(findCasualties('قُتلت امرأتان في القصف.')).toEqual({ killed: 2, injured: null });
    });

    it('reads a singular person noun after the cue as one', () => {
      expect(findCasualties('أعلنت المصادر مقتل عنصر من الفصيل.')).toEqual({ killed: 1, injured: null });
      expect(findCasualties('أسفر الاشتباك عن إصابة مدني بجروح طفيفة.')).toEqual({ killed: null, injured: 1 });
      expect(findCasualties('تأكد مقتل شخص على الطريق.')).toEqual({ killed: 1, injured: null });
    });

    it('reads a singular noun with a possessive as one', () => {
      expect(findCasualties('استُهدفت الشاحنة ما أدى إلى إصابة سائقها.')).toEqual({ killed: null, injured: 1 });
    });

    it('reads a plural noun followed by its number', () => {
      expect(findCasualties('أسفر الهجوم عن مقتل مدنيين اثنين.')).toEqual({ killed: 2, injured: null });
    });

    it('reads digits and Arabic-Indic digits after the cue', () => {
      expect(findCasualties('ما أسفر عن مقتل 14 عنصراً.')).toEqual({ killed: 14, injured: null });
      expect(findCasualties('أسفر عن إصابة ٨ أشخاص.')).toEqual({ killed: null, injured: 8 });
    });

    it('reads a compound number word', () => {
      expect(findCasualties('أعلنت الوزارة مقتل خمسة وعشرين شخصاً.')).toEqual({ killed: 25, injured: null });
    });

    it('adds counts joined by wa after one cue', () => {
      expect(findCasualties('أسفر الكمين عن مقتل 4 جنود و3 مدنيين.')).toEqual({ killed: 7, injured: null });
    });

    it('reads a pronoun on the cue as the count', () => {
      expect(findCasualties('وأكدت عائلته مقتله برصاص قناص.')).toEqual({ killed: 1, injured: null });
      expect(findCasualties('أدى ذلك إلى إصابتهما بجروح.')).toEqual({ killed: null, injured: 2 });
    });
  });

  describe('counts before a noun cue', () => {
    it('reads a number before «قتلى» and «جرحى»', () => {
      expect(findCasualties('خلّف التفجير 3 قتلى و11 جريحاً.')).toEqual({ killed: 3, injured: 11 });
      expect(findCasualties('سقط سبعة جرحى في المواجهات.')).toEqual({ killed: null, injured: 7 });
    });

    it('reads a singular or dual noun cue as its own count', () => {
      expect(findCasualties('قتيل وجريحان بانفجار دراجة مفخخة')).toEqual({ killed: 1, injured: 2 });
    });
  });

  describe('others after a first count', () => {
    it('reads «آخر» as one more', () => {
      expect(findCasualties('أسفر الانفجار عن مقتل عنصرين وإصابة آخر.')).toEqual({ killed: 2, injured: 1 });
    });

    it('reads a number before «آخرين» as that number', () => {
      expect(findCasualties('قُتل شرطي وأصيب أربعة آخرون.')).toEqual({ killed: 1, injured: 4 });
    });

    it('reads «آخرين» alone as an unknown count', () => {
      expect(findCasualties('قُتل طفل وأصيب آخرون بجروح.')).toEqual({ killed: 1, injured: null, vague: true });
    });
  });

  describe('vague figures', () => {
    it('reads «عشرات» as ten, vague', () => {
      expect(findCasualties('أدى القصف إلى إصابة عشرات المدنيين.')).toEqual({ killed: null, injured: 10, vague: true });
      expect(findCasualties('سقط العشرات من الجرحى.')).toEqual({ killed: null, injured: 10, vague: true });
    });

    it('reads «مئات» as a hundred, vague', () => {
      expect(findCasualties('خلّفت المعارك مئات القتلى.')).toEqual({ killed: 100, injured: null, vague: true });
    });

    it('keeps hedged counts as vague floors', () => {
      expect(findCasualties('أسفرت الغارات عن مقتل أكثر من 20 مدنياً.')).toEqual({ killed: 20, injured: null, vague: true });
      expect(findCasualties('أفاد المستشفى باستقبال نحو 15 جريحاً.')).toEqual({ killed: null, injured: 15, vague: true });
      expect(findCasualties('مقتل ما لا يقل عن 7 أشخاص.')).toEqual({ killed: 7, injured: null, vague: true });
    });

    it('reads «قتلى وجرحى» as casualties of unknown number', () => {
      expect(findCasualties('ما أدى إلى سقوط قتلى وجرحى بين المارة.')).toEqual({ killed: null, injured: null, vague: true });
    });

    it('reads a total given for killed and injured together as unknown counts', () => {
      expect(findCasualties('ادعى البيان مقتل وإصابة سبعة عناصر.')).toEqual({ killed: null, injured: null, vague: true });
      expect(findCasualties('سقط تسعة أشخاص بين قتيل وجريح.')).toEqual({ killed: null, injured: null, vague: true });
    });

    it('reads «جميع من كانوا» as an unknown count', () => {
      expect(findCasualties('ما أسفر عن مقتل جميع من كانوا على متن الحافلة.')).toEqual({ killed: null, injured: null, vague: true });
    });

    it('reads a plural noun without a number as an unknown count', () => {
      expect(findCasualties('تحدثت مصادر عن مقتل مدنيين في القرية.')).toEqual({ killed: null, injured: null, vague: true });
    });
  });

  describe('idioms of death', () => {
    it('reads the count between «لقي» and «حتفهم»', () => {
      expect(findCasualties('لقي ثلاثة عمال حتفهم في الانفجار.')).toEqual({ killed: 3, injured: null });
    });

    it('reads «لقي حتفه» as one', () => {
      expect(findCasualties('لقي الشاب حتفه متأثراً بجراحه.')).toEqual({ killed: 1, injured: null });
    });

    it('reads the count after «أودى بحياة»', () => {
      expect(findCasualties('أودى الانفجار بحياة خمسة مدنيين.')).toEqual({ killed: 5, injured: null });
    });

    it('reads «فارق الحياة» as one', () => {
      expect(findCasualties('فارق الجريح الحياة في المستشفى.')).toEqual({ killed: 1, injured: null });
    });

    it('reads martyrdom cues as killed', () => {
      expect(findCasualties('استشهد ثلاثة شبان برصاص القوات.')).toEqual({ killed: 3, injured: null });
      expect(findCasualties('نعت البلدة شهيدين سقطا أمس.')).toEqual({ killed: 2, injured: null });
    });
  });

  describe('none stated', () => {
    it('reads negated «إصابات» as nobody killed or injured', () => {
      expect(findCasualties('سقطت القذيفة في أرض زراعية دون أن تسفر عن إصابات.')).toEqual({ killed: 0, injured: 0 });
      expect(findCasualties('انفجرت العبوة دون وقوع إصابات.')).toEqual({ killed: 0, injured: 0 });
      expect(findCasualties('لم تسفر الغارة عن إصابات بشرية.')).toEqual({ killed: 0, injured: 0 });
    });

    it('reads negated «قتلى» as nobody killed and says nothing of the injured', () => {
      expect(findCasualties('انتهى الاشتباك دون وقوع قتلى.')).toEqual({ killed: 0, injured: null });
    });

    it('reads «لم يصب أحد» as nobody hurt', () => {
      expect(findCasualties('سقط الصاروخ قرب المدرسة ولم يصب أحد.')).toEqual({ killed: 0, injured: 0 });
    });

    it('keeps a stated count over a negation of another kind', () => {
      expect(findCasualties('قُتل عنصر في الكمين دون تسجيل إصابات أخرى.')).toEqual({ killed: 1, injured: 0 });
    });

    it('does not let a far negation cancel a count', () => {
      expect(findCasualties('لم تتبنَّ أي جهة الهجوم الذي أسفر عن مقتل عنصرين.')).toEqual({ killed: 2, injured: null });
    });
  });

  describe('nothing stated', () => {
    it('returns null for a sentence without casualties', () => {
      expect(findCasualties('اعتقلت الدورية ستة شبان من أبناء الحي.')).toBeNull();
      expect(findCasualties('')).toBeNull();
    });

    it('does not read «قتلة» (killers) as a casualty', () => {
      expect(findCasualties('طالب الأهالي بمحاسبة قتلة الشاب.')).toBeNull();
    });

    it('does not read numbers of protesters as casualties', () => {
      expect(findCasualties('شارك المئات من الأهالي في الوقفة.')).toBeNull();
    });
  });

  it('does not add a repeated count to itself', () => {
    const text = 'قُتل خمسة عناصر في الكمين، ونعت الفصائل العناصر الخمسة، وأكدت مقتل خمسة عناصر.';
    expect(findCasualties(text)).toEqual({ killed: 5, injured: null });
  });

  it('reads only inside the range when one is given', () => {
    const first = 'قُتل ثلاثة مدنيين في القصف. ';
    const text = `${first}وأصيب جنديان في هجوم آخر.`;
    expect(findCasualties(text, { start: first.length, end: text.length })).toEqual({ killed: null, injured: 2 });
  });
});

describe('findCasualtyMentions', () => {
  it('returns each mention with its span in the original text', () => {
    const text = 'قُتِلَ أربعة عناصر وأصيب ثلاثة آخرون.';
    const mentions = findCasualtyMentions(text);
    expect(mentions).toEqual([
      { kind: 'killed', count: 4, vague: false, negated: false, span: { text: 'قُتِلَ أربعة عناصر', start: 0, end: 18 } },
      { kind: 'injured', count: 3, vague: false, negated: false, span: { text: 'وأصيب ثلاثة آخرون', start: 19, end: 36 } },
    ]);
  });

  it('gives offsets into the whole text when reading a range', () => {
    const text = 'خبر أول. سقط قتيل في الحي.';
    const [mention] = findCasualtyMentions(text, { start: 9, end: text.length });
    expect(mention?.span).toEqual({ text: 'قتيل', start: 13, end: 17 });
  });

  it('marks a negated mention', () => {
    expect(findCasualtyMentions('دون وقوع إصابات')).toEqual([
      { kind: 'both', count: 0, vague: false, negated: true, span: { text: 'إصابات', start: 9, end: 15 } },
    ]);
  });
});
