/**
 * Gated triggers: a sentence with a trigger word that states no happening — negated, future or
 * threatened, conditional, generic or habitual, background, a question, a denial — gives no event
 * (PLOVER's negation, future and hypothetical modes; the dev gold's `non_events`).
 */
import { describe, expect, it } from 'vitest';
import { eventTypesIn, extract } from './engine-fixtures.js';

describe('extractReport: sentences that state no event', () => {
  it('gives no event for a negated air strike («لم تشن … أي غارات»)', () => {
    expect(eventTypesIn('لم تشن قوات التحالف الدولي أي غارات على مدينة البوكمال خلال الأسبوع الماضي.')).toEqual([]);
  });

  it('gives no event for an intention («يعتزم … شن عملية عسكرية»)', () => {
    expect(eventTypesIn('يعتزم الجيش التركي شن عملية عسكرية ضد قوات سوريا الديمقراطية في منبج.')).toEqual([]);
  });

  it('gives no event for a threat («هددت … بقصف»)', () => {
    expect(eventTypesIn('هددت ميليشيا الحوثي بقصف منشآت النفط في مأرب.')).toEqual([]);
  });

  it('gives no event for the future with «سوف»', () => {
    expect(eventTypesIn('سوف تستقدم قوات النظام تعزيزات إلى ريف درعا الغربي.')).toEqual([]);
  });

  it('gives no event for a condition with «في حال» and its consequence', () => {
    expect(eventTypesIn('في حال تقدمت قوات النظام نحو جبل الزاوية فإن الفصائل ستهاجم مواقعها في سراقب.')).toEqual([]);
  });

  it('gives no event for a condition with «إذا»', () => {
    expect(eventTypesIn('إذا هاجمت قسد مواقع الجيش الوطني فإن تركيا سترد بقوة.')).toEqual([]);
  });

  it('gives no event for habitual shelling («بشكل شبه يومي»)', () => {
    expect(eventTypesIn('تقصف قوات النظام بشكل شبه يومي قرى جبل الزاوية جنوبي إدلب.')).toEqual([]);
  });

  it('gives no event for a standing state of control («تسيطر … منذ عام 2017»)', () => {
    expect(eventTypesIn('تسيطر قوات سوريا الديمقراطية على مدينة الرقة منذ عام 2017.')).toEqual([]);
  });

  it('gives no event for background told in the pluperfect («وكان … قد»)', () => {
    expect(eventTypesIn('وكان تنظيم داعش قد سيطر على مدينة الموصل صيف عام 2014.')).toEqual([]);
  });

  it('gives no event for a question', () => {
    expect(eventTypesIn('هل تهاجم هيئة تحرير الشام مواقع قوات النظام في سراقب؟')).toEqual([]);
  });

  it('gives no event but a denied claim for «نفى التحالف الدولي تنفيذ أي غارة»', () => {
    const extraction = extract('ونفى التحالف الدولي تنفيذ أي غارة جوية على ريف دير الزور الشرقي.');
    expect(extraction.events).toEqual([]);
    expect(extraction.claims).toHaveLength(1);
    expect(extraction.claims[0]).toMatchObject({ status: 'denied', claimant: { entity: 'actor:international-coalition' }, about: ['actor:international-coalition'] });
  });

  it('gives no event but a denied claim for a denied arrest («نفت قسد اعتقال أي مدني»)', () => {
    const extraction = extract('نفت قوات سوريا الديمقراطية اعتقال أي مدني في مدينة الشدادي.');
    expect(extraction.events).toEqual([]);
    expect(extraction.claims.map((claim) => claim.status)).toEqual(['denied']);
  });

  it('gives no event for a negated future («لن تنسحب»)', () => {
    expect(eventTypesIn('لن تنسحب القوات الأمريكية من قاعدة التنف.')).toEqual([]);
  });

  it('gives no event for a habit told with «عادة»', () => {
    expect(eventTypesIn('يقصف الجيش التركي عادة قرى ريف منبج.')).toEqual([]);
  });

  it('gives no event for background introduced by «سبق أن»', () => {
    expect(eventTypesIn('سبق أن اقتحمت هيئة تحرير الشام مدينة عفرين عام 2022.')).toEqual([]);
  });

  it('keeps the plain event of a sentence whose gate governs only a later clause', () => {
    const types = eventTypesIn('قصفت قوات النظام بلدة كنصفرة جنوبي إدلب، ولم تسفر الضربات عن إصابات.');
    expect(types).toContain('SHELLING');
  });
});
