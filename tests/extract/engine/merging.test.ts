/**
 * One happening, one event: the lead sentence and the detailed paragraph that tell the same
 * incident become one event carrying both spans; distinct incidents in one report stay apart.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './engine-fixtures.js';

const PUBLISHED = '2024-06-09'; // a Sunday

/** A title, a lead and a detailed paragraph about the same Russian air strikes. */
const ONE_STRIKE_TOLD_TWICE = [
  'غارات روسية على ريف جسر الشغور',
  '',
  'شن الطيران الحربي الروسي، اليوم الأحد، غارات على بلدة الناجية بريف جسر الشغور غربي إدلب.',
  '',
  'وقال مراسلنا في المنطقة إن الطائرات الروسية نفذت أربع غارات على أطراف بلدة الناجية، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين بجروح.',
  '',
].join('\n');

/** A title and two ISIS attacks on different forces in different governorates. */
const TWO_ATTACKS = [
  'تصعيد لخلايا داعش في دير الزور والرقة',
  '',
  'هاجمت خلايا تنظيم داعش، اليوم الأحد، حاجزاً لقوات سوريا الديمقراطية في بلدة الشحيل شرقي دير الزور.',
  '',
  'وفي سياق منفصل، هاجم عناصر من التنظيم نقطة لقوات النظام في بادية الرصافة جنوبي الرقة.',
  '',
].join('\n');

describe('extractReport: one happening, one event', () => {
  it('merges the lead sentence and the detailed paragraph about the same air strike into one event with two mentions', () => {
    const { events } = extract(ONE_STRIKE_TOLD_TWICE, { publishedAt: PUBLISHED });
    expect(events.map((event) => event.type)).toEqual(['AIRSTRIKE']);
    const [strike] = events;
    expect(strike?.agents).toEqual(['actor:russia']);
    expect(strike?.locations).toContain('location:najiyeh');
    const paragraphStarts = [ONE_STRIKE_TOLD_TWICE.indexOf('شن الطيران'), ONE_STRIKE_TOLD_TWICE.indexOf('وقال مراسلنا')];
    expect(strike?.mentions.map((mention) => mention.start)).toEqual(paragraphStarts);
  });

  it('gives the merged event the fullest span as evidence and the figures of the detailed paragraph', () => {
    const [strike] = extract(ONE_STRIKE_TOLD_TWICE, { publishedAt: PUBLISHED }).events;
    const longest = [...(strike?.mentions ?? [])].sort((a, b) => b.text.length - a.text.length)[0];
    expect(strike?.evidence).toEqual(longest);
    expect(strike?.casualties).toMatchObject({ killed: 2, injured: 5 });
    expect(strike?.time).toMatchObject({ from: PUBLISHED, to: PUBLISHED, precision: 'day' });
  });

  it('keeps two attacks by the same group on different forces in different places as two events', () => {
    const { events } = extract(TWO_ATTACKS, { publishedAt: PUBLISHED });
    expect(events.map((event) => [event.type, event.agents, event.targets])).toEqual([
      ['ATTACK', ['actor:isis'], ['actor:sdf']],
      ['ATTACK', ['actor:isis'], ['actor:syrian-regime-forces']],
    ]);
    expect(events[0]?.locations).toContain('location:al-shuhail');
    expect(events[1]?.locations).toContain('location:al-resafa-desert');
  });

  it('does not read events in the title line: the body tells them', () => {
    const { events } = extract(ONE_STRIKE_TOLD_TWICE, { publishedAt: PUBLISHED });
    const titleEnd = ONE_STRIKE_TOLD_TWICE.indexOf('\n');
    expect(events.flatMap((event) => event.mentions).filter((mention) => mention.start < titleEnd)).toEqual([]);
  });
});
