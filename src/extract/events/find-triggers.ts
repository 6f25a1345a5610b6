/** Finds the trigger words of a prepared report: longest match, never inside an entity name. */
import type { PreparedDocument, Sentence } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { TriggerSense, TriggerTable } from './trigger-table.js';
import { WordMemo } from '../lexicon/word-memo.js';

export interface TriggerHit {
  sense: TriggerSense;
  firstToken: number;
  lastToken: number;
  sentence: number;
}

/** Whether an ambiguous trigger has the context words its rule requires, within its sentence. */
function fitsContext(document: PreparedDocument, sense: TriggerSense, first: number, last: number): boolean {
  const sentence = document.sentences[document.sentenceOf[first] ?? -1];
  if (!sentence) return false;
  if (sense.requiresAfter && !hasContextWord(document, sentence, sense.requiresAfter, last + 1, last + 1 + sense.requiresAfter.within)) return false;
  if (sense.requiresBefore && !hasContextWord(document, sentence, sense.requiresBefore, first - sense.requiresBefore.within, first)) return false;
  return true;
}

/** The first of `senses` whose context words stand around tokens `[first, last]`: a loop, not a closure per trigger found. */
function firstFittingSense(document: PreparedDocument, senses: readonly TriggerSense[], first: number, last: number): TriggerSense | undefined {
  for (const sense of senses) if (fitsContext(document, sense, first, last)) return sense;
  return undefined;
}

/** A word without one leading و ف ب or ل, sliced once per distinct word rather than per rule asked. */
const WITHOUT_CLITIC = new WordMemo((word) => word.replace(/^[وفبل]/, ''));

/** Whether a word of `rule` (bare or after one of و ف ب ل) stands in tokens `[from, to)` of `sentence`. */
function hasContextWord(document: PreparedDocument, sentence: Sentence, rule: NonNullable<TriggerSense['requiresAfter']>, from: number, to: number): boolean {
  for (let index = Math.max(from, sentence.firstToken); index < Math.min(to, sentence.endToken); index += 1) {
    const word = document.tokens[index]?.norm ?? '';
    if (rule.words.has(word) || rule.words.has(WITHOUT_CLITIC.at(document, index))) return true;
  }
  return false;
}

/** Whether the trigger at `index` lies inside a phrase that names a state, not a happening («مناطق سيطرة»). */
function insideNotTrigger(document: PreparedDocument, table: TriggerTable, sentence: Sentence, index: number): boolean {
  for (let start = Math.max(sentence.firstToken, index - table.longestNotTrigger + 1); start <= index; start += 1) {
    const match = table.notTriggers.matchAt(document, start);
    if (match && match.lastToken >= index) return true;
  }
  return false;
}

/** «الهجوم», «والتعزيزات», «للهجوم»: a noun with the article, behind at most a conjunction and a preposition. */
const DEFINITE = /^[وف]?[بلك]?ال|^[وف]?لل/;

/**
 * Whether a definite trigger noun points back at a happening told before («هذه التعزيزات», «وتبنى
 * تنظيم داعش التفجير»): a reference word of the table stands close enough before it in the sentence.
 * An indefinite noun («تبنى التنظيم هجوماً على …») tells something new and is kept.
 */
function isReference(document: PreparedDocument, table: TriggerTable, sentence: Sentence, index: number): boolean {
  if (!DEFINITE.test(document.tokens[index]?.norm ?? '')) return false;
  for (const rule of table.references) if (hasContextWord(document, sentence, rule, index - rule.within, index) || endsWithPhrase(document, sentence, rule, index)) return true;
  return false;
}

/** Whether the words right before token `index` are one of the several-word entries of `rule` («على إثر»). */
function endsWithPhrase(document: PreparedDocument, sentence: Sentence, rule: NonNullable<TriggerSense['requiresAfter']>, index: number): boolean {
  if (rule.phrases.length === 0) return false;
  return rule.phrases.some((phrase) => {
    const from = index - phrase.length;
    if (from < sentence.firstToken) return false;
    return phrase.every((word, offset) => {
      const token = document.tokens[from + offset]?.norm ?? '';
      return token === word || (offset === 0 && token.replace(/^[وف]/, '') === word);
    });
  });
}

export function findTriggers(document: PreparedDocument, table: TriggerTable, mentions: readonly EntityMention[]): TriggerHit[] {
  const insideMention = new Uint8Array(document.tokens.length);
  for (const mention of mentions) insideMention.fill(1, mention.firstToken, mention.lastToken + 1);
  const hits: TriggerHit[] = [];
  for (let index = 0; index < document.tokens.length; index += 1) {
    if (insideMention[index]) continue;
    const match = table.triggers.matchAt(document, index);
    if (!match) continue;
    const sentence = document.sentenceOf[index] ?? -1;
    if (sentence < 0) continue;
    const sense = firstFittingSense(document, match.values, index, match.lastToken);
    if (!sense) continue;
    const where = document.sentences[sentence] as Sentence;
    if (insideNotTrigger(document, table, where, index) || isReference(document, table, where, index)) {
      index = match.lastToken;
      continue;
    }
    hits.push({ sense, firstToken: index, lastToken: match.lastToken, sentence });
    index = match.lastToken;
  }
  return hits;
}
