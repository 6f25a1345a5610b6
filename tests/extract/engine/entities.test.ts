/**
 * Entity rules: names found through attached clitics, spelling variants, diacritics, tatweel and
 * quotes, with their offsets still on the original text; anaphors only after their actor; small
 * villages only on evidence; repeated village names settled by the governorate the report names.
 */
import { describe, expect, it } from 'vitest';
import { entityIdsIn, extract } from './engine-fixtures.js';

/** The mention texts the engine found for entity `id` in `text`. */
function mentionTextsOf(text: string, id: string): string[] {
  return extract(text).entities.find((entity) => entity.id === id)?.mentions.map((mention) => mention.text) ?? [];
}

describe('extractReport: actors and places through clitics and spelling variants', () => {
  it('finds the Fourth Division behind the clitic «لل» and keeps the clitic inside the span it reports', () => {
    expect(mentionTextsOf('داهمت دورية تابعة للفرقة الرابعة منازل في بلدة الكسوة.', 'actor:fourth-division')).toEqual(['للفرقة الرابعة']);
  });

  it('finds a countryside behind the clitics «وب» («وبريف حمص الشمالي»)', () => {
    expect(entityIdsIn('داهمت دورية منازل في بلدة الكسوة وبريف حمص الشمالي.')).toContain('location:homs-northern-countryside');
  });

  it('reads a name after «لـ» with a tatweel and straight quotes («لـ"قسد"») as the SDF', () => {
    expect(mentionTextsOf('شنّ تنظيمُ داعش هجوماً على حاجزٍ لـ"قسد" في بلدة الشحيل.', 'actor:sdf')).toEqual(['قسد']);
  });

  it('matches names written without hamza and with ي for ى («ايران», «الى», «بصري الشام»)', () => {
    const ids = entityIdsIn('وصل رتل للفيلق الخامس المدعوم من ايران الى مدينة بصري الشام.');
    expect(ids).toEqual(expect.arrayContaining(['actor:fifth-corps', 'actor:iran', 'location:busra-al-sham']));
  });

  it('matches names written with ه for ة («قوات سوريه الديمقراطيه»)', () => {
    expect(entityIdsIn('قصفت قوات سوريه الديمقراطيه مواقع في مدينه منبج.')).toEqual(['actor:sdf', 'location:manbij']);
  });

  it('matches names with hamza on alef («إدلب وأريحا») and without it («ادلب واريحا») alike', () => {
    const withHamza = entityIdsIn('قصفت قوات النظام مواقع في إدلب وأريحا.');
    expect(withHamza).toContain('location:idlib');
    expect(entityIdsIn('قصفت قوات النظام مواقع في ادلب واريحا.')).toEqual(withHamza);
  });

  it('matches names carrying diacritics, and reports the diacritics inside the mention', () => {
    expect(mentionTextsOf('هاجمت قوّاتُ النّظامِ بلدةَ الهبيط.', 'actor:syrian-regime-forces')).toEqual(['قوّاتُ النّظامِ']);
  });

  it('matches names stretched with tatweel («قـــوات النـــظام», «كفرنبـــل»)', () => {
    const text = 'هاجمت قـــوات النـــظام بلدة كفرنبـــل.';
    expect(entityIdsIn(text)).toEqual(['actor:syrian-regime-forces', 'location:kafr-nabl']);
    expect(mentionTextsOf(text, 'location:kafr-nabl')).toEqual(['كفرنبـــل']);
  });

  it('reads a name inside typographic quotes («تنظيم “داعش”» and «تنظيم «داعش»») as ISIS', () => {
    expect(entityIdsIn('هاجم تنظيم “داعش” نقطة عسكرية في بادية السخنة.')).toContain('actor:isis');
    expect(entityIdsIn('هاجم تنظيم «داعش» نقطة عسكرية في بادية السخنة.')).toContain('actor:isis');
  });
});

