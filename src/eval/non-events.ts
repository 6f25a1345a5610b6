/** System events stated inside a gold non-event (negated, future, hypothetical or background). */
import type { ExtractedEvent } from '../domain/extraction.js';
import type { GoldNonEvent } from './gold.js';
import { locateEvidence, spansOverlap } from './locate-evidence.js';

export interface NonEventViolation {
  event: ExtractedEvent;
  /** Every gold non-event the event's evidence or one of its mentions overlaps. */
  nonEvents: GoldNonEvent[];
}

/**
 * The system events whose evidence or any mention overlaps a gold non-event's evidence, one entry
 * per event, in system order. Not part of P/R/F1 (README): reported separately as violations.
 * Throws when a gold evidence does not occur in `text` (`origin` names the gold file).
 */
export function findNonEventViolations(
  text: string,
  nonEvents: GoldNonEvent[],
  systemEvents: ExtractedEvent[],
  origin = 'gold',
): NonEventViolation[] {
  const located = nonEvents.map((nonEvent, index) => ({
    nonEvent,
    span: locateEvidence(text, nonEvent.evidence, `${origin} non_events[${index}].evidence`),
  }));
  const violations: NonEventViolation[] = [];
  for (const event of systemEvents) {
    const spans = [event.evidence, ...event.mentions];
    const hit = located.filter(({ span }) => spans.some((eventSpan) => spansOverlap(span, eventSpan)));
    if (hit.length > 0) violations.push({ event, nonEvents: hit.map(({ nonEvent }) => nonEvent) });
  }
  return violations;
}
