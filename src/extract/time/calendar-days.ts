/** Dates as whole days since 1970-01-01 (UTC), so adding days and finding weekdays is plain arithmetic. */

const MILLISECONDS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date; the month is 1–12. Out-of-range parts roll over. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY);
}

/** Calendar parts of a day number; the month is 1–12. */
export function toCalendarDate(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MILLISECONDS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function formatIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses a strict ISO `YYYY-MM-DD`; returns null for anything else or an impossible date (2024-02-30). */
export function parseIsoDate(iso: string | null): number | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? toDayNumber(year, month, day) : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return toDayNumber(year, month + 1, 1) - toDayNumber(year, month, 1);
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The latest day on or before `dayNumber` (strictly before when `strict`) that falls on `weekday`. */
export function findMostRecentWeekday(dayNumber: number, weekday: number, strict: boolean): number {
  const back = (weekdayOf(dayNumber) - weekday + 7) % 7;
  return dayNumber - (back === 0 && strict ? 7 : back);
}

/** First and last day of the month `offset` months away from the month of `dayNumber`. */
export function findMonth(dayNumber: number, offset: number): { from: number; to: number } {
  const { year, month } = toCalendarDate(dayNumber);
  return { from: toDayNumber(year, month + offset, 1), to: toDayNumber(year, month + offset + 1, 1) - 1 };
}

/** First and last day of a calendar year. */
export function findYear(year: number): { from: number; to: number } {
  return { from: toDayNumber(year, 1, 1), to: toDayNumber(year, 12, 31) };
}
