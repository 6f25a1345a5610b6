/**
 * The port through which ingestion extracts: text and metadata in, an {@link Extraction} out. The
 * real one is `extractReport` of src/extract/; main.ts wires it, tests inject their own.
 */
import type { Extraction, ReportMeta } from '../domain/extraction.js';

export type Extractor = (text: string, meta: ReportMeta) => Extraction;
