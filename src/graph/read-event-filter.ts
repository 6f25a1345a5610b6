/**
 * The event filter analysts use everywhere (events, Actor.events, Location.events, counts) as one
 * Cypher WHERE fragment over the variable `e`, with its parameters. Only parameter names appear
 * in the text; every value travels as a parameter.
 */
export interface EventFilter {
  types?: string[] | null;
  actorIds?: string[] | null;
  /** Places, each with everything LOCATED_IN it (up to four levels down). */
  locationIds?: string[] | null;
  /** ISO dates, inclusive, compared with the event's date (else its report's publication date). */
  from?: string | null;
  to?: string | null;
  reportIds?: string[] | null;
  minConfidence?: number | null;
}

/** The sort key of an event: its own date, else its report's date, else ''. */
export const EVENT_DATE_KEY = "coalesce(e.date, e.reportedAt, '')";

export function eventFilterCypher(filter: EventFilter | null | undefined): { where: string; parameters: Record<string, unknown> } {
  const f = filter ?? {};
  const where = [
    '($f_types IS NULL OR e.type IN $f_types)',
    '($f_actorIds IS NULL OR EXISTS { MATCH (fa:Actor)-[:PARTICIPATED_IN]->(e) WHERE fa.id IN $f_actorIds })',
    `($f_locationIds IS NULL OR EXISTS { MATCH (e)-[:OCCURRED_AT]->(fl:Location)
       WHERE fl.id IN $f_locationIds OR EXISTS { MATCH (fl)-[:LOCATED_IN*1..4]->(fp:Location) WHERE fp.id IN $f_locationIds } })`,
    `($f_from IS NULL OR ${EVENT_DATE_KEY} >= $f_from)`,
    `($f_to IS NULL OR (${EVENT_DATE_KEY} <> '' AND ${EVENT_DATE_KEY} <= $f_to))`,
    '($f_reportIds IS NULL OR e.reportId IN $f_reportIds)',
    '($f_minConfidence IS NULL OR e.confidence >= $f_minConfidence)',
  ].join('\n  AND ');
  return {
    where,
    parameters: {
      f_types: f.types ?? null,
      f_actorIds: f.actorIds ?? null,
      f_locationIds: f.locationIds ?? null,
      f_from: f.from ?? null,
      f_to: f.to ?? null,
      f_reportIds: f.reportIds ?? null,
      f_minConfidence: f.minConfidence ?? null,
    },
  };
}
