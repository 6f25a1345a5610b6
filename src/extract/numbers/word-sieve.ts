/** A cheap first test of whether a word may be in a set, by its first letter, last letter and length, without hashing it. */

/** Buckets of letters: one per Arabic letter of the matching form, one shared by every other code unit. */
const BUCKETS = 64;
const FIRST_BUCKETED = 0x0620;
const OTHER_BUCKET = BUCKETS - 1;
/** Lengths from this one up share a bit. */
const LONGEST_LENGTH_BIT = 31;

function bucketOf(code: number): number {
  const bucket = code - FIRST_BUCKETED;
  return bucket >= 0 && bucket < OTHER_BUCKET ? bucket : OTHER_BUCKET;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, LONGEST_LENGTH_BIT);
}

/**
 * A sieve over words: {@link mayHave} is true for every word added and for few others. The phrase
 * readers ask their start-word maps about every word of a sentence; each question hashes a freshly
 * sliced token string. Most words start nothing, and two loads here turn them away first (on the
 * dev corpus the sieve passes about one word in ten).
 */
export class WordSieve {
  /** Bit `length` of entry `first * BUCKETS + last` is set when a word of that shape was added. */
  private readonly shapes = new Uint32Array(BUCKETS * BUCKETS);

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length === 0) return;
    this.shapes[this.indexOf(word)]! |= lengthBit(word.length);
  }

  /** False only when `word` was never added. */
  mayHave(word: string): boolean {
    return word.length > 0 && (this.shapes[this.indexOf(word)]! & lengthBit(word.length)) !== 0;
  }

  private indexOf(word: string): number {
    return bucketOf(word.charCodeAt(0)) * BUCKETS + bucketOf(word.charCodeAt(word.length - 1));
  }
}
