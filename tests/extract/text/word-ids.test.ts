import { describe, expect, it } from 'vitest';
import { formOfNumber, numberForm, numberWords, startNumbering } from '../../../src/extract/lexicon/word-ids.js';
import { prepareDocument } from '../../../src/extract/document/document.js';
import { tokenize } from '../../../src/extract/text/index.js';

const unitsOf = (form: string): Uint16Array => Uint16Array.from(form, (character) => character.charCodeAt(0));

describe('word numbers', () => {
  it('give equal forms equal numbers, from units or from tokens, and one shared string per form', () => {
    startNumbering(3);
    const fromUnits = numberForm(unitsOf('xقصفx'), 1, 4);
    const again = numberForm(unitsOf('قصف'), 0, 3);
    const { ids } = numberWords(tokenize('قصفٌ مدفعي'));
    expect(again).toBe(fromUnits);
    expect(ids[0]).toBe(fromUnits);
    expect(ids[1]).not.toBe(fromUnits);
    expect(formOfNumber(fromUnits)).toBe('قصف');
  });

  it('number the tokens of a prepared document by their matching form, sharing the form string', () => {
    const document = prepareDocument('قصفت القوات المدينة. وقصفت القوات قرية أخرى، حيث قصفت القوات المدرسة.');
    const idOf = (norm: string) => document.words.ids[document.tokens.findIndex((token) => token.norm === norm)];
    const forms = document.tokens.map((token, index) => [token.norm, document.words.ids[index]] as const);
    for (const [norm, id] of forms) expect(id).toBe(idOf(norm));
    const same = document.tokens.filter((token) => token.norm === 'القوات');
    expect(same).toHaveLength(3);
    expect(new Set(same.map((token) => token.norm)).size).toBe(1);
    expect(formOfNumber(idOf('القوات') ?? -1)).toBe('القوات');
  });

  it('keep a token’s original text when it differs from the matching form', () => {
    const document = prepareDocument('قذيفة قذيفه قذيفة القذيفةُ');
    expect(document.tokens.map((token) => token.text)).toEqual(['قذيفة', 'قذيفه', 'قذيفة', 'القذيفةُ']);
    expect(document.tokens.map((token) => token.norm)).toEqual(['قذيفه', 'قذيفه', 'قذيفه', 'القذيفه']);
  });

  it('start over in a new generation when the numbering would grow past its bound', () => {
    const before = startNumbering(0);
    expect(startNumbering(1_000_000)).toBe(before + 1);
    const id = numberForm(unitsOf('جديد'), 0, 4);
    expect(id).toBe(0);
    expect(formOfNumber(id)).toBe('جديد');
  });
});
