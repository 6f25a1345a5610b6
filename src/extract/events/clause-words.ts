/**
 * The words that shape a sentence's clauses for the event rules — a pluperfect's «كان», a clause
 * turn, a complementizer — as one bit field per distinct word, read once per token by the gate
 * scan of a sentence (see gates.ts), which lists where each class stands for all its triggers.
 */
import { normalizeKey } from '../text/index.js';
import { WordMemo } from '../lexicon/word-memo.js';

/** «كان», «وكانت», «كانوا»: the auxiliary of a pluperfect. */
export const PAST_AUXILIARY = 1;
/** A word after which a clause turns to something else: circumstance, contrast, a new statement. */
export const CLAUSE_TURN = 2;
/** A word after which the clause's subject begins anew: reported speech («أن», «حيث»). */
export const COMPLEMENTIZER = 4;

const CLAUSE_TURNS = new Set(['وسط', 'بينما', 'فيما', 'حين', 'وذلك', 'بالتزامن', 'تزامنا'].map(normalizeKey));
const COMPLEMENTIZERS = new Set(['ان', 'إن', 'بأن', 'وان', 'انه', 'انها', 'حيث'].map(normalizeKey));

function classesOf(word: string): number {
  let classes = 0;
  if (/^و?(كان|كانت|كانوا)$/.test(word)) classes |= PAST_AUXILIARY;
  // A clause turn may stand bare or after «و»/«ف».
  if (CLAUSE_TURNS.has(word) || ((word.startsWith('و') || word.startsWith('ف')) && CLAUSE_TURNS.has(word.slice(1)))) classes |= CLAUSE_TURN;
  if (COMPLEMENTIZERS.has(word)) classes |= COMPLEMENTIZER;
  return classes;
}

/** The clause classes of a word (an OR of the bits above), worked out once per distinct word. */
export const CLAUSE_WORDS = new WordMemo(classesOf);
