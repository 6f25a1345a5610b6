import { describe, expect, it } from 'vitest';
import {
  findMonth,
  findMostRecentWeekday,
  formatIsoDate,
  parseIsoDate,
  weekdayOf,
} from '../../../src/extract/time/calendar-days.js';

const day = (iso: string) => parseIsoDate(iso)!;

describe('calendar days', () => {
  it('round-trips an ISO date', () => {
    expect(formatIsoDate(day('2024-02-29'))).toBe('2024-02-29');
  });

  it('rejects impossible and malformed dates', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('14/03/2024')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('knows 2024-03-14 was a Thursday', () => {
    expect(weekdayOf(day('2024-03-14'))).toBe(4);
  });

  it('finds the most recent weekday on or before a day, or strictly before it', () => {
    expect(formatIsoDate(findMostRecentWeekday(day('2024-03-14'), 4, false))).toBe('2024-03-14');
    expect(formatIsoDate(findMostRecentWeekday(day('2024-03-14'), 4, true))).toBe('2024-03-07');
    expect(formatIsoDate(findMostRecentWeekday(day('2024-03-14'), 5, false))).toBe('2024-03-08');
  });

  it('finds the previous calendar month across a year boundary', () => {
    const month = findMonth(day('2024-01-20'), -1);
    expect([formatIsoDate(month.from), formatIsoDate(month.to)]).toEqual(['2023-12-01', '2023-12-31']);
  });
});
