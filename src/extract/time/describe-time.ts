/** Glosses a resolved time phrase in one line of English for logs, the CLI and test failures. */
import type { EventTime } from '../../domain/extraction.js';

/**
 * «2024-03-14 (day)», «2024-03-07 to 2024-03-13 (week)», «since 2017-01-01 (year)» or
 * «unresolved: مساء أمس». The Arabic phrase is appended in every case.
 */
export function describeTime(time: EventTime): string {
  if (time.from === null) return `unresolved: ${time.text}`;
  if (time.to === null) return `since ${time.from} (${time.precision}): ${time.text}`;
  const interval = time.from === time.to ? time.from : `${time.from} to ${time.to}`;
  return `${interval} (${time.precision}): ${time.text}`;
}
