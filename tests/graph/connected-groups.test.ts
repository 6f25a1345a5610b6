import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectedGroups } from '../../src/graph/connected-groups.js';

describe('connectedGroups', () => {
  it('joins items through chains of pairs and leaves the others alone', () => {
    expect(connectedGroups(['e1', 'e2', 'e3', 'e4'], [['e1', 'i9'], ['e2', 'i9'], ['e3', 'e3']])).toEqual([['e1', 'e2', 'i9'], ['e3'], ['e4']]);
  });

  it('gives the same groups whatever order the items and pairs come in', () => {
    const item = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(fc.array(item), fc.array(fc.tuple(item, item)), (items, pairs) => {
        const reversedPairs = [...pairs].reverse().map(([left, right]) => [right, left] as const);
        expect(connectedGroups([...items].reverse(), reversedPairs)).toEqual(connectedGroups(items, pairs));
      }),
    );
  });
});
