/** Gold evidence strings as spans of the report text, and span overlap. */
import type { Span } from '../domain/extraction.js';

/**
 * The span of `evidence` in `text`. Gold evidence occurs exactly once (README, "Conventions");
 * when it occurs more than once the first occurrence is taken. Throws, naming `field`
 * (e.g. `01-….json events[3].evidence`), when it does not occur: the gold file and the text disagree.
 */
export function locateEvidence(text: string, evidence: string, field: string): Span {
  const start = text.indexOf(evidence);
  if (start < 0) {
    throw new Error(
      `${field}: the evidence «${evidence}» does not occur in the report text; ` +
        'fix the gold file, or pass the whole .txt (title line included)',
    );
  }
  return { text: evidence, start, end: start + evidence.length };
}

/** Whether two spans share at least one character. Empty spans overlap nothing. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** Whether two spans cover exactly the same characters. */
export function spansEqual(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
