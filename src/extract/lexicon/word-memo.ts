// One question about words, answered once per distinct word and then read by word number (see word-ids.ts).
import type { WordIds } from './word-ids.js';

/**
 * The answers to one question about words («is it a place cue?», «which phrases can it start?»)
 * remembered by word number. The rules ask such questions of every token of every report, and
 * news repeats its words, so asking a token costs one array read instead of a string hash and a
 * set lookup (or several, one per clitic reading). `ask` must depend on the word alone.
 */
export class WordMemo<Answer extends NonNullable<unknown>> {
  private answers: Array<Answer | undefined> = [];
  private generation = -1;

  constructor(private readonly ask: (word: string) => Answer) {}

  /** The answer for token `index` of a text numbered by `words`; `word` is that token's `norm`. */
  read(words: WordIds, index: number, word: string): Answer {
    if (words.generation !== this.generation) {
      this.answers = [];
      this.generation = words.generation;
    }
    const id = words.ids[index] ?? 0;
    const known = this.answers[id];
    if (known !== undefined) return known;
    const answer = this.ask(word);
    // Grown one slot at a time, never with a gap, so the array stays a plain (packed) one.
    while (this.answers.length <= id) this.answers.push(undefined);
    this.answers[id] = answer;
    return answer;
  }

  /** The answer for token `index` of a prepared document (a token past the end reads as the empty word). */
  at(document: { readonly words: WordIds; readonly tokens: ReadonlyArray<{ readonly norm: string }> }, index: number): Answer {
    const token = document.tokens[index];
    return token ? this.read(document.words, index, token.norm) : this.ask('');
  }

  /** Forgets every answer: for a question whose data changed (a phrase added to an index). */
  forget(): void {
    this.answers = [];
  }
}
