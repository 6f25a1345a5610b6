/**
 * The rows as sent to the statements of a batch write (write-statements.ts, incident linking's
 * search, the derived increments): the fewest values that carry them. The driver packs every value on Node's one thread (about a microsecond each, keys
 * included), and during ingestion Neo4j waits for those bytes: a batch of 100 reports sent some
 * 90,000 values. So rows leave out what the statement reads as null anyway (a missing key reads
 * as null in Cypher) and what it can derive from the rest of the row.
 */
import type { EntityRow, EventRow, LinkRow } from './extraction-rows.js';

type Row = Record<string, unknown>;

/** The entries of `row` whose value is not null or undefined: Cypher reads a missing key as null. */
export function withoutNulls<T extends object>(row: T): Partial<T> {
  const kept: Row = {};
  for (const [key, value] of Object.entries(row)) if (value !== null && value !== undefined) kept[key] = value;
  return kept as Partial<T>;
}

/**
 * An event as CREATE_EVENTS reads it. Participants travel as three id lists instead of one map
 * each: `agents`, `targets`, and `linked` — those whose participation carries a `linkKey`
 * (`<type>|<actor id>`), which the statement builds from the event's type. The mention spans are
 * left out when they are just the evidence span.
 */
export function eventStatementRow(event: EventRow): Row {
  const onlyEvidence =
    event.mentionStarts.length === 1 && event.mentionStarts[0] === event.start && event.mentionEnds.length === 1 && event.mentionEnds[0] === event.end;
  const linked = event.participants.filter((participant) => participant.linkKey !== null).map((participant) => participant.id);
  return withoutNulls({
    props: withoutNulls(event.props),
    killed: event.killed,
    injured: event.injured,
    agents: event.participants.filter((participant) => participant.role === 'agent').map((participant) => participant.id),
    targets: event.participants.filter((participant) => participant.role === 'target').map((participant) => participant.id),
    linked: linked.length > 0 ? linked : null,
    locations: event.locations,
    start: event.start,
    end: event.end,
    evidence: event.evidence,
    // Usually the event's one mention is its evidence: the statement then takes [start] and [end].
    ...(onlyEvidence ? {} : { mentionStarts: event.mentionStarts, mentionEnds: event.mentionEnds }),
    sourceText: event.sourceText,
    attributedTo: event.attributedTo.length > 0 ? event.attributedTo : null,
  });
}

/**
 * An actor or place as UPSERT_ACTORS / UPSERT_LOCATIONS read it. A mention carries what its report
 * called the entity (`said`: name, nameAr, type, aliases) only where that differs from the row —
 * usually it does not (a lexicon entity is named alike by every report), and the statement then
 * takes the row's own.
 */
export function entityStatementRow(entity: EntityRow): Row {
  const { label: _label, ...fields } = entity;
  return withoutNulls({
    ...fields,
    mentions: entity.mentions.map((mention) => {
      const same =
        mention.name === entity.name &&
        mention.nameAr === entity.nameAr &&
        mention.type === entity.type &&
        mention.aliases.length === entity.aliases.length &&
        mention.aliases.every((alias, index) => alias === entity.aliases[index]);
      const place = { reportId: mention.reportId, starts: mention.starts, ends: mention.ends };
      return same ? place : { ...place, said: { name: mention.name, nameAr: mention.nameAr, type: mention.type, aliases: mention.aliases } };
    }),
  });
}

/** A report as CREATE_REPORTS reads it: its content hash and its properties but the null ones. */
export function reportStatementRow(report: { contentHash: string; props: object }): Row {
  return { contentHash: report.contentHash, props: withoutNulls(report.props) };
}

/** A link row as FIND_MATCHES reads it, with the bounds of its search: the interval itself is not read again. */
export function linkStatementRow(link: LinkRow, bounds: { windowFrom: string; searchFrom: string; searchTo: string }): Row {
  return { id: link.id, reportId: link.reportId, type: link.type, participants: link.participants, locations: link.locations, ...bounds };
}
