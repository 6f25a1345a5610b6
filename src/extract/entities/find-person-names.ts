/**
 * People no lexicon knows: a common given name followed by a family name («مازن الخطيب»), a
 * kunya with a family name («أبو عمر الزعبي»), or a quoted name after a role or title («المحلل
 * العسكري العقيد المنشق “سليم الحمدان”»). Cue data: lexicons/<language>/person-names.json.
 */
import type { Span } from '../../domain/extraction.js';
import { normalizeKey, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { LexiconRef } from '../lexicon/compile-lexicon.js';
import { WordMemo } from '../lexicon/word-memo.js';
import { anyCovered } from './covered-tokens.js';
import type { EntityMention } from './find-entity-mentions.js';

export interface PersonCues {
  givenNames: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** What each word is to these cues ({@link ROLE}, {@link KUNYA}, {@link GIVEN_NAME} bits), by word number. */
  kinds: WordMemo<number>;
}

/** A role or title, bare or after «و»/«ف» («والمحلل»): a quoted name may follow. */
const ROLE = 1;
/** «أبو», «أم», bare or after «و»/«ف»: a kunya, which a family name may follow. */
const KUNYA = 2;
/** A common given name, which a family name may follow. */
const GIVEN_NAME = 4;

export function compilePersonCues(data: { givenNames: string[]; roles: string[] }): PersonCues {
  const givenNames = new Set(data.givenNames.map(normalizeKey));
  const roles = new Set(data.roles.map(normalizeKey));
  const kindOf = (word: string): number => {
    const bare = word.startsWith('و') || word.startsWith('ف') ? word.slice(1) : word;
    return (
      (roles.has(bare) || roles.has(word) ? ROLE : 0) |
      (bare === 'ابو' || bare === 'ام' ? KUNYA : 0) |
      (givenNames.has(word) ? GIVEN_NAME : 0)
    );
  };
  return { givenNames, roles, kinds: new WordMemo(kindOf) };
}

const isWord = (token: Token | undefined): token is Token => token !== undefined && /^[\u0621-\u064A]{2,}$/.test(token.norm);
const joined = (text: string, left: Token, right: Token) => /^[\s“”"«»]*$/.test(text.slice(left.end, right.start)) && right.start - left.end <= 3;

function personRef(name: string): LexiconRef {
  const key = normalizeKey(name).replace(/[^\u0621-\u064A ]/g, '').trim();
  return {
    kind: 'Actor',
    id: `actor:ar:${key.replace(/ /g, '-')}`,
    entry: { id: `ar:${key}`, name: { en: name, ar: name }, type: 'person', aliases: { ar: [name] } },
    anaphor: false,
  };
}

/** The last index of a quoted name of 2–4 words starting right after `index`, or null. */
function quotedName(text: string, tokens: readonly Token[], index: number): number | null {
  const start = tokens[index + 1];
  if (!start || !/[“"«]\s*$/.test(text.slice((tokens[index] as Token).end, start.start))) return null;
  for (let last = index + 2; last <= index + 4; last += 1) {
    const token = tokens[last];
    if (!isWord(token)) return null;
    if (/^\s*[”"»]/.test(text.slice(token.end, tokens[last + 1]?.start ?? text.length))) return last;
  }
  return null;
}

/** Records tokens `[first, last]` as a person's name and marks them covered. */
function addPerson(document: PreparedDocument, found: EntityMention[], covered: Uint8Array, first: number, last: number): void {
  const start = (document.tokens[first] as Token).start;
  const end = (document.tokens[last] as Token).end;
  const span: Span = { text: document.text.slice(start, end), start, end };
  found.push({ ref: personRef(span.text), span, firstToken: first, lastToken: last, sentence: document.sentenceOf[first] ?? 0 });
  covered.fill(1, first, last + 1);
}

/**
 * The people named among the tokens no mention `covered` yet (1 for a token inside one), in text
 * order; marks the tokens of each name found in `covered`.
 */
export function findPersonNames(document: PreparedDocument, cues: PersonCues, covered: Uint8Array): EntityMention[] {
  const { text, tokens } = document;
  const found: EntityMention[] = [];
  for (let index = 0; index < tokens.length - 1; index += 1) {
    if (covered[index]) continue;
    const token = tokens[index] as Token;
    // Most tokens are no cue at all: one array read turns them away.
    const kind = cues.kinds.read(document.words, index, token.norm);
    if (kind === 0) continue;
    const next = tokens[index + 1];
    if ((kind & ROLE) !== 0) {
      const last = quotedName(text, tokens, index);
      if (last !== null && !anyCovered(covered, index + 1, last)) {
        addPerson(document, found, covered, index + 1, last);
        index = last;
      }
      continue;
    }
    const kunya = (kind & KUNYA) !== 0;
    if (!isWord(next) || covered[index + 1] || !joined(text, token, next)) continue;
    if (kunya && isWord(tokens[index + 2]) && (tokens[index + 2] as Token).norm.startsWith('ال') && !covered[index + 2] && joined(text, next, tokens[index + 2] as Token)) {
      addPerson(document, found, covered, index, index + 2);
      index += 2;
    } else if ((kind & GIVEN_NAME) !== 0 && !token.text.endsWith('ى') && next.norm.startsWith('ال') && next.norm.length > 3) {
      // «على» folds to «علي» in the matching form; the original spelling tells the preposition apart.
      addPerson(document, found, covered, index, index + 1);
      index += 1;
    }
  }
  return found;
}
