/**
 * The audit trail of analysts' changes: every correction is a `(:Correction {id, kind, by, at,
 * note, targetId, details})-[:CORRECTS]->(target)` node, written in the transaction that makes the
 * change. It outlives its target: if the corrected event is retracted with its report, the edge
 * goes and the node keeps `targetId`, so "who changed what, when" is never lost.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { PLANNED_ONCE } from './planned-once.js';

export const CORRECTION_KINDS = ['CHANGE_EVENT_TYPE', 'ADD_PARTICIPANT', 'REMOVE_PARTICIPANT', 'MERGE_ACTORS', 'ADD_ALIAS'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** Who asks for a change, and why: recorded on the Correction. */
export interface CorrectionAuthor {
  /** The caller, e.g. `key:1a2b3c4d` (see api/api-keys.ts) or `cli:<user>`. */
  by: string;
  note?: string | null;
}

export interface CorrectionRecord {
  id: string;
  kind: CorrectionKind;
  by: string;
  at: string;
  note: string | null;
  targetId: string;
  /** What changed, as JSON: `{"from": "ATTACK", "to": "CLASH"}`, `{"actorId": …, "role": …}`… */
  details: string;
}

const RECORD = `${PLANNED_ONCE}
CALL () {
  MATCH (target:Event {id: $targetId}) RETURN target
  UNION
  MATCH (target:Actor {id: $targetId}) RETURN target
}
CREATE (correction:Correction)
SET correction = $props
CREATE (correction)-[:CORRECTS]->(target)
RETURN correction {.*} AS correction`;

export async function recordCorrection(
  tx: ManagedTransaction,
  kind: CorrectionKind,
  targetId: string,
  author: CorrectionAuthor,
  details: Record<string, unknown>,
): Promise<CorrectionRecord> {
  const props: CorrectionRecord = {
    id: `correction:${randomUUID()}`,
    kind,
    by: author.by,
    at: new Date().toISOString(),
    note: author.note ?? null,
    targetId,
    details: JSON.stringify(details),
  };
  const result = await tx.run(RECORD, { targetId, props });
  return result.records[0]?.get('correction') as CorrectionRecord;
}
