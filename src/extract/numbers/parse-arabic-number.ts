/** Reads Arabic numbers written in words, digits or Arabic-Indic digits, with hedges and vague amounts. */
import {
  HUNDRED_WORDS,
  MULTIPLIER_WORDS,
  NUMBER_QUALIFIERS,
  TEEN_FIRST_WORDS,
  TEEN_TEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_AMOUNT_WORDS,
} from './number-words.js';
import { normalizeForMatching } from './normalize-for-matching.js';
import { readDualPersonNoun } from './person-nouns.js';
import { isAdjacent, tokenizeNormalized, type Token } from './tokenize-normalized.js';

/** A number read from text: `value` null means "some, count unknown" («بضعة», «جميع من…»). */
export interface ArabicNumber {
  value: number | null;
  /** True for hedged («نحو 15», «أكثر من 20») and vague («عشرات») amounts. */
  vague: boolean;
}

/** A number read from a token list: `next` is the index of the first token after it. */
export interface NumberReading extends ArabicNumber {
  next: number;
  /** Characters of a conjunction («و») before the number in its first token, not part of it. */
  conjunctionLength: number;
}

// Results are built field by field, never by object spread: spread in these per-token paths hit
// V8's slow clone path and cost ~2 µs a token on 1 MB inputs.

/** Longest digit run read as a count; longer runs are ids or phone numbers, not counts. */
const MAX_COUNT_DIGITS = 9;

/** Returns the word without a leading «و» when that leaves a word of the given table, else null. */
function stripAnd(token: Token | undefined, table: ReadonlyMap<string, number>): string | null {
  if (token === undefined || token.kind !== 'word' || !token.text.startsWith('و')) return null;
  const rest = token.text.slice(1);
  return table.has(rest) ? rest : null;
}

/** Reads digits, joining thousands groups written «1,500» or «١٬٥٠٠» (both normalized to a comma). */
function readDigits(tokens: readonly Token[], index: number): { value: number; next: number } | null {
  const first = tokens[index];
  if (first === undefined || first.kind !== 'digits' || first.text.length > MAX_COUNT_DIGITS) return null;
  let digits = first.text;
  let next = index + 1;
  while (digits.length <= MAX_COUNT_DIGITS) {
    const comma = tokens[next];
    const group = tokens[next + 1];
    if (comma?.text !== ',' || group?.kind !== 'digits' || group.text.length !== 3) break;
    if (!isAdjacent(tokens[next - 1], comma) || !isAdjacent(comma, group)) break;
    digits += group.text;
    next += 2;
  }
  if (digits.length > MAX_COUNT_DIGITS) return null;
  return { value: Number.parseInt(digits, 10), next };
}

/**
 * Reads one additive atom: a unit, a teen («خمسة عشر»), a ten, a hundred («ثلاث مئة» or
 * «ثلاثمئة»). `word` is the token text with any conjunction already removed.
 */
function readAtom(word: string, tokens: readonly Token[], index: number): { value: number; next: number } | null {
  const following = tokens[index + 1];
  const unit = UNIT_WORDS.get(word) ?? TEEN_FIRST_WORDS.get(word);
  if (unit !== undefined && unit < 10 && following?.kind === 'word' && TEEN_TEN_WORDS.has(following.text)) {
    return { value: 10 + unit, next: index + 2 };
  }
  if (unit !== undefined && unit >= 3 && unit <= 9 && following?.kind === 'word' && (following.text === 'مئه' || following.text === 'مائه')) {
    return { value: unit * 100, next: index + 2 };
  }
  const plain = UNIT_WORDS.get(word) ?? TENS_WORDS.get(word) ?? HUNDRED_WORDS.get(word);
  return plain === undefined ? null : { value: plain, next: index + 1 };
}

const ATOM_TABLE: ReadonlyMap<string, number> = new Map([...UNIT_WORDS, ...TEEN_FIRST_WORDS, ...TENS_WORDS, ...HUNDRED_WORDS]);

