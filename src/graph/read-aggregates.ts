/**
 * Event counts for an analyst's dashboard, grouped by type, actor, place or period, over the
 * events the filter keeps. `events` counts reports' accounts; `incidents` counts the happenings
 * they describe (three reports of one attack: 3 events, 1 incident).
 */
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.js';
import { EVENT_DATE_KEY, eventFilterCypher, type EventFilter } from './read-event-filter.js';
import { runRead } from './read-query.js';

export type CountDimension = 'TYPE' | 'ACTOR' | 'PLACE' | 'YEAR' | 'MONTH' | 'DAY';

export interface CountRow {
  key: string;
  label: string;
  events: number;
  incidents: number;
}

const GROUPING: Record<CountDimension, { match: string; key: string; label: string }> = {
  TYPE: { match: '', key: 'e.type', label: 'e.type' },
  ACTOR: { match: 'MATCH (g:Actor)-[:PARTICIPATED_IN]->(e)', key: 'g.id', label: 'g.name' },
  PLACE: { match: 'MATCH (e)-[:OCCURRED_AT]->(g:Location)', key: 'g.id', label: 'g.name' },
  YEAR: { match: '', key: `substring(${EVENT_DATE_KEY}, 0, 4)`, label: `substring(${EVENT_DATE_KEY}, 0, 4)` },
  MONTH: { match: '', key: `substring(${EVENT_DATE_KEY}, 0, 7)`, label: `substring(${EVENT_DATE_KEY}, 0, 7)` },
  DAY: { match: '', key: EVENT_DATE_KEY, label: EVENT_DATE_KEY },
};

export async function readEventCounts(graph: GraphConnection, by: CountDimension, filter: EventFilter | null, limit: number): Promise<CountRow[]> {
  const { where, parameters } = eventFilterCypher(filter);
  const grouping = GROUPING[by];
  const rows = await runRead(
    graph,
    'readEventCounts',
    `MATCH (e:Event) WHERE ${where}
${grouping.match}
WITH e, ${grouping.key} AS key, ${grouping.label} AS label WHERE key IS NOT NULL AND key <> ''
OPTIONAL MATCH (e)-[:DESCRIBES]->(i:Incident)
RETURN key, label, count(DISTINCT e) AS events, count(DISTINCT i) AS incidents
ORDER BY events DESC, key LIMIT $limit`,
    { ...parameters, limit: neo4j.int(limit) },
  );
  return rows.map((row) => ({ key: String(row.key), label: String(row.label ?? row.key), events: Number(row.events), incidents: Number(row.incidents) }));
}
