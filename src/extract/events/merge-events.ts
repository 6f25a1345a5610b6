/**
 * One happening, one event: a report often tells an incident twice (the lead, then the detailed
 * paragraph). Events of one type whose participants, places and times agree are merged; the
 * fullest span becomes the evidence and every span stays a mention.
 */
import type { ExtractedEvent, Span } from '../../domain/extraction.js';
import { isWhitespace } from '../text/normalize.js';

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((item) => b.includes(item));
const compatible = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || overlaps(a, b);

/**
 * The distinct items of `a` then `b`, in order of first appearance: `[...new Set([...a, ...b])]`
 * without the two spread arrays and the set (the lists hold a few ids; a merge makes three).
 */
function union(a: readonly string[], b: readonly string[]): string[] {
  const items: string[] = [];
  for (const item of a) if (!items.includes(item)) items.push(item);
  for (const item of b) if (!items.includes(item)) items.push(item);
  return items;
}

function sameTime(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (!a.time || !b.time) return true;
  if (a.time.from !== null || b.time.from !== null) return a.time.from === b.time.from && a.time.to === b.time.to;
  return sameWordsAndSpaces(a.time.text, b.time.text);
}

/**
 * Whether two texts read the same once each run of whitespace is one space: `a.replace(/\s+/g, ' ')
 * === b.replace(/\s+/g, ' ')` without making the two strings: times without a date are compared so,
 * for every pair of events of one type that may merge.
 */
function sameWordsAndSpaces(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a.charCodeAt(i);
    const right = b.charCodeAt(j);
    const leftSpace = isWhitespace(left);
    if (leftSpace !== isWhitespace(right)) return false;
    if (leftSpace) {
      while (i < a.length && isWhitespace(a.charCodeAt(i))) i += 1;
      while (j < b.length && isWhitespace(b.charCodeAt(j))) j += 1;
    } else {
      if (left !== right) return false;
      i += 1;
      j += 1;
    }
  }
  return i === a.length && j === b.length;
}

export function canMerge(a: ExtractedEvent, b: ExtractedEvent, sameSentence: boolean): boolean {
  if (a.type !== b.type || !sameTime(a, b)) return false;
  if (sameSentence) return compatible(a.agents, b.agents) && compatible(a.targets, b.targets);
  const sharesParticipant = overlaps(a.agents, b.agents) || overlaps(a.targets, b.targets);
  return sharesParticipant && compatible(a.agents, b.agents) && compatible(a.targets, b.targets) && compatible(a.locations, b.locations);
}

/**
 * Two mention lists, each in order of start without a repeated span, merged into one such list; of
 * spans that start together, `kept`'s come first. A merge walk rather than a map keyed by
 * `start:end` and a sort: a long report merges one incident into the same event many times.
 */
function mergeMentions(kept: readonly Span[], other: readonly Span[]): Span[] {
  const merged: Span[] = [];
  let next = 0;
  for (const span of other) {
    while (next < kept.length && (kept[next] as Span).start <= span.start) merged.push(kept[next++] as Span);
    if (!holdsSameSpan(merged, span)) merged.push(span);
  }
  while (next < kept.length) merged.push(kept[next++] as Span);
  return merged;
}

/** Whether the spans at the end of `merged` that start where `span` starts hold one that also ends where it ends. */
function holdsSameSpan(merged: readonly Span[], span: Span): boolean {
  for (let index = merged.length - 1; index >= 0 && (merged[index] as Span).start === span.start; index -= 1) {
    if ((merged[index] as Span).end === span.end) return true;
  }
  return false;
}

export function mergeInto(kept: ExtractedEvent, other: ExtractedEvent): void {
  kept.agents = union(kept.agents, other.agents);
  kept.targets = union(kept.targets, other.targets).filter((target) => !kept.agents.includes(target));
  kept.locations = union(kept.locations, other.locations);
  kept.time ??= other.time;
  kept.casualties ??= other.casualties;
  kept.source ??= other.source;
  kept.mentions = mergeMentions(kept.mentions, other.mentions);
  if (other.evidence.text.length > kept.evidence.text.length) kept.evidence = other.evidence;
  kept.confidence = Math.min(0.95, Math.max(kept.confidence, other.confidence) + 0.05);
}
