/** Reads the count a casualty cue takes: «ثلاثة عناصر», «عنصرين», «امرأة», «آخرين», «جميع من…». */
import { OTHERS_WORDS, lookUpCasualtyCue } from './casualty-cues.js';
import { readQuantityAt } from './parse-arabic-number.js';
import { isPluralPersonNoun, isSingularPersonNoun, readDualPersonNoun } from './person-nouns.js';
import type { Token } from './tokenize-normalized.js';

export interface Count {
  count: number | null;
  vague: boolean;
  /** Index of the first token after the count phrase. */
  next: number;
}

/** Reads «آخر/آخرين» at `index`: a count of its own when no number came first. */
function readOthers(tokens: readonly Token[], index: number): Count | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  const count = OTHERS_WORDS.get(token.text);
  return count === undefined ? null : { count, vague: count === null, next: index + 1 };
}

/**
 * Reads a count with its noun: «ثلاثة عناصر», «12 عنصراً», «عنصرين», «مدنيين اثنين», «امرأة»,
 * «سائقها», «آخر», «جميع من…». Returns null when no count phrase starts at `index`.
 */
export function readCountPhrase(tokens: readonly Token[], index: number): Count | null {
  const token = tokens[index];
  if (token?.kind !== 'word' && token?.kind !== 'digits') return null;
  const quantity = readQuantityAt(tokens, index);
  if (quantity !== null) {
    let next = quantity.next;
    const nounToken = tokens[next];
    if (nounToken?.kind === 'word' && (isPluralPersonNoun(nounToken.text) || isSingularPersonNoun(nounToken.text))) next++;
    next = readOthers(tokens, next)?.next ?? next;
    return { count: quantity.value, vague: quantity.vague, next };
  }
  if (token.kind !== 'word') return null;
  if (token.text === 'جميع' || token.text === 'كل') return { count: null, vague: true, next: index + 1 };
  if (readDualPersonNoun(token.text)) {
    const others = readOthers(tokens, index + 1);
    return { count: 2, vague: false, next: others?.next ?? index + 1 };
  }
  if (isPluralPersonNoun(token.text)) {
    // A number may follow the noun: «مدنيين اثنين», «عناصر ثلاثة».
    const after = readQuantityAt(tokens, index + 1);
    if (after !== null && after.conjunctionLength === 0 && !after.vague) return { count: after.value, vague: false, next: after.next };
    return { count: null, vague: true, next: index + 1 };
  }
  if (isSingularPersonNoun(token.text)) {
    const others = readOthers(tokens, index + 1);
    return { count: 1, vague: false, next: others?.next ?? index + 1 };
  }
  return readOthers(tokens, index);
}

/** Most counts joined by «و» after a cue; a bound keeps pathological input linear. */
const MAX_COORDINATED_COUNTS = 4;

/** Adds counts joined by «و» to the first one («ثلاثة عناصر ومدنيان») unless they take a cue of their own. */
export function addCoordinatedCounts(tokens: readonly Token[], first: Count): Count {
  let total = first;
  for (let added = 0; added < MAX_COORDINATED_COUNTS; added++) {
    const and = tokens[total.next];
    if (and?.kind !== 'word' || !and.text.startsWith('و') || total.count === null) return total;
    const start = and.text === 'و' ? total.next + 1 : total.next;
    const quantity = readQuantityAt(tokens, start);
    const dual = and.text !== 'و' && readDualPersonNoun(and.text);
    if (quantity === null && !dual) return total;
    const next = quantity === null ? total.next + 1 : readCountPhrase(tokens, start)?.next ?? quantity.next;
    const following = tokens[next];
    if (following?.kind === 'word' && lookUpCasualtyCue(following.text) !== null) return total;
    if (quantity !== null && tokens[quantity.next]?.kind === 'word' && lookUpCasualtyCue(tokens[quantity.next]!.text) !== null) return total;
    const value = quantity === null ? 2 : quantity.value;
    if (value === null) return total;
    total = { count: total.count + value, vague: total.vague || (quantity?.vague ?? false), next };
  }
  return total;
}
