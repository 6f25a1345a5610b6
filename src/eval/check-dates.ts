/** Whether matched system events carry a resolved date where the gold event has a time phrase. */
import type { EventPair } from './match-events.js';

export interface DatedEvent {
  type: string;
  /** The gold English gloss of the report's time phrase. */
  when: string;
  evidence: string;
  from: string | null;
  to: string | null;
}

export interface DateCheck {
  /** Matched events whose gold has a `when`, in a report whose `published` is known. */
  checked: number;
  resolved: DatedEvent[];
  unresolved: DatedEvent[];
  /** Resolved events dated after the report's publication (a subset of `resolved`). */
  wrong: DatedEvent[];
}

/**
 * Gold gives only an English gloss, so the check is coarse: a matched system event counts as
 * resolved when its `time.from` is set, and as wrong when `from` or `to` falls after `published`
 * (a report cannot describe a later day). Nothing is checked when `published` is null.
 */
export function checkEventDates(pairs: EventPair[], published: string | null): DateCheck {
  const check: DateCheck = { checked: 0, resolved: [], unresolved: [], wrong: [] };
  if (published === null) return check;
  for (const { gold, system } of pairs) {
    if (gold.gold.when === null) continue;
    check.checked += 1;
    const dated: DatedEvent = {
      type: gold.gold.type,
      when: gold.gold.when,
      evidence: gold.span.text,
      from: system.time?.from ?? null,
      to: system.time?.to ?? null,
    };
    if (dated.from === null) {
      check.unresolved.push(dated);
      continue;
    }
    check.resolved.push(dated);
    if (isAfter(dated.from, published) || (dated.to !== null && isAfter(dated.to, published))) check.wrong.push(dated);
  }
  return check;
}

// ISO dates compare as strings; a timestamp is cut to its day so the same day is not "after".
function isAfter(date: string, published: string): boolean {
  return date.slice(0, 10) > published.slice(0, 10);
}
