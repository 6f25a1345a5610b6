/**
 * Helpers shared by the behaviour tests of {@link extractReport}: run the engine on a sentence or
 * a short report of our own and look up what it made of it. Every span any helper returns has
 * already been checked against the text, so each test also guards the offset contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ExtractedEvent, Extraction, ReportMeta, Span } from '../../../src/domain/extraction.js';
import type { EventType } from '../../../src/domain/vocabulary.js';
import { extractReport } from '../../../src/extract/index.js';

/** The shared dev corpus beside the repository (the `eval` script reads the same place). */
export const DEV_CORPUS_DIRECTORY = new URL('../../../../shared/corpus/dev/', import.meta.url);

/** The texts of the dev reports, in file-name order. */
export function readDevReportTexts(): string[] {
  return readdirSync(DEV_CORPUS_DIRECTORY)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, DEV_CORPUS_DIRECTORY), 'utf8'));
}

/** Every span of an extraction, wherever it sits, with a label saying where. */
export function collectSpans(extraction: Extraction): Array<{ where: string; span: Span }> {
  const spans: Array<{ where: string; span: Span }> = [];
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) spans.push({ where: `entity ${entity.id} mention`, span: mention });
  }
  for (const event of extraction.events) {
    spans.push({ where: `event ${event.id} evidence`, span: event.evidence });
    for (const mention of event.mentions) spans.push({ where: `event ${event.id} mention`, span: mention });
    if (event.time) spans.push({ where: `event ${event.id} time`, span: event.time });
  }
  for (const claim of extraction.claims) spans.push({ where: `claim ${claim.id} evidence`, span: claim.evidence });
  for (const relation of extraction.relations) {
    if (relation.evidence) spans.push({ where: `relation ${relation.subject} ${relation.type} ${relation.object}`, span: relation.evidence });
  }
  return spans;
}

/** The spans of `extraction` that break the offset contract, described for a readable failure. */
export function findBadSpans(text: string, extraction: Extraction): string[] {
  return collectSpans(extraction)
    .filter(({ span }) => !(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length && text.slice(span.start, span.end) === span.text))
    .map(({ where, span }) => `${where}: [${span.start}, ${span.end}) ${JSON.stringify(span.text)}`);
}

/** Extracts `text` and checks that every span it returns is an exact slice of the text. */
export function extract(text: string, meta: ReportMeta = {}): Extraction {
  const extraction = extractReport(text, meta);
  expect(findBadSpans(text, extraction)).toEqual([]);
  return extraction;
}

/** The one event of `type` the engine found in `text` (fails when there is none or several). */
export function onlyEventOfType(text: string, type: EventType, meta: ReportMeta = {}): ExtractedEvent {
  const events = extract(text, meta).events.filter((event) => event.type === type);
  expect(events.map((event) => event.type)).toEqual([type]);
  return events[0] as ExtractedEvent;
}

/** The ids of the entities the engine found in `text`. */
export function entityIdsIn(text: string, meta: ReportMeta = {}): string[] {
  return extract(text, meta).entities.map((entity) => entity.id);
}

/** The types of the events the engine found in `text`. */
export function eventTypesIn(text: string, meta: ReportMeta = {}): EventType[] {
  return extract(text, meta).events.map((event) => event.type);
}
