import { describe, expect, it } from 'vitest';
import { findMaximumMatching } from '../../src/eval/index.js';

const fromTable = (table: Array<Array<number | null>>) => (gold: number, system: number) => table[gold]?.[system] ?? null;

describe('findMaximumMatching', () => {
  it('finds the pairing a greedy pass in gold order would miss', () => {
    // Gold 0 could take either system item; gold 1 only system 0.
    const quality = fromTable([
      [0, 0],
      [0, null],
    ]);
    expect(findMaximumMatching(2, 2, quality)).toEqual([
      { gold: 0, system: 1 },
      { gold: 1, system: 0 },
    ]);
  });

  it('prefers more pairs over better pairs', () => {
    const quality = fromTable([
      [9, 0],
      [0, null],
    ]);
    expect(findMaximumMatching(2, 2, quality)).toHaveLength(2);
  });

  it('breaks ties between equally large matchings by total quality', () => {
    const quality = fromTable([
      [1, 3],
      [3, 1],
    ]);
    expect(findMaximumMatching(2, 2, quality)).toEqual([
      { gold: 0, system: 1 },
      { gold: 1, system: 0 },
    ]);
  });

  it('handles more gold items than system items and items without partners', () => {
    const quality = fromTable([[null], [2], [1]]);
    expect(findMaximumMatching(3, 1, quality)).toEqual([{ gold: 1, system: 0 }]);
    expect(findMaximumMatching(2, 2, () => null)).toEqual([]);
    expect(findMaximumMatching(0, 3, () => 1)).toEqual([]);
  });
});
