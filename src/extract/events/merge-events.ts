/**
 * One happening, one event: a report often tells an incident twice (the lead, then the detailed
 * paragraph). Events of one type whose participants, places and times agree are merged; the
 * fullest span becomes the evidence and every span stays a mention.
 */
import type { ExtractedEvent } from '../../domain/extraction.js';

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((item) => b.includes(item));
const compatible = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || overlaps(a, b);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function sameTime(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (!a.time || !b.time) return true;
  if (a.time.from !== null || b.time.from !== null) return a.time.from === b.time.from && a.time.to === b.time.to;
  return a.time.text.replace(/\s+/g, ' ') === b.time.text.replace(/\s+/g, ' ');
}

export function canMerge(a: ExtractedEvent, b: ExtractedEvent, sameSentence: boolean): boolean {
  if (a.type !== b.type || !sameTime(a, b)) return false;
  if (sameSentence) return compatible(a.agents, b.agents) && compatible(a.targets, b.targets);
  const sharesParticipant = overlaps(a.agents, b.agents) || overlaps(a.targets, b.targets);
  return sharesParticipant && compatible(a.agents, b.agents) && compatible(a.targets, b.targets) && compatible(a.locations, b.locations);
}

export function mergeInto(kept: ExtractedEvent, other: ExtractedEvent): void {
  kept.agents = union(kept.agents, other.agents);
  kept.targets = union(kept.targets, other.targets).filter((target) => !kept.agents.includes(target));
  kept.locations = union(kept.locations, other.locations);
  kept.time ??= other.time;
  kept.casualties ??= other.casualties;
  kept.source ??= other.source;
  const spans = new Map([...kept.mentions, ...other.mentions].map((span) => [`${span.start}:${span.end}`, span]));
  kept.mentions = [...spans.values()].sort((x, y) => x.start - y.start);
  if (other.evidence.text.length > kept.evidence.text.length) kept.evidence = other.evidence;
  kept.confidence = Math.min(0.95, Math.max(kept.confidence, other.confidence) + 0.05);
}
