import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticVariants, stripProclitics } from '../../../src/extract/text/index.js';

const readings = (norm: string): Array<[string, number]> =>
  cliticVariants(norm).map((variant) => [variant.stem, variant.prefixLength]);

describe('cliticVariants', () => {
  it('lists the token itself first, unstripped', () => {
    expect(cliticVariants('والجيش')[0]).toEqual({ stem: 'والجيش', prefixLength: 0, stemLength: 6 });
  });

  it('removes a conjunction and then the article', () => {
    expect(readings('والجيش')).toEqual([['والجيش', 0], ['الجيش', 1], ['جيش', 3]]);
  });

  it('removes a conjunction fa', () => {
    expect(readings('فحماه')).toEqual([['فحماه', 0], ['حماه', 1]]);
  });

  it('removes a preposition before a name', () => {
    expect(readings('بتدمر')).toEqual([['بتدمر', 0], ['تدمر', 1]]);
    expect(readings('لتركيا')).toEqual([['لتركيا', 0], ['تركيا', 1]]);
    expect(readings('كقاعده')).toEqual([['كقاعده', 0], ['قاعده', 1]]);
  });

  it('removes a conjunction and a preposition together', () => {
    expect(readings('وبحلب')).toEqual([['وبحلب', 0], ['بحلب', 1], ['حلب', 2]]);
  });

  it('removes a conjunction, a preposition and the article together', () => {
    expect(readings('وبالقصير')).toEqual([['وبالقصير', 0], ['بالقصير', 1], ['القصير', 2], ['قصير', 4]]);
  });

  it('reads lam-lam as lam plus an article whose alif was dropped, restoring the article', () => {
    expect(readings('للكتيبه')).toEqual([['للكتيبه', 0], ['الكتيبه', 1], ['لكتيبه', 1], ['كتيبه', 2]]);
  });

  it('also reads lam-lam as lam before a name that starts with lam', () => {
    expect(readings('لليبيا').map(([stem]) => stem)).toContain('ليبيا');
  });

  it('reads the article after a conjunction and lam-lam after a conjunction', () => {
    expect(readings('وللواء')).toEqual([['وللواء', 0], ['للواء', 1], ['الواء', 2], ['لواء', 2], ['واء', 3]]);
  });

  it('never strips a token of three letters or fewer', () => {
    expect(readings('بنش')).toEqual([['بنش', 0]]);
    expect(readings('ولد')).toEqual([['ولد', 0]]);
  });

  it('only returns stems of at least two letters', () => {
    expect(readings('والي')).toEqual([['والي', 0], ['الي', 1]]);
    expect(cliticVariants('وللي').every((variant) => variant.stemLength >= 2)).toBe(true);
  });

  it('offers the stripped reading of a name that starts with clitic letters, leaving the choice to the lexicon', () => {
    expect(readings('الباب')).toEqual([['الباب', 0], ['باب', 2]]);
    expect(readings('وادي')).toEqual([['وادي', 0], ['ادي', 1]]);
  });

  it('leaves a token with no proclitic alone', () => {
    expect(readings('دمشق')).toEqual([['دمشق', 0]]);
    expect(readings('m4')).toEqual([['m4', 0]]);
  });
});

describe('stripProclitics', () => {
  it('takes off a conjunction, then a preposition', () => {
    expect(['وبالقرب', 'فلن', 'كما', 'الباب', 'و', ''].map(stripProclitics)).toEqual(['القرب', 'ن', 'ما', 'الباب', '', '']);
  });

  it('removes what /^(و|ف)?(ب|ل|ك)?/ matches, for any word', () => {
    const word = fc.string({ unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ي', 'x'), maxLength: 5 });
    fc.assert(
      fc.property(word, (norm) => {
        expect(stripProclitics(norm)).toBe(norm.replace(/^(و|ف)?(ب|ل|ك)?/, ''));
      }),
    );
  });
});
