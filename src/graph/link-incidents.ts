/**
 * Cross-report incident linking. Every event (one report's account of a happening) DESCRIBES
 * exactly one (:Incident). Two events of different reports describe the same incident when they
 * have the same type, share a participant (civilians aside), happened at the same place or one
 * inside the other (LOCATED_IN, countries excluded as containers), and their date intervals come
 * within {@link INCIDENT_WINDOW_DAYS} days. Incidents are the connected groups of that relation,
 * so which reports are joined does not depend on the order they arrive in.
 *
 * Incident ids are kept stable where they can be, and an incident is always named after one of
 * its own events (so a re-ingested report can never land in a stranger's incident): a new
 * incident is named after its first event; when incidents merge, the smallest id survives; when a
 * retraction splits one, the part holding the event it was named after keeps the id and the
 * other parts are named after their first events.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { connectedGroups } from './connected-groups.js';
import { INCIDENT_WINDOW_DAYS, MAX_LINKABLE_SPAN_DAYS, type LinkRow } from './extraction-rows.js';
import { addDays } from './iso-dates.js';
import { incidentIdFor } from './node-ids.js';
import { PLANNED_ONCE } from './planned-once.js';
import { linkStatementRow } from './statement-rows.js';

export interface IncidentMatch {
  eventId: string;
  otherId: string;
  /** The incident of the other event; null for an event written in this same transaction. */
  incidentId: string | null;
}

const FIND_MATCHES = `${PLANNED_ONCE}
UNWIND $rows AS row
WITH row, row.locations + COLLECT {
    MATCH (mine:Location)<-[:LOCATED_IN*1..4]-(inside:Location) WHERE mine.id IN row.locations AND mine.type <> 'country'
    RETURN inside.id
  } + COLLECT {
    MATCH (mine:Location)-[:LOCATED_IN*1..4]->(container:Location) WHERE mine.id IN row.locations AND container.type <> 'country'
    RETURN container.id
  } AS places
UNWIND row.participants AS participantId
MATCH ()-[participation:PARTICIPATED_IN]->(other)
USING INDEX participation:PARTICIPATED_IN(linkKey, linkFrom)
WHERE participation.linkKey = row.type + '|' + participantId
  AND participation.linkFrom >= row.searchFrom AND participation.linkFrom <= row.searchTo
  AND participation.linkTo >= row.windowFrom
  AND other.reportId <> row.reportId
  AND ($within IS NULL OR other.id IN $within)
  AND any(placeId IN other.linkPlaces WHERE placeId IN places)
WITH DISTINCT row.id AS eventId, other
OPTIONAL MATCH (other)-[:DESCRIBES]->(incident:Incident)
RETURN eventId, other.id AS otherId, incident.id AS incidentId`;

/**
 * The events already in the graph, of other reports, that each of `events` may join (only those
 * with ids in `within`, when given). Run it before the new events are created in the same
 * transaction: its index seeks then have no uncommitted participations to merge.
 */
export async function findIncidentMatches(
  tx: ManagedTransaction,
  events: LinkRow[],
  within: string[] | null = null,
): Promise<IncidentMatch[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) =>
    linkStatementRow(event, {
      windowFrom: addDays(event.linkFrom, -INCIDENT_WINDOW_DAYS),
      searchFrom: addDays(event.linkFrom, -INCIDENT_WINDOW_DAYS - MAX_LINKABLE_SPAN_DAYS),
      searchTo: addDays(event.linkTo, INCIDENT_WINDOW_DAYS),
    }),
  );
  const result = await tx.run(FIND_MATCHES, { rows, within });
  return result.records.map((record) => ({
    eventId: record.get('eventId') as string,
    otherId: record.get('otherId') as string,
    incidentId: record.get('incidentId') as string | null,
  }));
}

/** Each place's containers up to four levels out, countries excepted: what "one inside the other" allows. */
const PLACE_CONTAINERS = `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (place:Location {id: id})
RETURN id, COLLECT {
  MATCH (place)-[:LOCATED_IN*1..4]->(container:Location) WHERE container.type <> 'country'
  RETURN DISTINCT container.id
} AS containers`;

/**
 * The pairs among events written together (of different reports) that describe one incident, by
 * the rules of {@link findIncidentMatches}: compared here rather than through the index, which
 * would have to merge the transaction's own new participations into every seek. Places inside
 * one another are checked against the containers of each place the pairs name, read from the
 * graph once per place (not per pair) — after this batch's LOCATED_IN edges are written.
 */
