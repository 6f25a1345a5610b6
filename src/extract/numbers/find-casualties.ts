/** Finds how many were killed and injured in a clause or sentence of Arabic report text. */
import type { Casualties, Span } from '../../domain/extraction.js';
import type { CasualtyKind } from './casualty-cues.js';
import { normalizeForMatching, toOriginalSpan } from './normalize-for-matching.js';
import { readMentionAt } from './read-casualty-mention.js';
import { tokenizeNormalized } from './tokenize-normalized.js';

/** One statement of a casualty figure, with the words that state it. */
export interface CasualtyMention {
  kind: CasualtyKind;
  /** The count; null when the text gives none or an unknown one («جميع من كانوا بداخلها»). */
  count: number | null;
  vague: boolean;
  /** True for «دون وقوع إصابات» and the like: the text says there were none. */
  negated: boolean;
  span: Span;
}

/**
 * Finds every casualty statement in `text`, or only inside `[range.start, range.end)` when a range
 * is given. Spans are offsets into `text` as given. Never throws; linear in the length of the text.
 */
export function findCasualtyMentions(text: string, range?: { start: number; end: number }): CasualtyMention[] {
  const start = Math.max(0, Math.min(text.length, range?.start ?? 0));
  const end = Math.max(start, Math.min(text.length, range?.end ?? text.length));
  const window = text.slice(start, end);
  const normalized = normalizeForMatching(window);
  const tokens = tokenizeNormalized(normalized.text);
  const mentions: CasualtyMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const mention = readMentionAt(tokens, index);
    if (mention === null) {
      index++;
      continue;
    }
    const firstToken = tokens[mention.first]!;
    const lastToken = tokens[Math.max(mention.first, mention.next - 1)]!;
    const local = toOriginalSpan(window, normalized, firstToken.start, lastToken.end);
    mentions.push({
      kind: mention.kind,
      count: mention.count,
      vague: mention.vague,
      negated: mention.negated,
      span: { text: window.slice(local.start, local.end), start: start + local.start, end: start + local.end },
    });
    index = Math.max(index + 1, mention.next);
  }
  return mentions;
}

/** Picks one figure for one kind: the largest stated count, else "some" (null), else the stated zero. */
function summarizeKind(mentions: readonly CasualtyMention[], kind: 'killed' | 'injured'): { count: number | null; vague: boolean } {
  const relevant = mentions.filter((mention) => mention.kind === kind || mention.kind === 'both');
  const positive = relevant.filter((mention) => !mention.negated);
  let best: CasualtyMention | null = null;
  for (const mention of positive) {
    if (mention.count !== null && (best === null || mention.count > (best.count ?? -1))) best = mention;
  }
  if (best !== null) return { count: best.count, vague: best.vague };
  if (positive.length > 0) return { count: null, vague: positive.some((mention) => mention.vague) };
  if (relevant.length > 0) return { count: 0, vague: false };
  return { count: null, vague: false };
}

/**
 * Returns the killed and injured counts a clause or sentence states, or null when it states
 * nothing about casualties. A count is null when the text gives none or a vague one without a
 * floor, and 0 only when the text says there were none («دون وقوع إصابات»). Within one text the
 * largest count of each kind wins: repeats («مقتل خمسة… الخمسة») must not add up. `vague` is set
 * when a figure is a floor or an estimate («عشرات» → 10, «أكثر من 20» → 20) or unknown.
 */
export function findCasualties(text: string, range?: { start: number; end: number }): Casualties | null {
  const mentions = findCasualtyMentions(text, range);
  if (mentions.length === 0) return null;
  const killed = summarizeKind(mentions, 'killed');
  const injured = summarizeKind(mentions, 'injured');
  const casualties: Casualties = { killed: killed.count, injured: injured.count };
  if (killed.vague || injured.vague) casualties.vague = true;
  return casualties;
}
