/**
 * A nationality adjective on a noun of armed force («طائرة مسيرة تركية», «غارات روسية», «قصف
 * إسرائيلي») names the state's forces as the agent when the sentence names no other; a definite
 * adjective («الحدود التركية») or one on an ordinary noun («شركة تركية») names nobody.
 */
import { describe, expect, it } from 'vitest';
import { entityIdsIn, onlyEventOfType } from './engine-fixtures.js';

describe('extractReport: nationality adjectives as agents', () => {
  it('reads «طائرة مسيرة تركية» as the Turkish Army striking', () => {
    const event = onlyEventOfType('استهدفت طائرة مسيرة تركية دراجة نارية قرب بلدة عامودا في ريف الحسكة.', 'AIRSTRIKE');
    expect(event.agents).toEqual(['actor:turkish-army']);
    expect(event.targets).not.toContain('actor:turkish-army');
  });

  it('reads «غارات جوية روسية» as Russia striking, with a modifier between noun and adjective', () => {
    expect(onlyEventOfType('أصيب مدنيان جراء غارات جوية روسية على أطراف بلدة البارة.', 'AIRSTRIKE').agents).toEqual(['actor:russia']);
  });

  it('reads «قصف أمريكي» as US forces', () => {
    expect(onlyEventOfType('دمر قصف أمريكي مستودعاً للذخيرة قرب مدينة البوكمال.', 'SHELLING').agents).toEqual(['actor:us-forces']);
  });

  it('keeps a named agent and reads the adjective on the object as the target («استهدفت قسد دورية تركية»)', () => {
    const event = onlyEventOfType('استهدفت قوات سوريا الديمقراطية دورية تركية قرب بلدة الدرباسية.', 'ATTACK');
    expect(event.agents).toEqual(['actor:sdf']);
  });

  it('names no actor for a definite adjective or one on an ordinary noun', () => {
    expect(entityIdsIn('عبرت شاحنات شركة تركية من الحدود التركية إلى مدينة اعزاز.')).not.toContain('actor:turkish-army');
  });
});
