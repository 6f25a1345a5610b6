/** Finds how many were killed and injured in a clause or sentence of Arabic report text. */
import type { Casualties, Span } from '../../domain/extraction.js';
import type { CasualtyKind } from './casualty-cues.js';
import { readMentionAt } from './read-casualty-mention.js';
import { clampRange, originalSpanOf, prepareReadingView, tokensWithin, type ReadingView } from './reading-view.js';
import type { Token } from './tokenize-normalized.js';

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
  const { start, end } = clampRange(text, range);
  const view = prepareReadingView(text.slice(start, end));
  return readMentions(view, view.tokens, start);
}

/**
 * Like {@link findCasualtyMentions} on a view of the whole text prepared once, for a range that
 * starts and ends at sentence or clause boundaries (see {@link tokensWithin}).
 */
export function findCasualtyMentionsIn(view: ReadingView, range: { start: number; end: number }): CasualtyMention[] {
  return readMentions(view, tokensWithin(view, range), 0);
}

/** The mentions read from `tokens` of `view`; spans are shifted by `shift` (the view's offset in its caller's text). */
function readMentions(view: ReadingView, tokens: readonly Token[], shift: number): CasualtyMention[] {
  const mentions: CasualtyMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const mention = readMentionAt(tokens, index);
    if (mention === null) {
      index++;
      continue;
    }
    const span = originalSpanOf(view, tokens[mention.first]!, tokens[Math.max(mention.first, mention.next - 1)]!);
    mentions.push({
      kind: mention.kind,
      count: mention.count,
      vague: mention.vague,
      negated: mention.negated,
      span: { text: span.text, start: shift + span.start, end: shift + span.end },
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
  return summarizeCasualties(findCasualtyMentions(text, range));
}

/** Like {@link findCasualties} on a view of the whole text prepared once (see {@link findCasualtyMentionsIn}). */
export function findCasualtiesIn(view: ReadingView, range: { start: number; end: number }): Casualties | null {
  return summarizeCasualties(findCasualtyMentionsIn(view, range));
}

function summarizeCasualties(mentions: readonly CasualtyMention[]): Casualties | null {
  if (mentions.length === 0) return null;
  const killed = summarizeKind(mentions, 'killed');
  const injured = summarizeKind(mentions, 'injured');
  const casualties: Casualties = { killed: killed.count, injured: injured.count };
  if (killed.vague || injured.vague) casualties.vague = true;
  return casualties;
}
