/**
 * Nodes by id, for every label the API exposes, one statement per call whatever the number of ids
 * (the API's DataLoaders batch a whole field level into one call). Returns a map id → properties;
 * unknown ids are simply absent. Places carry `lat`/`lon` instead of the driver's Point.
 */
import type { GraphConnection } from './driver.js';
import { runRead, type ReadRow } from './read-query.js';

export const NODE_LABELS = ['Actor', 'Location', 'Event', 'Claim', 'Report', 'Source', 'Incident', 'Correction'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The label a model id belongs to, by its prefix (see node-ids.ts); null for a foreign id. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const label = { actor: 'Actor', location: 'Location', event: 'Event', claim: 'Claim', report: 'Report', source: 'Source', incident: 'Incident', correction: 'Correction' }[prefix];
  return (label as NodeLabel | undefined) ?? null;
}

const PROJECTION: Record<NodeLabel, string> = {
  Actor: 'n {.*}',
  Location: 'n {.*, point: null, lat: n.point.latitude, lon: n.point.longitude}',
  Event: 'n {.*}',
  Claim: 'n {.*}',
  Report: 'n {.*}',
  Source: 'n {.*}',
  Incident: 'n {.*}',
  Correction: 'n {.*}',
};

const STATEMENTS = new Map(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${PROJECTION[label]} AS node`]),
);

export async function readNodesByIds(graph: GraphConnection, label: NodeLabel, ids: readonly string[]): Promise<Map<string, ReadRow>> {
  if (ids.length === 0) return new Map();
  const rows = await runRead(graph, `read${label}s`, STATEMENTS.get(label) as string, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String((row.node as ReadRow).id), row.node as ReadRow]));
}

/** The projection of a node bound to `variable`, for statements elsewhere in graph/. */
export function projectNode(label: NodeLabel, variable: string): string {
  return PROJECTION[label].replace(/\bn\b/g, variable);
}
