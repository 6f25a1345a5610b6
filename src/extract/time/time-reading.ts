/** What a time-phrase reader returns: where the phrase ends and how to resolve it against a publication day. */
import type { TimePrecision } from '../../domain/extraction.js';
import type { Token } from '../numbers/tokenize-normalized.js';

/** An interval of day numbers (see calendar-days.ts); `to` is null for «منذ …» without a publication day. */
export interface ResolvedTime {
  from: number;
  to: number | null;
  precision: Exclude<TimePrecision, 'unknown'>;
  /** True when a stated weekday disagrees with the day the phrase names («اليوم الخميس» on a Friday). */
  weekdayConflict: boolean;
}

export interface TimeReading {
  /** Index of the first token after the phrase. */
  next: number;
  /** Null when the phrase needs a publication day and has none, or names an impossible date. */
  resolve: (published: number | null) => ResolvedTime | null;
}

/** Reads a phrase starting at `index`, or returns null when none starts there. */
export type TimeReader = (tokens: readonly Token[], index: number) => TimeReading | null;

/**
 * A reader with the words its phrases can start with (after «و» is taken off), so the scanner
 * skips most tokens with one lookup.
 */
export interface TimeReaderEntry {
  read: TimeReader;
  startWords: ReadonlySet<string>;
  /** Whether a phrase may start with digits («15 آذار», «2024/03/15», «24 ساعة الماضية»). */
  startsWithDigits: boolean;
}

export function wordAt(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token?.kind === 'word' ? token.text : null;
}

/** An interval that needs the publication day; unresolved without it. */
export function resolveRelative(compute: (published: number) => ResolvedTime | null): TimeReading['resolve'] {
  return (published) => (published === null ? null : compute(published));
}

/** An interval that the text fixes on its own. */
export function resolveAbsolute(time: ResolvedTime | null): TimeReading['resolve'] {
  return () => time;
}

export function makeInterval(from: number, to: number, precision: ResolvedTime['precision']): ResolvedTime {
  return { from, to, precision, weekdayConflict: false };
}

/** Reads a fixed word sequence at `index`; returns the index after it or null. */
export function readWords(tokens: readonly Token[], index: number, words: readonly string[]): number | null {
  for (let k = 0; k < words.length; k++) {
    if (wordAt(tokens, index + k) !== words[k]) return null;
  }
  return index + words.length;
}

/** Reads the longest of several word sequences at `index`; returns the index after it or null. */
export function readAnyWords(tokens: readonly Token[], index: number, phrases: ReadonlyArray<readonly string[]>): number | null {
  let best: number | null = null;
  for (const phrase of phrases) {
    const next = readWords(tokens, index, phrase);
    if (next !== null && (best === null || next > best)) best = next;
  }
  return best;
}
