/**
 * The words between two mentions (tokens `[from, to)` of a text), read in place. Role assignment
 * and relations test the gap of every pair of neighbouring mentions against several word lists:
 * copying its words into an array and passing a closure per test made garbage for every pair.
 */
import type { Token } from '../text/index.js';

export interface WordGap {
  tokens: readonly Token[];
  from: number;
  to: number;
}

/** How many words the gap holds: none when the second mention starts inside the first (a city inside a road's name). */
export function gapLength(gap: WordGap): number {
  return Math.max(0, gap.to - gap.from);
}

/** Whether some word of the gap passes `test`. */
export function someGapWord(gap: WordGap, test: (word: string) => boolean): boolean {
  for (let index = gap.from; index < gap.to; index += 1) if (test((gap.tokens[index] as Token).norm)) return true;
  return false;
}

/** Whether some word of the gap is one of `words`. */
export function gapHasAny(gap: WordGap, words: ReadonlySet<string>): boolean {
  for (let index = gap.from; index < gap.to; index += 1) if (words.has((gap.tokens[index] as Token).norm)) return true;
  return false;
}

/** Whether every word of the gap passes `test` (true for an empty gap). */
export function everyGapWord(gap: WordGap, test: (word: string) => boolean): boolean {
  for (let index = gap.from; index < gap.to; index += 1) if (!test((gap.tokens[index] as Token).norm)) return false;
  return true;
}

/** The words of the gap, copied out. */
export function gapWords(gap: WordGap): string[] {
  const words: string[] = [];
  for (let index = gap.from; index < gap.to; index += 1) words.push((gap.tokens[index] as Token).norm);
  return words;
}
