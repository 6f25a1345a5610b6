/** Finds the trigger words of a prepared report: longest match, never inside an entity name. */
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { TriggerSense, TriggerTable } from './trigger-table.js';

export interface TriggerHit {
  sense: TriggerSense;
  firstToken: number;
  lastToken: number;
  sentence: number;
}

export function findTriggers(document: PreparedDocument, table: TriggerTable, mentions: readonly EntityMention[]): TriggerHit[] {
  const insideMention = new Uint8Array(document.tokens.length);
  for (const mention of mentions) insideMention.fill(1, mention.firstToken, mention.lastToken + 1);
  const hits: TriggerHit[] = [];
  for (let index = 0; index < document.tokens.length; index += 1) {
    if (insideMention[index]) continue;
    const match = table.triggers.matchAt(document.text, document.tokens, index);
    if (!match) continue;
    const sentence = document.sentenceOf[index] ?? -1;
    if (sentence < 0) continue;
    hits.push({ sense: match.values[0] as TriggerSense, firstToken: index, lastToken: match.lastToken, sentence });
    index = match.lastToken;
  }
  return hits;
}
