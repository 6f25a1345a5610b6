/**
 * The ids of the nodes the graph layer mints itself. Actor and Location ids come from the
 * extractor (stable across reports); reports, events, claims, sources and incidents get theirs here.
 */

const REPORT_PREFIX = 'report:';

/** `report:` and the first 16 hex digits of the text's sha256: the same text always has the same id. */
export function reportIdFor(contentHash: string): string {
  return `${REPORT_PREFIX}${contentHash.slice(0, 16)}`;
}

/** Events are accounts given by one report, so their ids are report-scoped: `event:<report key>:<index>`. */
export function eventNodeId(reportId: string, index: number): string {
  return `event:${reportKey(reportId)}:${index}`;
}

export function claimNodeId(reportId: string, index: number): string {
  return `claim:${reportKey(reportId)}:${index}`;
}

/** An incident is named after the event that opened it: `incident:<report key>:<index>`. */
export function incidentIdFor(eventId: string): string {
  return `incident:${eventId.slice('event:'.length)}`;
}

/**
 * An unnamed source (a correspondent, "local sources", an analyst) is only identifiable within
 * its outlet: `source:<outlet>:<folded phrase>`, so «مصادر محلية» of SY24 in two reports is one node,
 * and the same phrase in another outlet is another.
 */
export function sourceNodeId(outlet: string | null, phrase: string): string {
  return `source:${foldForId(outlet ?? 'unknown outlet')}:${foldForId(phrase)}`;
}

function reportKey(reportId: string): string {
  return reportId.startsWith(REPORT_PREFIX) ? reportId.slice(REPORT_PREFIX.length) : reportId;
}

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * A folded key for ids: NFKC, Arabic marks and tatweel dropped, أ/إ/آ/ٱ → ا, ى → ي, ة → ه,
 * lower case, everything that is not a letter or digit collapsed to one `-`.
 */
export function foldForId(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return folded.length > 0 ? folded : 'unnamed';
}