export function matchWithinBatch(tx: ManagedTransaction, events: LinkRow[]): Promise<IncidentMatch[]> {
  const byKey = new Map<string, LinkRow[]>();
  for (const event of events) {
    for (const participant of event.participants) {
      const key = `${event.type}|${participant}`;
      byKey.set(key, [...(byKey.get(key) ?? []), event]);
    }
  }
  const matches = new Map<string, IncidentMatch>();
  const containment = new Map<string, { left: LinkRow; right: LinkRow }>();
  // The last day another event may start on to be joined: computed once per event, not per pair.
  const reach = new Map(events.map((event) => [event.id, addDays(event.linkTo, INCIDENT_WINDOW_DAYS)]));
  for (const sharing of byKey.values()) {
    sharing.forEach((left, index) => {
      for (const right of sharing.slice(index + 1)) {
        const pair = `${left.id} ${right.id}`;
        if (left.reportId === right.reportId || matches.has(pair) || containment.has(pair)) continue;
        if (right.linkFrom > (reach.get(left.id) as string) || left.linkFrom > (reach.get(right.id) as string)) continue;
        if (left.locations.some((place) => right.locations.includes(place))) matches.set(pair, { eventId: left.id, otherId: right.id, incidentId: null });
        else containment.set(pair, { left, right });
      }
    });
  }
  if (containment.size === 0) return Promise.resolve([...matches.values()]);
  const places = [...new Set([...containment.values()].flatMap(({ left, right }) => [...left.locations, ...right.locations]))];
  return tx.run(PLACE_CONTAINERS, { ids: places }).then((result) => {
    const containersOf = new Map(result.records.map((record) => [record.get('id') as string, new Set(record.get('containers') as string[])]));
    const inside = (inner: LinkRow, outer: LinkRow) =>
      inner.locations.some((place) => outer.locations.some((container) => containersOf.get(place)?.has(container)));
    return [
      ...matches.values(),
      ...[...containment.values()]
        .filter(({ left, right }) => inside(left, right) || inside(right, left))
        .map(({ left, right }) => ({ eventId: left.id, otherId: right.id, incidentId: null })),
    ];
  });
}

/** Where a group of new events goes: its incident, and the older incidents merged into it. */
export interface IncidentGroup {
  incidentId: string;
  newEventIds: string[];
  /** Every incident that existed before and is part of this group (including `incidentId` if old). */
  oldIncidentIds: string[];
}

/**
 * Groups new events with each other and with the incidents of the older events they match. A
 * group without older incidents opens one named after its smallest event id; a group touching
 * several merges them into the smallest id.
 */
export function planIncidents(newEventIds: string[], matches: IncidentMatch[]): IncidentGroup[] {
  const pairs = matches.map((match) => [match.eventId, match.incidentId ?? match.otherId] as const);
  return connectedGroups(newEventIds, pairs).map((group) => {
    const oldIncidentIds = group.filter((id) => id.startsWith('incident:'));
    const events = group.filter((id) => !id.startsWith('incident:'));
    return { incidentId: oldIncidentIds[0] ?? incidentIdFor(events[0] as string), newEventIds: events, oldIncidentIds };
  });
}

const MOVE_MEMBERS = `${PLANNED_ONCE}
UNWIND $rows AS row
MERGE (target:Incident {id: row.toId})
WITH target, row
MATCH (member:Event)-[old:DESCRIBES]->(:Incident {id: row.fromId})
WHERE row.eventIds IS NULL OR member.id IN row.eventIds
CREATE (member)-[:DESCRIBES]->(target)
DELETE old`;

const ATTACH_EVENTS = `${PLANNED_ONCE}
UNWIND $rows AS row
MERGE (incident:Incident {id: row.incidentId})
WITH incident, row
UNWIND row.eventIds AS eventId
MATCH (event:Event {id: eventId})
CREATE (event)-[:DESCRIBES]->(incident)`;

/** Recomputes what an incident says of its events; deletes incidents left without any. */
const REFRESH_INCIDENTS = `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (incident:Incident {id: id})
CALL (incident) {
  OPTIONAL MATCH (event:Event)-[:DESCRIBES]->(incident)
  RETURN min(event.type) AS type, min(coalesce(event.date, event.reportedAt)) AS date,
    max(coalesce(event.date, event.reportedAt)) AS dateEnd, count(event) AS eventCount,
    count(DISTINCT event.reportId) AS reportCount, max(event.killed) AS killed, max(event.injured) AS injured
}
FOREACH (_ IN CASE WHEN eventCount > 0 THEN [1] ELSE [] END |
  SET incident.type = type, incident.date = date, incident.dateEnd = dateEnd, incident.eventCount = eventCount,
    incident.reportCount = reportCount, incident.killed = killed, incident.injured = injured)
FOREACH (_ IN CASE WHEN eventCount = 0 THEN [1] ELSE [] END | DETACH DELETE incident)`;

/**
 * Writes the groups of {@link planIncidents}: merges, attachments, then the incidents' summaries.
 * The events of the groups belong to no incident (new ones, or ones resettle-events.ts detached),
 * so they are attached by CREATE.
 */