/**
 * Most atoms a number below 1000 needs («مئة وخمسة وعشرون» has three). The cap keeps a run of
 * «وخمسة وخمسة …» from being re-read from every word, which would be quadratic.
 */
const MAX_ATOMS = 4;

/** Reads a number below 1000 in words: atoms joined by «و» («مئة وخمسة وعشرون»). */
function readWordGroup(tokens: readonly Token[], index: number, word: string): { value: number; next: number } | null {
  const first = readAtom(word, tokens, index);
  if (first === null) return null;
  let value = first.value;
  let next = first.next;
  for (let atoms = 1; atoms < MAX_ATOMS; atoms++) {
    const rest = stripAnd(tokens[next], ATOM_TABLE);
    if (rest === null) break;
    const atom = readAtom(rest, tokens, next);
    if (atom === null) break;
    value += atom.value;
    next = atom.next;
  }
  return { value, next };
}

/** Applies «ألف/آلاف/مليون» after a group, then an optional «و» + smaller group («ألف ومئتان»). */
function applyMultiplier(tokens: readonly Token[], value: number, next: number): { value: number; next: number } {
  const multiplierToken = tokens[next];
  const multiplier = multiplierToken?.kind === 'word' ? MULTIPLIER_WORDS.get(multiplierToken.text) : undefined;
  // «ألفين» is a number of its own, never a factor: «خمسة ألفين» does not occur.
  if (multiplier === undefined || multiplier.alone === 2000) return { value, next };
  return addTrailingGroup(tokens, value * multiplier.factor, next + 1);
}

/** Adds a smaller group joined by «و» after thousands: «ألف ومئتان» → 1200. */
function addTrailingGroup(tokens: readonly Token[], value: number, next: number): { value: number; next: number } {
  const rest = stripAnd(tokens[next], ATOM_TABLE);
  const group = rest === null ? null : readWordGroup(tokens, next, rest);
  return group === null ? { value, next } : { value: value + group.value, next: group.next };
}

/**
 * Reads an exact cardinal at `index`: digits, words, or a multiplier alone («ألف», «ألفين»). A
 * leading «و» on the first word is a conjunction («وخمسة جرحى») and is reported, not read.
 */
export function readCardinalAt(tokens: readonly Token[], index: number): NumberReading | null {
  const token = tokens[index];
  if (token === undefined) return null;
  if (token.kind === 'digits') {
    const digits = readDigits(tokens, index);
    if (digits === null) return null;
    const multiplied = applyMultiplier(tokens, digits.value, digits.next);
    return { value: multiplied.value, next: multiplied.next, vague: false, conjunctionLength: 0 };
  }
  if (token.kind !== 'word') return null;
  let word = token.text;
  let conjunctionLength = 0;
  if (!ATOM_TABLE.has(word) && !MULTIPLIER_WORDS.has(word)) {
    const stripped = stripAnd(token, ATOM_TABLE);
    if (stripped === null) return null;
    word = stripped;
    conjunctionLength = 1;
  }
  const alone = MULTIPLIER_WORDS.get(word);
  if (alone !== undefined && word !== 'الاف' && word !== 'ملايين') {
    const total = addTrailingGroup(tokens, alone.alone, index + 1);
    return { value: total.value, next: total.next, vague: false, conjunctionLength };
  }
  const group = readWordGroup(tokens, index, word);
  if (group === null) return null;
  const multiplied = applyMultiplier(tokens, group.value, group.next);
  return { value: multiplied.value, next: multiplied.next, vague: false, conjunctionLength };
}

/** Reads «عشرات», «مئات», «آلاف», «عشرات الآلاف», «بضعة», «عدة», «عدد من». */
function readVagueAmountAt(tokens: readonly Token[], index: number): NumberReading | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return null;
  if (token.text === 'عدد' && tokens[index + 1]?.text === 'من') {
    return { value: null, vague: true, next: index + 1, conjunctionLength: 0 };
  }
  const floor = token.text === 'الاف' ? 1000 : VAGUE_AMOUNT_WORDS.get(token.text);
  if (floor === undefined) return null;
  const following = tokens[index + 1];
  if (floor !== null && (following?.text === 'الاف' || following?.text === 'الالاف')) {
    return { value: floor * 1000, vague: true, next: index + 2, conjunctionLength: 0 };
  }
  return { value: floor, vague: true, next: index + 1, conjunctionLength: 0 };
}

