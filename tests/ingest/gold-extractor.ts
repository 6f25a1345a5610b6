/** A test {@link Extractor} that answers with the gold extraction of each dev corpus text, and counts its calls. */
import type { Extraction } from '../../src/domain/extraction.js';
import type { Extractor } from '../../src/ingest/index.js';
import { allDevReports } from '../graph/fixture-reports.js';

export function goldExtractor(overrides: Map<string, () => Extraction> = new Map()): Extractor & { calls: number } {
  const byText = new Map(allDevReports().map((report) => [report.text, report.extraction]));
  const extract = Object.assign(
    (text: string): Extraction => {
      extract.calls += 1;
      const override = overrides.get(text);
      if (override) return override();
      const extraction = byText.get(text);
      if (extraction === undefined) throw new Error('no gold for this text');
      return extraction;
    },
    { calls: 0 },
  );
  return extract;
}
