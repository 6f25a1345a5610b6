/**
 * Every entity mention of a report, in text order: the lexicon's names first, then, in the tokens
 * they leave, names after a cue word, nationality adjectives that stand for a state's forces, and
 * people's names.
 */
import type { PreparedDocument } from '../document/document.js';
import type { CompiledLexicon } from '../lexicon/compile-lexicon.js';
import { findEntityMentions, type EntityMention } from './find-entity-mentions.js';
import { findNationalityAgents, type NationalityCues } from './find-nationality-agents.js';
import { findPatternNames } from './find-pattern-names.js';
import { findPersonNames, type PersonCues } from './find-person-names.js';

export function findMentions(document: PreparedDocument, lexicon: CompiledLexicon, nationalityCues?: NationalityCues, personCues?: PersonCues): EntityMention[] {
  const known = findEntityMentions(document, lexicon);
  // One mask of the tokens inside a mention so far (1 for such a token), which each later finder
  // reads and extends: each used to make its own from the list of mentions before it.
  const covered = new Uint8Array(document.tokens.length);
  for (const mention of known) covered.fill(1, mention.firstToken, mention.lastToken + 1);
  let mentions = mergeInTextOrder(known, findPatternNames(document, covered));
  if (nationalityCues) mentions = mergeInTextOrder(mentions, findNationalityAgents(document, nationalityCues, covered));
  if (personCues) mentions = mergeInTextOrder(mentions, findPersonNames(document, personCues, covered));
  return mentions;
}

/**
 * Two lists of mentions in text order as one. No two mentions start at one token (a finder takes
 * only tokens no mention covers), so this is what a stable sort of the two by first token gives;
 * the later finders mostly find nothing, and then the list is kept as it is, not copied.
 */
function mergeInTextOrder(earlier: EntityMention[], later: EntityMention[]): EntityMention[] {
  if (later.length === 0) return earlier;
  if (earlier.length === 0) return later;
  const merged: EntityMention[] = [];
  let left = 0;
  let right = 0;
  while (left < earlier.length && right < later.length) {
    const fromEarlier = earlier[left] as EntityMention;
    const fromLater = later[right] as EntityMention;
    if (fromLater.firstToken < fromEarlier.firstToken) {
      merged.push(fromLater);
      right += 1;
    } else {
      merged.push(fromEarlier);
      left += 1;
    }
  }
  while (left < earlier.length) merged.push(earlier[left++] as EntityMention);
  while (right < later.length) merged.push(later[right++] as EntityMention);
  return merged;
}
