/**
 * One sentence of our own per trigger family of lexicons/ar/triggers.json, in the register of
 * Syrian and Iraqi news: the event type and its main roles. Sentences are written for these tests,
 * not taken from the dev corpus, so a rule fitted to one dev sentence does not pass them by luck.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../../src/domain/extraction.js';
import { onlyEventOfType } from './engine-fixtures.js';

interface ExpectedRoles {
  agents?: string[];
  targets?: string[];
  /** Places the event must name (others, such as the governorate, may come with them). */
  locations?: string[];
}

function expectRoles(event: ExtractedEvent, expected: ExpectedRoles): void {
  if (expected.agents) expect(event.agents).toEqual(expected.agents);
  if (expected.targets) expect(event.targets).toEqual(expected.targets);
  if (expected.locations) expect(event.locations).toEqual(expect.arrayContaining(expected.locations));
}

describe('extractReport: one event per trigger family, with its roles', () => {
  it('reads «هاجمت … حاجزاً لقوات النظام» as an ISIS ATTACK on regime forces near Palmyra', () => {
    const event = onlyEventOfType('هاجمت خلايا تنظيم داعش حاجزاً لقوات النظام قرب مدينة تدمر في ريف حمص الشرقي.', 'ATTACK');
    expectRoles(event, { agents: ['actor:isis'], targets: ['actor:syrian-regime-forces'], locations: ['location:palmyra', 'location:homs-eastern-countryside'] });
  });

  it('reads a light verb before a verbal noun («شنّ … هجوماً على») as an ATTACK by the subject of the light verb', () => {
    const event = onlyEventOfType('شنّ تنظيمُ «داعش» هجوماً على حاجزٍ لـ"قسد" في بلدة الشحيل.', 'ATTACK');
    expectRoles(event, { agents: ['actor:isis'], targets: ['actor:sdf'], locations: ['location:al-shuhail'] });
  });

  it('reads «اشتباكات بين X وY» as a CLASH with both sides as agents', () => {
    const event = onlyEventOfType('اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وعناصر من تنظيم داعش في بلدة الشحيل بريف دير الزور الشرقي.', 'CLASH');
    expectRoles(event, { agents: ['actor:sdf', 'actor:isis'], targets: [], locations: ['location:al-shuhail'] });
  });

  it('reads «اشتبكت X مع Y» as a CLASH with both sides as agents', () => {
    const event = onlyEventOfType('اشتبكت قوات سوريا الديمقراطية مع مسلحين من العشائر العربية في بلدة ذيبان.', 'CLASH');
    expectRoles(event, { agents: ['actor:sdf', 'actor:arab-tribal-fighters'], locations: ['location:dhiban'] });
  });

  it('reads «قصفت … بالمدفعية الثقيلة» as regime SHELLING of a village in Jabal al-Zawiya', () => {
    const event = onlyEventOfType('قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة في جبل الزاوية جنوبي إدلب.', 'SHELLING');
    expectRoles(event, { agents: ['actor:syrian-regime-forces'], locations: ['location:kansafra', 'location:jabal-al-zawiya'] });
  });

  it('reads «شنت الطائرات الحربية الروسية غارات جوية» as a Russian AIRSTRIKE on Sarmada', () => {
    const event = onlyEventOfType('شنت الطائرات الحربية الروسية غارات جوية على محيط مدينة سرمدا شمالي إدلب.', 'AIRSTRIKE');
    expectRoles(event, { agents: ['actor:russia'], locations: ['location:sarmada', 'location:idlib'] });
  });

  it('reads «انفجرت عبوة ناسفة بسيارة … تابعة لقسد» as an EXPLOSION that targets the SDF', () => {
    const event = onlyEventOfType('انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقوات سوريا الديمقراطية في بلدة البصيرة شرقي دير الزور.', 'EXPLOSION');
    expectRoles(event, { agents: [], targets: ['actor:sdf'], locations: ['location:al-busayrah', 'location:deir-ez-zor'] });
  });

  it('reads «اغتال مسلحون مجهولون قيادياً في اللواء الثامن» as a KILLING by unknown gunmen', () => {
    const event = onlyEventOfType('اغتال مسلحون مجهولون قيادياً في اللواء الثامن بمدينة بصرى الشام شرقي درعا.', 'KILLING');
    expectRoles(event, { agents: ['actor:unknown-gunmen'], targets: ['actor:eighth-brigade'], locations: ['location:busra-al-sham'] });
  });

  it('reads «اعتقلت قوات النظام ستة شبان» as a regime ARREST in Nawa', () => {
    const event = onlyEventOfType('اعتقلت قوات النظام ستة شبان من بلدة نوى في ريف درعا الغربي.', 'ARREST');
    expectRoles(event, { agents: ['actor:syrian-regime-forces'], locations: ['location:nawa', 'location:daraa-western-countryside'] });
  });

  it('reads a raid by a unit named through a clitic («دورية تابعة للفرقة الرابعة») as an ARREST by the Fourth Division', () => {
    const event = onlyEventOfType('داهمت دورية تابعة للفرقة الرابعة منازل في بلدة الكسوة وبريف حمص الشمالي.', 'ARREST');
    expectRoles(event, { agents: ['actor:fourth-division'], locations: ['location:al-kiswah', 'location:homs-northern-countryside'] });
  });

  it('reads «اختطف مسلحون مجهولون طبيباً» as an ABDUCTION on the Sweida–Shahba road', () => {
    const event = onlyEventOfType('اختطف مسلحون مجهولون طبيباً على الطريق الواصل بين مدينة السويداء وبلدة شهبا.', 'ABDUCTION');
    expectRoles(event, { agents: ['actor:unknown-gunmen'], locations: ['location:sweida', 'location:shahba'] });
  });

  it('reads «أغلقت قسد الطريق الرئيسي» as a CLOSE_ROAD by the SDF in Tabqa', () => {
    const event = onlyEventOfType('أغلقت قوات سوريا الديمقراطية الطريق الرئيسي في مدينة الطبقة غربي الرقة.', 'CLOSE_ROAD');
    expectRoles(event, { agents: ['actor:sdf'], locations: ['location:tabqa'] });
  });

  it('reads «استقدمت قوات النظام تعزيزات عسكرية» as regime REINFORCE to Saraqib', () => {
    const event = onlyEventOfType('استقدمت قوات النظام تعزيزات عسكرية إلى مدينة سراقب شرقي إدلب.', 'REINFORCE');
    expectRoles(event, { agents: ['actor:syrian-regime-forces'], locations: ['location:saraqib'] });
  });

  it('reads «وصل رتل للفيلق الخامس» as REINFORCE by the Fifth Corps, not by its backer', () => {
    const event = onlyEventOfType('وصل رتل للفيلق الخامس المدعوم من روسيا إلى مدينة بصرى الشام.', 'REINFORCE');
    expectRoles(event, { agents: ['actor:fifth-corps'], locations: ['location:busra-al-sham'] });
  });

  it('reads «أطلق الجيش العراقي عملية عسكرية … بحثاً عن خلايا داعش» as an Iraqi MILITARY_OPERATION against ISIS', () => {
    const event = onlyEventOfType('أطلق الجيش العراقي عملية عسكرية لتمشيط صحراء الأنبار بحثاً عن خلايا داعش.', 'MILITARY_OPERATION');
    expectRoles(event, { agents: ['actor:iraqi-army'], targets: ['actor:isis'], locations: ['location:anbar-desert'] });
  });

  it('reads «بدأت قوات الحشد الشعبي عملية تمشيط» as a MILITARY_OPERATION by the PMF', () => {
    const event = onlyEventOfType('بدأت قوات الحشد الشعبي عملية تمشيط واسعة في جزيرة سامراء.', 'MILITARY_OPERATION');
    expectRoles(event, { agents: ['actor:pmf'] });
  });

  it('reads «سيطرت هيئة تحرير الشام على قرية» as an HTS SEIZE of Basufan', () => {
    const event = onlyEventOfType('سيطرت هيئة تحرير الشام على قرية باصوفان في ريف حلب الشمالي.', 'SEIZE');
    expectRoles(event, { agents: ['actor:hts'], locations: ['location:basufan', 'location:aleppo-northern-countryside'] });
  });

  it('reads «فجرت قوات النظام منزل أحد المطلوبين» as regime DESTROY', () => {
    const event = onlyEventOfType('فجرت قوات النظام منزل أحد المطلوبين في بلدة الكرك الشرقي بريف درعا.', 'DESTROY');
    expectRoles(event, { agents: ['actor:syrian-regime-forces'], locations: ['location:daraa-countryside'] });
  });

  it('reads «دمرت الطائرات الإسرائيلية مستودعاً» as DESTROY by the Israeli army', () => {
    const event = onlyEventOfType('دمرت الطائرات الإسرائيلية مستودعاً للأسلحة في مطار الضبعة بريف حمص.', 'DESTROY');
    expectRoles(event, { agents: ['actor:idf'], locations: ['location:homs-countryside'] });
  });

  it('reads «انسحبت قسد من قرية الحوايج» as an SDF WITHDRAW from al-Hawaij', () => {
    const event = onlyEventOfType('انسحبت قوات سوريا الديمقراطية من قرية الحوايج بريف دير الزور الشرقي.', 'WITHDRAW');
    expectRoles(event, { agents: ['actor:sdf'], locations: ['location:al-hawaij'] });
  });

  it('reads «عمدت القوات التركية إلى قطع طرق الإمداد» as CUT_SUPPLY by the Turkish army', () => {
    const event = onlyEventOfType('وعمدت القوات التركية إلى قطع طرق الإمداد عن مدينة تل رفعت.', 'CUT_SUPPLY');
    expectRoles(event, { agents: ['actor:turkish-army'], locations: ['location:tal-rifaat'] });
  });

  it('reads «قطعت قسد المياه عن بلدات» as a water CUT_SUPPLY by the SDF', () => {
    const event = onlyEventOfType('قطعت قسد المياه عن بلدات ريف دير الزور الشرقي.', 'CUT_SUPPLY');
    expectRoles(event, { agents: ['actor:sdf'], locations: ['location:deir-ez-zor-eastern-countryside'] });
  });

  it('reads «نقلت ميليشيا لواء فاطميون مقراتها» as a Fatemiyoun RELOCATE from al-Mayadin to the Bukamal desert', () => {
    const event = onlyEventOfType('نقلت ميليشيا لواء فاطميون مقراتها من مدينة الميادين إلى بادية البوكمال.', 'RELOCATE');
    expectRoles(event, { agents: ['actor:liwa-fatemiyoun'], locations: ['location:al-mayadin', 'location:al-bukamal-desert'] });
  });

  it('reads «نظم أهالي بلدة الصنمين وقفة احتجاجية» as a PROTEST by civilians in al-Sanamayn', () => {
    const event = onlyEventOfType('نظم أهالي بلدة الصنمين وقفة احتجاجية في ساحة البلدة.', 'PROTEST');
    expectRoles(event, { agents: ['actor:civilians'], locations: ['location:al-sanamayn'] });
  });

  it('reads «تظاهر العشرات من أهالي مدينة السويداء» as a PROTEST in Sweida', () => {
    const event = onlyEventOfType('تظاهر العشرات من أهالي مدينة السويداء أمام مبنى المحافظة.', 'PROTEST');
    expectRoles(event, { locations: ['location:sweida'] });
  });

  it('reads «أعلنت قيادة العمليات المشتركة في بيان رسمي» as a STATEMENT by the Joint Operations Command', () => {
    const event = onlyEventOfType('أعلنت قيادة العمليات المشتركة في بيان رسمي انتهاء المرحلة الأولى من عمليات التفتيش.', 'STATEMENT');
    expectRoles(event, { agents: ['actor:joint-operations-command'] });
  });

  it('reads «دكت مدفعية الجيش التركي مواقع قسد» as Turkish SHELLING of the SDF in a village of the Tal Tamr countryside', () => {
    const event = onlyEventOfType('دكت مدفعية الجيش التركي مواقع قسد في قرية الدردارة بريف تل تمر.', 'SHELLING');
    expectRoles(event, { agents: ['actor:turkish-army'], targets: ['actor:sdf'], locations: ['location:tal-tamr-countryside'] });
  });

  it('reads «أعدم تنظيم داعش ثلاثة رعاة» as an ISIS KILLING in the Sukhnah desert', () => {
    const event = onlyEventOfType('أعدم تنظيم داعش ثلاثة رعاة في بادية السخنة.', 'KILLING');
    expectRoles(event, { agents: ['actor:isis'], locations: ['location:al-sukhnah'] });
  });

  it('reads «ألقت قوات الأمن العراقية القبض على» as an ARREST by the Iraqi security forces in Hawija', () => {
    const event = onlyEventOfType('ألقت قوات الأمن العراقية القبض على خمسة مطلوبين في قضاء الحويجة.', 'ARREST');
    expectRoles(event, { agents: ['actor:iraqi-security-forces'], locations: ['location:hawija'] });
  });

  it('reads «فرضت قوات النظام طوقاً أمنياً حول مدينة جاسم» as a regime MILITARY_OPERATION (a cordon)', () => {
    const event = onlyEventOfType('فرضت قوات النظام طوقاً أمنياً حول مدينة جاسم في ريف درعا الشمالي.', 'MILITARY_OPERATION');
    expectRoles(event, { agents: ['actor:syrian-regime-forces'], locations: ['location:jasim'] });
  });

  it('reads «تمكنت فصائل المعارضة من السيطرة على تلة» as a SEIZE by the opposition factions', () => {
    const event = onlyEventOfType('تمكنت فصائل المعارضة من السيطرة على تلة استراتيجية قرب بلدة كفرنبودة.', 'SEIZE');
    expectRoles(event, { agents: ['actor:opposition-factions'], locations: ['location:kafr-nabudah'] });
  });

  it('reads «جرفت قوات الاحتلال التركي بساتين الزيتون» as DESTROY by the Turkish army in the Afrin countryside', () => {
    const event = onlyEventOfType('جرفت قوات الاحتلال التركي بساتين الزيتون في ريف عفرين.', 'DESTROY');
    expectRoles(event, { agents: ['actor:turkish-army'], locations: ['location:afrin-countryside'] });
  });

  it('reads «فرت عناصر الميليشيات الإيرانية من مواقعها» as a WITHDRAW by the Iran-backed militias from al-Mayadin', () => {
    const event = onlyEventOfType('فرت عناصر الميليشيات الإيرانية من مواقعها في مدينة الميادين.', 'WITHDRAW');
    expectRoles(event, { agents: ['actor:iran-backed-militias'], locations: ['location:al-mayadin'] });
  });

  it('codes every event with its CAMEO code, PLOVER type and ACLED types', () => {
    const event = onlyEventOfType('اعتقلت قوات النظام ستة شبان من بلدة نوى في ريف درعا الغربي.', 'ARREST');
    expect(event.coding).toEqual({ cameo: '173', plover: { type: 'COERCE', mode: 'arrest' }, acled: { eventType: 'Strategic developments', subEventType: 'Arrests' } });
  });
});
