import { describe, expect, it } from 'vitest';
import { describeTime } from '../../../src/extract/time/describe-time.js';

const span = { text: 'النص', start: 0, end: 4 };

describe('describeTime', () => {
  it('glosses a single day', () => {
    expect(describeTime({ ...span, from: '2024-03-14', to: '2024-03-14', precision: 'day' })).toBe('2024-03-14 (day): النص');
  });

  it('glosses an interval', () => {
    expect(describeTime({ ...span, from: '2024-03-07', to: '2024-03-13', precision: 'week' })).toBe('2024-03-07 to 2024-03-13 (week): النص');
  });

  it('glosses an open-ended interval', () => {
    expect(describeTime({ ...span, from: '2017-01-01', to: null, precision: 'year' })).toBe('since 2017-01-01 (year): النص');
  });

  it('glosses an unresolved phrase', () => {
    expect(describeTime({ ...span, from: null, to: null, precision: 'unknown' })).toBe('unresolved: النص');
  });
});
