/** Plain-text rendering of corpus scores: a fixed-width table, and with `verbose` every error. */
import type { Finding, Measure } from './measure.js';
import { SCORED_CATEGORIES, type CorpusScore, type ReportScore, type ScoredCategory } from './score.js';

const CATEGORY_HEADINGS: Record<ScoredCategory, string> = {
  actors: 'actors',
  locations: 'locations',
  events: 'events',
  eventArguments: 'arguments',
  claims: 'claims',
  relations: 'relations',
};

const NUMBER_WIDTH = 10;
const MAXIMUM_NAME_WIDTH = 56;

/**
 * The score table: one row per report with the F1 of each category, the dates resolved out of
 * those checked, dates after publication (`late`) and non-event violations, then a micro-averaged
 * total row, then precision, recall and F1 with raw counts per category. With `verbose`, a
 * section lists every false negative (`missed`) and false positive (`spurious`) with its evidence.
 */
export function formatScore(score: CorpusScore, options: { verbose?: boolean } = {}): string {
  const lines = [...formatReportTable(score), '', ...formatMeasureTable(score)];
  if (options.verbose) lines.push('', ...score.reports.flatMap(formatReportErrors));
  return `${lines.join('\n')}\n`;
}

function formatReportTable(score: CorpusScore): string[] {
  const names = score.reports.map((report) => shortenName(report.file));
  const nameWidth = Math.min(MAXIMUM_NAME_WIDTH, Math.max('total (micro)'.length, ...names.map((name) => name.length)));
  const headings = [...SCORED_CATEGORIES.map((category) => CATEGORY_HEADINGS[category]), 'dates', 'late', 'non-events'];
  const row = (name: string, cells: string[]): string =>
    [fit(name, nameWidth), ...cells.map((cell) => cell.padStart(NUMBER_WIDTH))].join(' ').trimEnd();
  const lines = [row('report', headings), '-'.repeat(nameWidth + (NUMBER_WIDTH + 1) * headings.length)];
  score.reports.forEach((report, index) => {
    lines.push(row(names[index] ?? report.file, [
      ...SCORED_CATEGORIES.map((category) => formatRatio(report[category].measure.f1)),
      `${report.dates.resolved.length}/${report.dates.checked}`,
      String(report.dates.wrong.length),
      String(report.nonEventViolations.length),
    ]));
  });
  lines.push(row('total (micro)', [
    ...SCORED_CATEGORIES.map((category) => formatRatio(score[category].f1)),
    `${score.dates.resolved}/${score.dates.checked}`,
    String(score.dates.wrong),
    String(score.nonEventViolations),
  ]));
  return lines;
}

function formatMeasureTable(score: CorpusScore): string[] {
  const headings = ['tp', 'fp', 'fn', 'precision', 'recall', 'f1'];
  const row = (name: string, cells: string[]): string =>
    [fit(name, 16), ...cells.map((cell) => cell.padStart(NUMBER_WIDTH))].join(' ');
  const cellsOf = (measure: Measure): string[] => [
    String(measure.truePositives),
    String(measure.falsePositives),
    String(measure.falseNegatives),
    formatRatio(measure.precision),
    formatRatio(measure.recall),
    formatRatio(measure.f1),
  ];
  return [
    row('micro-averaged', headings),
    ...SCORED_CATEGORIES.map((category) => row(CATEGORY_HEADINGS[category], cellsOf(score[category]))),
  ];
}

function formatReportErrors(report: ReportScore): string[] {
  const lines: string[] = [];
  const add = (section: string, verdict: string, finding: Finding): void => {
    const evidence = finding.evidence === null ? '' : ` — «${finding.evidence}»`;
    lines.push(`  ${section.padEnd(11)} ${verdict.padEnd(10)} ${finding.label}${evidence}`);
  };
  for (const category of SCORED_CATEGORIES) {
    for (const finding of report[category].falseNegatives) add(CATEGORY_HEADINGS[category], 'missed', finding);
    for (const finding of report[category].falsePositives) add(CATEGORY_HEADINGS[category], 'spurious', finding);
  }
  for (const dated of report.dates.unresolved) {
    add('dates', 'unresolved', { label: `${dated.type} (${dated.when})`, evidence: dated.evidence });
  }
  for (const dated of report.dates.wrong) {
    add('dates', 'late', { label: `${dated.type} (${dated.when}) dated ${dated.from}–${dated.to ?? '?'}`, evidence: dated.evidence });
  }
  for (const { event, nonEvents } of report.nonEventViolations) {
    const why = nonEvents.map((nonEvent) => `${nonEvent.why} «${nonEvent.evidence}»`).join('; ');
    add('non-events', 'violated', { label: `${event.type} ${event.id} inside ${why}`, evidence: event.evidence.text });
  }
  for (const warning of report.spanWarnings) lines.push(`  ${'spans'.padEnd(11)} ${'warning'.padEnd(10)} ${warning}`);
  return lines.length === 0 ? [] : [shortenName(report.file), ...lines, ''];
}

function shortenName(file: string): string {
  return file.replace(/\.(txt|json)$/u, '');
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function formatRatio(value: number): string {
  return value.toFixed(3);
}
