/**
 * Sentences that hold a trigger word but tell no new incident: a summary of many happenings
 * («خلال الأشهر الماضية», «تتكرر», «يعمل على شن»), a noun pointing back at a happening already
 * told («هذه التعزيزات», «تبنى … التفجير»), a phrase naming a state or a property («مناطق
 * سيطرة», «الخاضعة لسيطرة», «شديدة الانفجار»), and a fear of what may come («خشية»).
 */
import { describe, expect, it } from 'vitest';
import { eventTypesIn } from './engine-fixtures.js';

describe('extractReport: summaries of many happenings are not incidents', () => {
  it('gives no attack for attacks stepped up over past months («خلال الأشهر الأخيرة … كثف هجماته»)', () => {
    expect(eventTypesIn('وفي الأشهر الأخيرة، كثف تنظيم داعش هجماته على مواقع الفرقة الرابعة في بادية تدمر.')).toEqual([]);
  });

  it('gives no attack for attacks that recur («تتكرر»)', () => {
    expect(eventTypesIn('وتتكرر الاعتداءات على دوريات الشرطة العسكرية الروسية في ريف درعا الشرقي.')).toEqual([]);
  });

  it('gives no attack for a practice («تعمل … على شن هجمات»)', () => {
    expect(eventTypesIn('وتعمل خلايا تنظيم داعش على شن هجمات خاطفة ضد حواجز قسد في ريف دير الزور الشرقي.')).toEqual([]);
  });

  it('keeps the incident told before the summary phrase («… في هجوم هو الثالث خلال الأشهر الماضية»)', () => {
    expect(eventTypesIn('قُتل عنصران من قسد اليوم في هجوم لتنظيم داعش على حاجز في بلدة الشحيل، هو الثالث خلال الأشهر الماضية.')).toEqual(['ATTACK']);
  });
});

describe('extractReport: a noun that points back at a happening already told', () => {
  it('gives one reinforcement, not two, when the next sentence says «هذه التعزيزات»', () => {
    expect(eventTypesIn('استقدمت قوات النظام تعزيزات عسكرية إلى مدينة سراقب. وجاءت هذه التعزيزات بعد أيام من التوتر.')).toEqual(['REINFORCE']);
  });

  it('reads «تبنى داعش التفجير» as a claim of the explosion told before, not as a second happening', () => {
    expect(eventTypesIn('انفجرت عبوة ناسفة بسيارة عسكرية لقسد في بلدة هجين. وتبنى تنظيم داعش التفجير عبر معرفاته.')).toEqual(['EXPLOSION', 'STATEMENT']);
  });

  it('keeps an attack first told as the object of «تبنى» («تبنى … هجوماً على …»)', () => {
    expect(eventTypesIn('تبنى تنظيم داعش هجوماً على نقطة لقسد في بلدة الشحيل.')).toContain('ATTACK');
  });
});

describe('extractReport: phrases that name a state or a property, not a happening', () => {
  it('gives no seizure for «مناطق سيطرة» and «الخاضعة لسيطرة»', () => {
    expect(eventTypesIn('اعتقلت قسد خمسة شبان في مدينة الشدادي الخاضعة لسيطرتها، بعد عودتهم من مناطق سيطرة النظام.')).toEqual(['ARREST']);
  });

  it('gives no explosion for missiles «شديدة الانفجار» in an air strike', () => {
    expect(eventTypesIn('شن الطيران الحربي الروسي غارات بصواريخ شديدة الانفجار على أطراف بلدة كنصفرة جنوبي إدلب.')).toEqual(['AIRSTRIKE']);
  });

  it('gives no strike for what is feared («خشية تجدد القصف»)', () => {
    expect(eventTypesIn('ونزحت عشرات العائلات من بلدة كفرنبل خشية تجدد القصف.')).toEqual([]);
  });
});

describe('extractReport: one happening told with several trigger words', () => {
  it('reads «على إثر الغارات» as the strikes already told, not as new ones', () => {
    expect(eventTypesIn('قصفت طائرات مسيرة مقراً لحزب الله في مدينة القصير. وعلى إثر الغارات، اعتقلت الميليشيا ثلاثة شبان من أبناء المدينة.')).toEqual(['AIRSTRIKE', 'ARREST']);
  });

  it('keeps the explosions a strike sets off inside the strike («وسُمع دوي انفجارات»)', () => {
    expect(eventTypesIn('استهدفت غارات مجهولة مستودعاً للذخيرة قرب مدينة الميادين، وسُمع دوي انفجارات عنيفة في المنطقة.')).toEqual(['AIRSTRIKE']);
  });

});