export async function writeIncidentGroups(tx: ManagedTransaction, groups: IncidentGroup[]): Promise<void> {
  const moves = groups.flatMap((group) =>
    group.oldIncidentIds.filter((id) => id !== group.incidentId).map((fromId) => ({ fromId, toId: group.incidentId, eventIds: null })),
  );
  const touched = [...new Set(groups.flatMap((group) => [group.incidentId, ...group.oldIncidentIds]))];
  // Issued together (pipelined); the server runs them in this order.
  await Promise.all([
    moves.length > 0 ? tx.run(MOVE_MEMBERS, { rows: moves }) : null,
    tx.run(ATTACH_EVENTS, { rows: groups.map((group) => ({ incidentId: group.incidentId, eventIds: group.newEventIds })) }),
    tx.run(REFRESH_INCIDENTS, { ids: touched }),
  ]);
}

/** An event as stored, with what linking and derived relations need of it. */
export interface StoredEvent {
  id: string;
  incidentId: string;
  type: string;
  reportId: string;
  agents: string[];
  targets: string[];
  locations: string[];
  link: LinkRow | null;
}

const READ_MEMBERS = `${PLANNED_ONCE}
MATCH (incident:Incident)<-[:DESCRIBES]-(event:Event)
WHERE incident.id IN $ids AND NOT event.reportId IN $excludedReportIds
RETURN incident.id AS incidentId, event.id AS id, event.type AS type, event.reportId AS reportId,
  event.linkFrom AS linkFrom, event.linkTo AS linkTo, event.linkPlaces AS linkPlaces,
  [(actor:Actor)-[participation:PARTICIPATED_IN]->(event) WHERE participation.linkKey IS NOT NULL | actor.id] AS participants,
  [(actor:Actor)-[:PARTICIPATED_IN {role: 'agent'}]->(event) | actor.id] AS agents,
  [(actor:Actor)-[:PARTICIPATED_IN {role: 'target'}]->(event) | actor.id] AS targets,
  [(event)-[:OCCURRED_AT]->(place:Location) | place.id] AS locations`;

/** The events of the given incidents, leaving out those of `excludedReportIds`. */
export async function readIncidentMembers(tx: ManagedTransaction, incidentIds: string[], excludedReportIds: string[] = []): Promise<StoredEvent[]> {
  if (incidentIds.length === 0) return [];
  const result = await tx.run(READ_MEMBERS, { ids: incidentIds, excludedReportIds });
  return result.records.map((record) => {
    const event = record.toObject() as Omit<StoredEvent, 'link'> & {
      linkFrom: string | null;
      linkTo: string | null;
      participants: string[];
      linkPlaces: string[] | null;
    };
    return {
      id: event.id,
      incidentId: event.incidentId,
      type: event.type,
      reportId: event.reportId,
      agents: event.agents,
      targets: event.targets,
      locations: event.locations,
      link:
        event.linkFrom !== null && event.linkTo !== null && event.linkPlaces !== null && event.participants.length > 0
          ? { id: event.id, reportId: event.reportId, type: event.type, linkFrom: event.linkFrom, linkTo: event.linkTo, participants: [...new Set(event.participants)], locations: event.linkPlaces }
          : null,
    };
  });
}

/**
 * After events left some incidents (a retraction), splits each into the groups its remaining
 * events still form, and deletes those left empty. `members` are the remaining events of those
 * incidents ({@link readIncidentMembers}). Returns the ids of every incident touched.
 */
export async function regroupIncidents(tx: ManagedTransaction, incidentIds: string[], members: StoredEvent[]): Promise<string[]> {
  const linkable = members.flatMap((member) => (member.link ? [member.link] : []));
  const incidentOf = new Map(members.map((member) => [member.id, member.incidentId]));
  const matches = await findIncidentMatches(tx, linkable, members.map((member) => member.id));
  const moves: Array<{ fromId: string; toId: string; eventIds: string[] }> = [];
  for (const incidentId of incidentIds) {
    const own = members.filter((member) => member.incidentId === incidentId).map((member) => member.id);
    const pairs = matches
      .filter((match) => incidentOf.get(match.eventId) === incidentId && incidentOf.get(match.otherId) === incidentId)
      .map((match) => [match.eventId, match.otherId] as const);
    // An incident is always named after one of its events: that part keeps the id; the other
    // parts (all of them, when that event was retracted) are named after their own first event.
    const groups = connectedGroups(own, pairs);
    const keeper = groups.find((group) => group.some((eventId) => incidentIdFor(eventId) === incidentId));
    for (const group of groups) {
      if (group !== keeper) moves.push({ fromId: incidentId, toId: incidentIdFor(group[0] as string), eventIds: group });
    }
  }
  if (moves.length > 0) await tx.run(MOVE_MEMBERS, { rows: moves });
  const touched = [...new Set([...incidentIds, ...moves.map((move) => move.toId)])];
  await tx.run(REFRESH_INCIDENTS, { ids: touched });
  return touched;
}
