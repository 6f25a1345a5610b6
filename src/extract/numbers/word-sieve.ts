/** A cheap first test of whether a word may be in a set, by its outer and inner letters and its length, without hashing it. */

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
 * sliced token string. Most words start nothing, and four loads here turn them away first: on the
 * dev corpus the time and casualty sieves pass about one word in six (one table alone passed a third).
 */
export class WordSieve {
  /** Bit `length` of entry `first * BUCKETS + last` is set when a word of that shape was added. */
  private readonly shapes = new Uint32Array(BUCKETS * BUCKETS);
  /** The same for the second and the second-to-last letters: a word must fit both tables. */
  private readonly innerShapes = new Uint32Array(BUCKETS * BUCKETS);

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length === 0) return;
    this.shapes[this.indexOf(word)]! |= lengthBit(word.length);
    this.innerShapes[this.innerIndexOf(word)]! |= lengthBit(word.length);
  }

  /** False only when `word` was never added. */
  mayHave(word: string): boolean {
    if (word.length === 0) return false;
    const bit = lengthBit(word.length);
    return (this.shapes[this.indexOf(word)]! & bit) !== 0 && (this.innerShapes[this.innerIndexOf(word)]! & bit) !== 0;
  }

  private indexOf(word: string): number {
    return bucketOf(word.charCodeAt(0)) * BUCKETS + bucketOf(word.charCodeAt(word.length - 1));
  }

  /** One-letter words use their only letter for both. */
  private innerIndexOf(word: string): number {
    const last = word.length - 1;
    return bucketOf(word.charCodeAt(Math.min(1, last))) * BUCKETS + bucketOf(word.charCodeAt(Math.max(0, last - 1)));
  }
}
