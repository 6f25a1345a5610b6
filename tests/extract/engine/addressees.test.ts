/**
 * The outlet a speaker talks to («قال لـ"…"», «في تصريح لموقع …») is an entity of the report but
 * neither the claimant nor what the claim is about; a possessive «ل» inside the statement is not an
 * addressee.
 */
import { describe, expect, it } from 'vitest';
import { extract, onlyEventOfType } from './engine-fixtures.js';

describe('extractReport: the outlet a speaker addresses', () => {
  it('leaves the addressed outlet out of an analyst’s claim («قال … لـ"عنب بلدي" إن …»)', () => {
    const extraction = extract('وقال الباحث في الشؤون العسكرية لـ"عنب بلدي" إن هيئة تحرير الشام قد تهاجم مواقع الفيلق الثالث قرب اعزاز.');
    expect(extraction.entities.map((entity) => entity.id)).toContain('actor:enab-baladi');
    expect(extraction.claims.map((claim) => claim.about)).toEqual([['actor:hts', 'actor:third-legion']]);
  });

  it('does not take the outlet after «قال … لمنصة SY24:» as the speaker or as a party to the arrest', () => {
    const event = onlyEventOfType('وقال قيادي في الفيلق الثالث لمنصة SY24: إن الأمن العام اعتقل أربعة شبان في مدينة الباب.', 'ARREST');
    expect(event.source?.entity).not.toBe('actor:sy24');
    expect([...event.agents, ...event.targets]).not.toContain('actor:sy24');
  });

  it('keeps an actor after a possessive «ل» inside what was said («هاجموا حاجزاً لقسد»)', () => {
    const event = onlyEventOfType('وقال مراسلنا إن مسلحين مجهولين هاجموا حاجزاً لقسد في بلدة ذيبان.', 'ATTACK');
    expect([...event.agents, ...event.targets]).toContain('actor:sdf');
  });
});