describe('extractReport: names in quotes', () => {
  it('reports a quoted name with both quotes or neither («تنظيم “داعش”», «ميليشيا "لواء القدس"», «فصيل «أحرار الشرقية»»)', () => {
    const extraction = extract('هاجم تنظيم “داعش” مواقع ميليشيا "لواء القدس" قرب فصيل «أحرار الشرقية» في ريف حلب.');
    const mentions = extraction.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));
    for (const text of mentions) {
      const opening = (text.match(/[“«]/g) ?? []).length;
      const closing = (text.match(/[”»]/g) ?? []).length;
      expect({ text, balanced: opening === closing && (text.match(/"/g) ?? []).length % 2 === 0 }).toEqual({ text, balanced: true });
    }
    expect(mentions).toEqual(expect.arrayContaining(['تنظيم “داعش”', 'ميليشيا "لواء القدس"']));
  });
});

describe('extractReport: names no lexicon knows', () => {
  it('makes an entity with an id from the normalized name for an unknown faction after «فصيل»', () => {
    const { entities, events } = extract('هاجم مسلحون مجهولون مقراً لفصيل أحرار الجنوب في بلدة المسيفرة.');
    const faction = entities.find((entity) => entity.origin === 'pattern');
    expect(faction).toMatchObject({ id: 'actor:ar:احرار-الجنوب', kind: 'Actor' });
    expect(events.map((event) => [event.type, event.agents, event.targets])).toEqual([['ATTACK', ['actor:unknown-gunmen'], ['actor:ar:احرار-الجنوب']]]);
  });
});

describe('extractReport: anaphora', () => {
  it('reads «التنظيم» as ISIS once ISIS has been named in the report', () => {
    const text = 'هاجم تنظيم داعش دورية لقوات النظام في البادية، وقالت مصادر إن التنظيم انسحب بعد ساعة.';
    expect(mentionTextsOf(text, 'actor:isis')).toEqual(['تنظيم داعش', 'التنظيم']);
  });

  it('leaves «التنظيم» unresolved when no actor it may stand for has been named', () => {
    expect(entityIdsIn('قالت مصادر إن التنظيم هاجم دورية في البادية.')).not.toContain('actor:isis');
  });

  it('does not read «التنظيم» as ISIS in a report that names only HTS', () => {
    expect(entityIdsIn('هاجمت هيئة تحرير الشام مواقع للفيلق الثالث، وقال التنظيم إن قواته تقدمت.')).not.toContain('actor:isis');
  });
});

describe('extractReport: small places on evidence', () => {
  it('accepts the village al-Shahira after the cue word «قرية»', () => {
    expect(entityIdsIn('وصل رتل إلى قرية الشعيرة.')).toContain('location:al-shahira');
  });

  it('rejects the same village name standing bare with no cue and no governorate', () => {
    expect(entityIdsIn('وصل رتل إلى الشعيرة.')).toEqual([]);
  });

  it('accepts a bare village (al-Hubayt) when its governorate is named beside it («جنوبي إدلب»)', () => {
    expect(entityIdsIn('وصل رتل عسكري إلى الهبيط جنوبي إدلب.')).toEqual(['location:hbit', 'location:idlib']);
  });

  it('rejects the bare village al-Hubayt in a sentence that names no governorate', () => {
    expect(entityIdsIn('وصل رتل عسكري إلى الهبيط.')).toEqual([]);
  });

  it('picks the Hasakah village al-Abbasiyah when the report names Hasakah, even in another sentence', () => {
    const ids = entityIdsIn('سقطت قذيفة على قرية العباسية. وتقع القرية في ريف المالكية شمال شرقي الحسكة.');
    expect(ids).toContain('location:abbasiyeh-c4923');
    expect(ids).not.toContain('location:abbasiyeh');
  });

  it('picks the Homs village al-Abbasiyah when the report names Homs', () => {
    const ids = entityIdsIn('سقطت قذيفة على قرية العباسية، وقال مراسلنا في حمص إن الأضرار مادية.');
    expect(ids).toContain('location:abbasiyeh');
    expect(ids).not.toContain('location:abbasiyeh-c4923');
  });

  it('picks the Hama village al-Sha‘irah when the sentence names the Hama governorate', () => {
    const ids = entityIdsIn('قصفت قوات النظام قرية الشعيرة في محافظة حماة.');
    expect(ids).toContain('location:al-sha-irah');
    expect(ids).not.toContain('location:al-shahira');
  });
});
