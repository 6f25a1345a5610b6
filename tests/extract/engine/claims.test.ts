/** Claims: opinion, analysis and denials are recorded with their claimant, and are not events. */
import { describe, expect, it } from 'vitest';
import { extract } from './engine-fixtures.js';

describe('extractReport: claims', () => {
  it('records an analyst’s quoted opinion as an analysis claim by the analyst, and not as an event', () => {
    const text = 'وقال المحلل العسكري عبد الله الأسعد لموقعنا إن "التصعيد الأخير رسالة سياسية من موسكو إلى أنقرة".';
    const { events, claims } = extract(text);
    expect(events).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'analysis', text: 'التصعيد الأخير رسالة سياسية من موسكو إلى أنقرة' });
    expect(claims[0]?.claimant.role).toMatch(/analyst/);
    expect(claims[0]?.about).toContain('actor:russia');
  });

  it('records an analyst’s reading that names air strikes as a claim, not as an air strike', () => {
    const text = 'وقال محلل عسكري إن "الغارات الروسية على ريف إدلب تهدف إلى الضغط على أنقرة قبل جولة المفاوضات المقبلة".';
    const { events, claims } = extract(text);
    expect(events).toEqual([]);
    expect(claims.map((claim) => [claim.status, claim.claimant.role, claim.claimant.text])).toEqual([['analysis', 'military analyst', 'محلل عسكري']]);
    expect(claims[0]?.about).toEqual(expect.arrayContaining(['actor:russia', 'actor:turkey']));
  });

  it('records the quoted opinion of a political analyst introduced by «رأى» as a claim and not as an event', () => {
    const text = 'ورأى محلل سياسي أن "روسيا تستخدم الغارات الجوية ورقة ضغط على تركيا في ملف إدلب".';
    const { events, claims } = extract(text);
    expect(events).toEqual([]);
    expect(claims.map((claim) => claim.claimant.role)).toEqual(['political analyst']);
  });

  it('records a denial («نفت … أن تكون طائراتها قد قصفت») as a denied claim and not as an event', () => {
    const text = 'نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوق مدينة أريحا.';
    const { events, claims } = extract(text);
    expect(events).toEqual([]);
    expect(claims.map((claim) => [claim.status, claim.claimant.entity])).toEqual([['denied', 'actor:russia']]);
  });

  it('records a claim of responsibility through Amaq with ISIS among what it is about', () => {
    const text = 'تبنى تنظيم داعش عبر وكالة أعماق الهجوم على حاجز للجيش العراقي في كركوك.';
    const { claims } = extract(text);
    expect(claims.map((claim) => claim.status)).toContain('claimed-responsibility');
    expect(claims.flatMap((claim) => claim.about)).toContain('actor:isis');
  });
});
