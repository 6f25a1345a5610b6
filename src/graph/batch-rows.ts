/**
 * Joins the rows of several prepared reports into one set per statement, so a transaction that
 * writes N reports still sends one UNWIND per kind of thing: an entity named by three reports
 * becomes one row carrying three mentions; a relation stated by two, one row with both reports.
 */
import type { AffiliationRow, ClaimRow, EntityRow, EventRow, PreparedReport, SourceRow } from './extraction-rows.js';

export interface AffiliationBatchRow {
  type: string;
  subjectId: string;
  objectId: string;
  lexiconReportIds: string[];
  statedReportIds: string[];
  evidence: string[];
}

export interface BatchRows {
  actors: EntityRow[];
  locations: EntityRow[];
  sources: SourceRow[];
  events: EventRow[];
  claims: ClaimRow[];
  affiliations: AffiliationBatchRow[];
}

export function combineReports(reports: PreparedReport[]): BatchRows {
  const entities = new Map<string, EntityRow>();
  const sources = new Map<string, SourceRow>();
  for (const report of reports) {
    for (const entity of report.entities) {
      const known = entities.get(entity.id);
      if (known === undefined) entities.set(entity.id, { ...entity, mentions: [...entity.mentions] });
      else {
        known.aliases = [...new Set([...known.aliases, ...entity.aliases])].sort();
        known.mentions.push(...entity.mentions);
        // The same rule as the write (write-statements.ts): the smaller name wins, in any order.
        known.name = smaller(known.name, entity.name) ?? known.name;
        known.nameAr = smaller(known.nameAr, entity.nameAr);
        known.type = smaller(known.type, entity.type) ?? known.type;
        known.wikidataId ??= entity.wikidataId;
        known.geonamesId ??= entity.geonamesId;
        if (known.lat === null) [known.lat, known.lon] = [entity.lat, entity.lon];
      }
    }
    for (const source of report.sources) if (!sources.has(source.id)) sources.set(source.id, source);
  }
  return {
    actors: [...entities.values()].filter((entity) => entity.label === 'Actor'),
    locations: [...entities.values()].filter((entity) => entity.label === 'Location'),
    sources: [...sources.values()],
    events: reports.flatMap((report) => report.events),
    claims: reports.flatMap((report) => report.claims),
    affiliations: combineAffiliations(reports.flatMap((report) => report.affiliations)),
  };
}

function smaller(current: string | null, incoming: string | null): string | null {
  return current === null || (incoming !== null && incoming < current) ? incoming : current;
}

function combineAffiliations(rows: AffiliationRow[]): AffiliationBatchRow[] {
  const byKey = new Map<string, AffiliationBatchRow>();
  for (const row of rows) {
    const key = `${row.type}|${row.subjectId}|${row.objectId}`;
    let combined = byKey.get(key);
    if (combined === undefined) {
      combined = { type: row.type, subjectId: row.subjectId, objectId: row.objectId, lexiconReportIds: [], statedReportIds: [], evidence: [] };
      byKey.set(key, combined);
    }
    if (row.provenance === 'lexicon') combined.lexiconReportIds.push(row.reportId);
    else combined.statedReportIds.push(row.reportId);
    if (row.evidence !== null) combined.evidence.push(row.evidence);
  }
  return [...byKey.values()];
}
