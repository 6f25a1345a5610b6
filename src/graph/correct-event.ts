/**
 * An analyst's corrections to one event: its type, or who took part. Each runs in one write
 * transaction, re-settles the event (incidents, derived relations: resettle-events.ts) and is
 * recorded with who asked and when (correction-log.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { EventGraphError } from '../domain/errors.js';
import { recordCorrection, type CorrectionAuthor, type CorrectionRecord } from './correction-log.js';
import type { GraphConnection } from './driver.js';
import type { StoredEvent } from './link-incidents.js';
import { PLANNED_ONCE } from './planned-once.js';
import { readEventsAsStored, resettleEvents } from './resettle-events.js';
import { runWrite } from './run-write.js';

export type ParticipantRole = 'agent' | 'target';

/** The export codes that go with an event type (CAMEO, PLOVER, ACLED), as the Event node stores them. */
export interface EventCodes {
  cameo: string | null;
  ploverType: string | null;
  ploverMode: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
}

export interface EventCorrection {
  eventId: string;
  correction: CorrectionRecord;
}

async function readEvent(tx: ManagedTransaction, eventId: string): Promise<StoredEvent> {
  const [event] = await readEventsAsStored(tx, [eventId]);
  if (event === undefined) throw new EventGraphError('NOT_FOUND', `No event has the id ${eventId}: event ids look like event:0123456789abcdef:3.`);
  return event;
}

const SET_TYPE = `${PLANNED_ONCE}
MATCH (event:Event {id: $eventId})
SET event += $codes, event.type = $type
WITH event
OPTIONAL MATCH (actor:Actor)-[participation:PARTICIPATED_IN]->(event)
WHERE participation.linkKey IS NOT NULL
SET participation.linkKey = $type + '|' + actor.id`;

export function changeEventType(
  graph: GraphConnection,
  eventId: string,
  type: string,
  codes: EventCodes,
  author: CorrectionAuthor,
): Promise<EventCorrection> {
  return runWrite(graph, 'changeEventType', async (tx) => {
    const before = await readEvent(tx, eventId);
    if (before.type === type) throw new EventGraphError('BAD_USER_INPUT', `The event ${eventId} is already of type ${type}.`);
    await tx.run(SET_TYPE, { eventId, type, codes });
    await resettleEvents(tx, [before]);
    const correction = await recordCorrection(tx, 'CHANGE_EVENT_TYPE', eventId, author, { from: before.type, to: type });
    return { eventId, correction };
  });
}

/**
 * The properties of a new participation of `actor` in `event`, as ingestion writes them. Incident
 * linking seeks on `linkKey`: a participant gets one when the event can be linked at all (it has
 * a date interval) and the actor is not `civilians`.
 */
export const participationProps = (actor: string, event: string, role: string) =>
  `{role: ${role}, linkFrom: ${event}.linkFrom, linkTo: ${event}.linkTo,
  linkKey: CASE WHEN ${event}.linkFrom IS NOT NULL AND ${actor}.type <> 'civilians' THEN ${event}.type + '|' + ${actor}.id END}`;

const ADD_PARTICIPANT = `${PLANNED_ONCE}
MATCH (event:Event {id: $eventId})
MATCH (actor:Actor {id: $actorId})
CREATE (actor)-[:PARTICIPATED_IN ${participationProps('actor', 'event', '$role')}]->(event)`;

const ACTOR_EXISTS = `${PLANNED_ONCE} MATCH (actor:Actor {id: $actorId}) RETURN actor.id AS id`;

export function addParticipant(
  graph: GraphConnection,
  eventId: string,
  actorId: string,
  role: ParticipantRole,
  author: CorrectionAuthor,
): Promise<EventCorrection> {
  return runWrite(graph, 'addParticipant', async (tx) => {
    const before = await readEvent(tx, eventId);
    if ((await tx.run(ACTOR_EXISTS, { actorId })).records.length === 0) {
      throw new EventGraphError('NOT_FOUND', `No actor has the id ${actorId}: find it with the actors or search query.`);
    }
    if ((role === 'agent' ? before.agents : before.targets).includes(actorId)) {
      throw new EventGraphError('BAD_USER_INPUT', `${actorId} is already a ${role} of ${eventId}.`);
    }
    await tx.run(ADD_PARTICIPANT, { eventId, actorId, role });
    await resettleEvents(tx, [before]);
    const correction = await recordCorrection(tx, 'ADD_PARTICIPANT', eventId, author, { actorId, role });
    return { eventId, correction };
  });
}

const REMOVE_PARTICIPANT = `${PLANNED_ONCE}
MATCH (:Actor {id: $actorId})-[participation:PARTICIPATED_IN]->(:Event {id: $eventId})
WHERE $role IS NULL OR participation.role = $role
DELETE participation
RETURN count(*) AS removed`;

/** Removes the actor from the event in `role`, or in every role when `role` is null. */
export function removeParticipant(
  graph: GraphConnection,
  eventId: string,
  actorId: string,
  role: ParticipantRole | null,
  author: CorrectionAuthor,
): Promise<EventCorrection> {
  return runWrite(graph, 'removeParticipant', async (tx) => {
    const before = await readEvent(tx, eventId);
    const removed = (await tx.run(REMOVE_PARTICIPANT, { eventId, actorId, role })).records[0]?.get('removed') as number;
    if (removed === 0) {
      throw new EventGraphError('NOT_FOUND', `${actorId} is not ${role === null ? 'a participant' : `a ${role}`} of ${eventId}: see the event's participants.`);
    }
    await resettleEvents(tx, [before]);
    const correction = await recordCorrection(tx, 'REMOVE_PARTICIPANT', eventId, author, { actorId, role });
    return { eventId, correction };
  });
}
