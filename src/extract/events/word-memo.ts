/**
 * A per-word answer of a rule stage (is this a claim verb, a complementizer…), remembered by word
 * number (see {@link WordIds}) so that asking it of a token is one array read.
 */
import type { WordIds } from '../lexicon/word-ids.js';
import type { PreparedDocument } from '../document/document.js';

/**
 * The rule stages ask such questions of most tokens of a report, often of a word with a clitic
 * sliced off (a new string to hash for each set lookup); news repeats its words, so the answer per
 * distinct word is computed once and read back by number.
 */
export class WordMemo<Answer> {
  private answers: Array<Answer | undefined> = [];
  private generation = -1;

  /** @param answer the answer for a normalized word; never `undefined`. */
  constructor(private readonly answer: (word: string) => Answer) {}

  /** The answer for token `index` of `document`. */
  at(document: PreparedDocument, index: number): Answer {
    const words: WordIds = document.words;
    const token = document.tokens[index];
    if (!token) return this.answer('');
    if (words.generation !== this.generation) {
      this.answers = [];
      this.generation = words.generation;
    }
    const id = words.ids[index] ?? 0;
    let found = this.answers[id];
    if (found === undefined) {
      found = this.answer(token.norm);
      // Grown one slot at a time, never with a gap, so the array stays a plain one.
      while (this.answers.length <= id) this.answers.push(undefined);
      this.answers[id] = found;
    }
    return found;
  }
}
