/**
 * Bad input to {@link extractReport}: a clear EventGraphError or an empty extraction, never a
 * crash, a hang or an offset outside the text.
 */
import { describe, expect, it } from 'vitest';
import { EventGraphError } from '../../../src/domain/errors.js';
import type { Extraction } from '../../../src/domain/extraction.js';
import { extractReport, MAX_REPORT_CHARACTERS } from '../../../src/extract/index.js';
import { collectSpans, extract, readDevReportTexts } from './engine-fixtures.js';

/** Everything an extraction found, without the report header. */
const findings = (extraction: Extraction) => ({
  entities: extraction.entities,
  events: extraction.events,
  claims: extraction.claims,
  relations: extraction.relations,
});
const NOTHING = { entities: [], events: [], claims: [], relations: [] };

/** The error `work` throws (fails when it throws nothing). */
function errorThrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** Deterministic pseudo-random bytes (a linear congruential generator), like a binary file's. */
function binaryBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('extractReport on bad input', () => {
  it('gives an empty extraction, with no title, for empty text', () => {
    const extraction = extract('');
    expect(findings(extraction)).toEqual(NOTHING);
    expect(extraction.report.title).toBeNull();
  });

  it('gives an empty extraction for whitespace only', () => {
    const extraction = extract(' \n\n\t \r\n\u00A0 ');
    expect(findings(extraction)).toEqual(NOTHING);
    expect(extraction.report.title).toBeNull();
  });

  it('gives an empty extraction for text with neither Arabic nor English', () => {
    expect(findings(extract('Привет мир 12345 ★★★ 你好世界 ΑΒΓ ۱۲۳'))).toEqual(NOTHING);
  });

  it('keeps working and keeps offsets valid amid lone surrogates and control characters', () => {
    const text = '\uD800هاجم تنظيم داعش\u0000 نقطة لقوات النظام\uDFFF في بادية السخنة\u0007.\u001B\r\n\uDBFF';
    const extraction = extract(text);
    expect(extraction.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(['actor:isis', 'actor:syrian-regime-forces']));
  });

  it('gives an extraction with valid offsets and no events for a binary-looking string', () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), binaryBytes(64 * 1024)]);
    for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
      expect(extract(text).events).toEqual([]);
    }
  });

  it('refuses a text over the size limit with BAD_USER_INPUT and a message that says to split it', () => {
    const error = errorThrownBy(() => extractReport('ا'.repeat(MAX_REPORT_CHARACTERS + 1)));
    expect(error).toBeInstanceOf(EventGraphError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((error as Error).message).toMatch(/limit is \d+/);
    expect((error as Error).message).toMatch(/split it into separate reports/i);
  });

  it('refuses a publishedAt that is not a YYYY-MM-DD date with BAD_USER_INPUT naming the expected format', () => {
    for (const publishedAt of ['14/03/2024', '2024-3-14', '', ' 2024-03-14', 'yesterday']) {
      const error = errorThrownBy(() => extractReport('قصفت قوات النظام بلدة سرجة.', { publishedAt }));
      expect(error).toBeInstanceOf(EventGraphError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((error as Error).message).toContain('YYYY-MM-DD');
    }
  });

  it('refuses a text that is not a string with BAD_USER_INPUT', () => {
    const error = errorThrownBy(() => extractReport(42 as unknown as string));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  // No timing assertion: this guards against crashes, hangs and bad offsets on a report of 5 MB.
  it('finishes a 5 MB report made of the dev reports and keeps every offset inside it', () => {
    const corpus = readDevReportTexts().join('\n\n');
    const megabytes = 5 * 1024 * 1024;
    const text = corpus.repeat(Math.ceil(megabytes / Buffer.byteLength(corpus, 'utf8')));
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThanOrEqual(megabytes);
    expect(text.length).toBeLessThan(MAX_REPORT_CHARACTERS);
    const extraction = extract(text);
    expect(extraction.events.length).toBeGreaterThan(0);
    expect(collectSpans(extraction).every(({ span }) => span.end <= text.length)).toBe(true);
  }, 180_000);
});
