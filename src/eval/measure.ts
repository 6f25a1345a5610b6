/** Precision, recall and F1 from counts, and the per-category result with its errors listed. */

/** One false positive or false negative, described for a person reading the scores. */
export interface Finding {
  /** What was missed or invented, e.g. `KILLING` or `Tafas` or `ATTACK agents: ISIS`. */
  label: string;
  /** The text that states it: gold evidence for misses, system evidence for spurious items. */
  evidence: string | null;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Measure extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One scored category of one report. The counts of errors are the lengths of the lists. */
export interface CategoryScore {
  truePositives: number;
  /** System items without a gold partner. */
  falsePositives: Finding[];
  /** Gold items without a system partner. */
  falseNegatives: Finding[];
  measure: Measure;
}

/**
 * P/R/F1 of the counts. Nothing expected and nothing produced is a perfect score (1, 1, 1), so a
 * report without claims does not lower a perfect system's average; otherwise an empty denominator
 * gives 0.
 */
export function computeMeasure(counts: Counts): Measure {
  const { truePositives, falsePositives, falseNegatives } = counts;
  if (truePositives + falsePositives + falseNegatives === 0) {
    return { ...counts, precision: 1, recall: 1, f1: 1 };
  }
  const produced = truePositives + falsePositives;
  const expected = truePositives + falseNegatives;
  const precision = produced === 0 ? 0 : truePositives / produced;
  const recall = expected === 0 ? 0 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** A category score from its true-positive count and its error lists. */
export function buildCategoryScore(truePositives: number, falsePositives: Finding[], falseNegatives: Finding[]): CategoryScore {
  const measure = computeMeasure({
    truePositives,
    falsePositives: falsePositives.length,
    falseNegatives: falseNegatives.length,
  });
  return { truePositives, falsePositives, falseNegatives, measure };
}

/** Micro-average: the sum of the counts, measured once. */
export function sumMeasures(measures: Counts[]): Measure {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const counts of measures) {
    total.truePositives += counts.truePositives;
    total.falsePositives += counts.falsePositives;
    total.falseNegatives += counts.falseNegatives;
  }
  return computeMeasure(total);
}
