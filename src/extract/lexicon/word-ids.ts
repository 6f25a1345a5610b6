// Numbers for the distinct matching forms of words, shared by every report, so that per-word answers are array reads.
import type { Token } from '../text/index.js';

/** The word number of each token of a text, and the numbering they belong to. */
export interface WordIds {
  ids: Int32Array;
  /**
   * The numbering starts over when it has grown past a bound (so memory stays flat in a server that
   * sees millions of words); whatever is remembered by number must then be forgotten.
   */
  generation: number;
}

const MOST_NUMBERED_WORDS = 200_000;
const numbers = new Map<string, number>();
let generation = 0;

/** Numbers the `norm` of each token: equal forms get equal numbers, within one generation. One lookup per token. */
export function numberWords(tokens: readonly Token[]): WordIds {
  if (numbers.size + tokens.length > MOST_NUMBERED_WORDS) {
    numbers.clear();
    generation += 1;
  }
  const ids = new Int32Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const norm = (tokens[index] as Token).norm;
    let id = numbers.get(norm);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(norm, id);
    }
    ids[index] = id;
  }
  return { ids, generation };
}
