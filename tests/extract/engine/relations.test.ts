/** Relations the text states: «التابعة لـ», «بقيادة», «المدعومة من», and places «بريف». */
import { describe, expect, it } from 'vitest';
import type { Relation } from '../../../src/domain/extraction.js';
import { extract } from './engine-fixtures.js';

/** The relations stated in `text` (not the lexicon's background affiliations), as triples. */
function statedRelations(text: string): Array<[string, string, string]> {
  return extract(text)
    .relations.filter((relation: Relation) => relation.provenance === 'report')
    .map((relation) => [relation.subject, relation.type, relation.object]);
}

describe('extractReport: relations stated in the report', () => {
  it('reads «الفرقة الرابعة التابعة لقوات النظام» as the Fourth Division PART_OF regime forces, with its evidence', () => {
    const text = 'هاجمت عناصر الفرقة الرابعة التابعة لقوات النظام منازل المدنيين في بلدة الكرك.';
    const relation = extract(text).relations.find((candidate) => candidate.type === 'PART_OF' && candidate.provenance === 'report');
    expect(relation).toMatchObject({ subject: 'actor:fourth-division', object: 'actor:syrian-regime-forces' });
    expect(relation?.evidence?.text).toBe('الفرقة الرابعة التابعة لقوات النظام');
  });

  it('reads «التحالف الدولي بقيادة الولايات المتحدة» as the United States COMMANDS the coalition', () => {
    const text = 'قصفت قوات التحالف الدولي بقيادة الولايات المتحدة مواقع لتنظيم داعش في جبل البشري.';
    expect(statedRelations(text)).toContainEqual(['actor:united-states', 'COMMANDS', 'actor:international-coalition']);
  });

  it('reads «ميليشيا لواء فاطميون المدعومة من إيران» as Fatemiyoun BACKED_BY Iran', () => {
    const text = 'قصفت ميليشيا لواء فاطميون المدعومة من إيران مواقع في بادية الميادين.';
    expect(statedRelations(text)).toEqual([['actor:liwa-fatemiyoun', 'BACKED_BY', 'actor:iran']]);
  });

  it('reads «الفيلق الخامس المدعوم من روسيا» after a clitic as the Fifth Corps BACKED_BY Russia', () => {
    const text = 'وصل رتل للفيلق الخامس المدعوم من روسيا إلى مدينة بصرى الشام.';
    expect(statedRelations(text)).toEqual([['actor:fifth-corps', 'BACKED_BY', 'actor:russia']]);
  });

  it('reads «بلدة الجيزة بريف درعا الشرقي» as the town LOCATED_IN the eastern Daraa countryside', () => {
    const text = 'استهدفت طائرة مسيرة سيارة في بلدة الجيزة بريف درعا الشرقي.';
    expect(statedRelations(text)).toEqual([['location:jizeh', 'LOCATED_IN', 'location:daraa-eastern-countryside']]);
  });

  it('does not relate two actors that merely stand in the same clause', () => {
    const text = 'اشتبكت قوات سوريا الديمقراطية مع مسلحين من العشائر العربية في بلدة ذيبان.';
    expect(statedRelations(text)).toEqual([]);
  });
});
