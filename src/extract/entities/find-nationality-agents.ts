/**
 * Nationality adjectives as actors: «طائرة مسيرة تركية», «غارات روسية», «قصف إسرائيلي» name the
 * state's forces even when no force is named. An adjective counts only when it is indefinite and
 * follows a noun of armed force (lexicons/ar/nationality-heads.json), with at most two modifiers
 * between («غارات جوية روسية»): «الحدود التركية» or «شركة تركية» name no actor. Which actor an
 * adjective names is data too: the `adjectives` of its entry in actors.json.
 */
import { normalizeKey, stripProclitics, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { CompiledLexicon, LexiconRef } from '../lexicon/compile-lexicon.js';
import { WordMemo } from '../lexicon/word-memo.js';
import type { EntityMention } from './find-entity-mentions.js';

export interface NationalityHeadData {
  heads: string[];
  modifiers: string[];
}

export interface NationalityCues {
  /** Normalized adjective → the actor it names. */
  adjectives: ReadonlyMap<string, LexiconRef>;
  /** {@link adjectives} read by word number: asked of every token. */
  actorNamedBy: WordMemo<LexiconRef | false>;
  heads: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
}

/** The suffixes a head noun may carry («غاراتها», «قواته») besides its listed forms. */
const HEAD_SUFFIXES = ['', 'ه', 'ها', 'هم'];

/** How many modifier words may stand between the head and the adjective. */
const MOST_MODIFIERS = 2;

export function compileNationalityCues(lexicon: CompiledLexicon, data: NationalityHeadData): NationalityCues {
  const adjectives = new Map<string, LexiconRef>();
  for (const [id, entry] of lexicon.actorsById) {
    for (const adjective of entry.adjectives?.ar ?? []) adjectives.set(normalizeKey(adjective), { kind: 'Actor', id, entry, anaphor: false });
  }
  const heads = new Set(data.heads.flatMap((head) => HEAD_SUFFIXES.map((suffix) => normalizeKey(head) + suffix)));
  return { adjectives, actorNamedBy: new WordMemo((word) => adjectives.get(word) ?? false), heads, modifiers: new Set(data.modifiers.map(normalizeKey)) };
}

function isHead(cues: NationalityCues, token: Token | undefined): boolean {
  return token !== undefined && (cues.heads.has(token.norm) || cues.heads.has(stripProclitics(token.norm)));
}

/**
 * The nationality adjectives of a report that name an actor, as mentions in text order; tokens
 * `covered` by a mention already (1 for a token inside one) are left alone, and those of each
 * mention found are marked. One pass over the tokens, with an array read per token.
 */
export function findNationalityAgents(document: PreparedDocument, cues: NationalityCues, covered: Uint8Array): EntityMention[] {
  if (cues.adjectives.size === 0) return [];
  const { tokens } = document;
  const found: EntityMention[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const ref = cues.actorNamedBy.read(document.words, index, token.norm);
    if (!ref || covered[index]) continue;
    const sentence = document.sentenceOf[index] ?? -1;
    let head = index - 1;
    while (head > index - 1 - MOST_MODIFIERS && !isHead(cues, tokens[head]) && cues.modifiers.has(tokens[head]?.norm ?? '')) head -= 1;
    if (head < 0 || document.sentenceOf[head] !== sentence || !isHead(cues, tokens[head])) continue;
    found.push({
      ref,
      span: { text: document.text.slice(token.start, token.end), start: token.start, end: token.end },
      firstToken: index,
      lastToken: index,
      sentence,
      adjective: true,
    });
    covered[index] = 1;
  }
  return found;
}