/** First words of the hedges, with and without «و», so most words are turned away with one lookup. */
const QUALIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(NUMBER_QUALIFIERS.flatMap((phrase) => [phrase[0]!, `و${phrase[0]!}`]));

/** Reads a hedge from {@link NUMBER_QUALIFIERS}; the first word may carry «و». Returns the next index. */
function readQualifierAt(tokens: readonly Token[], index: number): number | null {
  const first = tokens[index];
  if (first?.kind !== 'word' || !QUALIFIER_FIRST_WORDS.has(first.text)) return null;
  for (const phrase of NUMBER_QUALIFIERS) {
    let matched = true;
    for (let k = 0; k < phrase.length && matched; k++) {
      const text = tokens[index + k]?.text;
      matched = text === phrase[k] || (k === 0 && text === `و${phrase[0]}`);
    }
    if (matched) return index + phrase.length;
  }
  return null;
}

/** Words a cardinal can start with when no «و» comes before them: for readers that take no conjunction. */
export const CARDINAL_START_WORDS: ReadonlySet<string> = new Set([...ATOM_TABLE.keys(), ...MULTIPLIER_WORDS.keys()]);

/**
 * Every word a quantity can start with: the first words of the hedges (with «و»), of the cardinals
 * (with «و» too) and of the vague amounts.
 */
export const QUANTITY_START_WORDS: ReadonlySet<string> = new Set([
  ...QUALIFIER_FIRST_WORDS,
  ...CARDINAL_START_WORDS,
  ...[...ATOM_TABLE.keys()].map((word) => `و${word}`),
  'عدد',
  'الاف',
  ...VAGUE_AMOUNT_WORDS.keys(),
]);

/**
 * Whether a quantity can start with the word `word`: when false, {@link readQuantityAt} returns
 * null at it. One test per word, for readers that try every word of a sentence.
 */
export function mayStartQuantity(word: string): boolean {
  return QUANTITY_START_WORDS.has(word);
}

/**
 * Reads a quantity at `index`: an optional hedge, then a cardinal or a vague amount. Returns null
 * when no number starts there. Never throws.
 */
export function readQuantityAt(tokens: readonly Token[], index: number): NumberReading | null {
  const afterQualifier = readQualifierAt(tokens, index);
  const start = afterQualifier ?? index;
  const reading = readCardinalAt(tokens, start) ?? readVagueAmountAt(tokens, start);
  if (reading === null) return null;
  if (afterQualifier === null) return reading;
  return { value: reading.value, next: reading.next, vague: true, conjunctionLength: 0 };
}

/**
 * Parses a phrase that is only a number: «خمسة وعشرون» → 25, «٤» → 4, «أكثر من 20» → 20 (vague),
 * «عشرات» → 10 (vague), a person noun in the dual «عنصرين» → 2, «جميع من كانوا بداخلها» → value
 * null (vague). Returns null when the phrase is not (only) a number: «مدنيين» is a plural.
 */
export function parseArabicNumber(phrase: string): ArabicNumber | null {
  const tokens = tokenizeNormalized(normalizeForMatching(phrase).text);
  // Closing punctuation («20.») is not part of the number; punctuation inside it («1,500») is.
  while (tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'punct') tokens.pop();
  const first = tokens[0];
  if (first === undefined) return null;
  if (first.text === 'جميع' || first.text === 'كل') return { value: null, vague: true };
  const reading = readQuantityAt(tokens, 0);
  if (reading !== null && reading.next === tokens.length && reading.conjunctionLength === 0) {
    return { value: reading.value, vague: reading.vague };
  }
  if (tokens.length === 1 && readDualPersonNoun(first.text)) return { value: 2, vague: false };
  return null;
}
