/**
 * An analyst's alias for an actor («أبو محمد الجولاني» for Ahmed al-Sharaa): searchable at once
 * (the full-text index covers `aliases`), recorded as a correction, and kept in `analystAliases`
 * so that a retraction, which settles aliases from the remaining reports, keeps it too.
 */
import { EventGraphError } from '../domain/errors.js';
import { recordCorrection, type CorrectionAuthor, type CorrectionRecord } from './correction-log.js';
import type { GraphConnection } from './driver.js';
import { PLANNED_ONCE } from './planned-once.js';
import { runWrite } from './run-write.js';

export const MAX_ALIAS_LENGTH = 200;

const ADD_ALIAS = `${PLANNED_ONCE}
MATCH (actor:Actor {id: $actorId})
WITH actor, $alias IN actor.aliases AS known
SET actor.aliases = COLLECT { UNWIND actor.aliases + $alias AS alias RETURN DISTINCT alias ORDER BY alias },
  actor.analystAliases = COLLECT { UNWIND coalesce(actor.analystAliases, []) + $alias AS alias RETURN DISTINCT alias ORDER BY alias }
RETURN known`;

export async function addAlias(graph: GraphConnection, actorId: string, alias: string, author: CorrectionAuthor): Promise<{ actorId: string; correction: CorrectionRecord }> {
  const trimmed = alias.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ALIAS_LENGTH) {
    throw new EventGraphError('BAD_USER_INPUT', `alias must be 1 to ${MAX_ALIAS_LENGTH} characters of text.`);
  }
  return runWrite(graph, 'addAlias', async (tx) => {
    const found = (await tx.run(ADD_ALIAS, { actorId, alias: trimmed })).records[0];
    if (found === undefined) throw new EventGraphError('NOT_FOUND', `No actor has the id ${actorId}: find it with the actors or search query.`);
    if (found.get('known') === true) throw new EventGraphError('BAD_USER_INPUT', `«${trimmed}» is already an alias of ${actorId}.`);
    const correction = await recordCorrection(tx, 'ADD_ALIAS', actorId, author, { alias: trimmed });
    return { actorId, correction };
  });
}
