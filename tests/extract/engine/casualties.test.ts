/** Casualty figures of violent events, written in digits, Arabic-Indic digits or words. */
import { describe, expect, it } from 'vitest';
import { onlyEventOfType } from './engine-fixtures.js';

describe('extractReport: casualties', () => {
  it('reads killed in words and injured in digits («قُتل خمسة … وأصيب 7»)', () => {
    const event = onlyEventOfType('قُتل خمسة عناصر من قوات النظام وأصيب 7 آخرون بانفجار لغم أرضي في بادية تدمر.', 'EXPLOSION');
    expect(event.casualties).toMatchObject({ killed: 5, injured: 7 });
    expect(event.locations).toContain('location:palmyra-desert');
  });

  it('reads Arabic-Indic digits («قُتل ١٢ عنصراً»)', () => {
    const event = onlyEventOfType('قُتل ١٢ عنصراً من الحشد الشعبي بهجوم لتنظيم داعش في قضاء الطارمية شمالي بغداد.', 'ATTACK');
    expect(event.casualties).toMatchObject({ killed: 12, injured: null });
  });

  it('reads number words and the word for two («قتل ثلاثة مدنيين وجرح اثنان»)', () => {
    const event = onlyEventOfType('قتل ثلاثة مدنيين وجرح اثنان بقصف مدفعي لقوات النظام على بلدة البارة.', 'SHELLING');
    expect(event.casualties).toMatchObject({ killed: 3, injured: 2 });
  });

  it('makes the victims told before the cause («قتل ثلاثة مدنيين … بقصف … لقوات النظام») the target, and the shelling side the agent', () => {
    const event = onlyEventOfType('قتل ثلاثة مدنيين وجرح اثنان بقصف مدفعي لقوات النظام على بلدة البارة.', 'SHELLING');
    expect([event.agents, event.targets, event.locations]).toEqual([['actor:syrian-regime-forces'], ['actor:civilians'], ['location:al-bara']]);
  });

  it('makes the actor in the genitive of the cause («بهجوم لتنظيم داعش») the agent, and the unit of the dead the target', () => {
    const event = onlyEventOfType('قُتل ١٢ عنصراً من الحشد الشعبي بهجوم لتنظيم داعش في قضاء الطارمية شمالي بغداد.', 'ATTACK');
    expect([event.agents, event.targets]).toEqual([['actor:isis'], ['actor:pmf']]);
  });

  it('reads the dual and «خمسة آخرين» in a detailed paragraph («مقتل مدنيين اثنين وإصابة خمسة آخرين»)', () => {
    const text = 'نفذت الطائرات الروسية أربع غارات على أطراف بلدة الناجية، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين بجروح.';
    expect(onlyEventOfType(text, 'AIRSTRIKE').casualties).toMatchObject({ killed: 2, injured: 5 });
  });

  it('gives no casualties to an event that is not violent', () => {
    expect(onlyEventOfType('استقدمت قوات النظام تعزيزات عسكرية إلى مدينة سراقب شرقي إدلب.', 'REINFORCE').casualties).toBeNull();
  });
});
