// Whether a token range holds a token some mention already covers (in the mask the mention finders share, see find-mentions.ts).

/** Whether any of tokens `[first, last]` is marked in `covered`: a loop, not a spread or subarray copy of the range. */
export function anyCovered(covered: Uint8Array, first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) if (covered[index] === 1) return true;
  return false;
}
