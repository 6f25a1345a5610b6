/** Whom the report credits for each event: its correspondent, local sources, a continued speaker, the outlet. */
import { describe, expect, it } from 'vitest';
import { extract, onlyEventOfType } from './engine-fixtures.js';

describe('extractReport: attribution', () => {
  it('credits an event told after «قال مراسلنا» to the correspondent', () => {
    const text = 'قال مراسلنا في درعا إن مسلحين مجهولين اغتالوا عنصراً سابقاً في فصائل المعارضة ببلدة اليادودة.';
    const event = onlyEventOfType(text, 'KILLING');
    expect(event.source).toMatchObject({ role: 'correspondent', text: 'مراسلنا' });
    expect(event.agents).toEqual(['actor:unknown-gunmen']);
  });

  it('credits an event told after «أفادت مصادر محلية» to local sources', () => {
    const text = 'أفادت مصادر محلية بأن قوات النظام داهمت منازل في بلدة الصنمين واعتقلت شابين.';
    const event = onlyEventOfType(text, 'ARREST');
    expect(event.source).toMatchObject({ role: 'local sources', text: 'مصادر محلية' });
  });

  it('credits a sentence that continues with «وأضاف» to the speaker of the sentence before', () => {
    const text = 'قال مراسلنا إن قوات النظام قصفت بلدة كفرعويد في جبل الزاوية. وأضاف أن دورية للأمن العسكري اعتقلت شابين على حاجز في مدينة أريحا.';
    const { events } = extract(text);
    expect(events.map((event) => [event.type, event.source?.role])).toEqual([
      ['SHELLING', 'correspondent'],
      ['ARREST', 'correspondent'],
    ]);
    expect(events[1]?.agents).toEqual(['actor:military-security']);
  });

  it('credits an event the report states in its own voice to the outlet', () => {
    const text = 'اعتقلت قوات النظام ستة شبان من بلدة نوى في ريف درعا الغربي.';
    const event = onlyEventOfType(text, 'ARREST', { source: 'SY24' });
    expect(event.source).toMatchObject({ role: 'outlet', text: 'SY24' });
  });
});
