/** Relational fields of Location, Claim, Report and the answer types, each batched per level. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  readClaimAbout, readContainment, readEvidence, readLocationEvents, readReportClaims, readReportEvents, readReportMentions, readSources,
} from '../graph/read-fields.js';
import type { ReadRow } from '../graph/read-query.js';
import { MAX_NESTED } from './actor.resolver.js';
import { ActorRelation, Attribution, Evidence, Mention, PathLink } from './analysis.types.js';
import type { ApiContext } from './context.js';
import { Claim, ClaimSubject, Event, Location, Report } from './graph.types.js';
import { EventFilterInput } from './inputs.js';
import { checkEventFilter, checkLimit } from './validate-input.js';

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => [Event], { description: 'Events here, and (contained: true) anywhere inside it; earliest first.' })
  async events(
    @Root() location: Location,
    @Ctx() context: ApiContext,
    @Arg('contained', () => Boolean, { defaultValue: true }) contained: boolean,
    @Arg('filter', () => EventFilterInput, { nullable: true }) filter: EventFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Event[]> {
    checkLimit('first', first, MAX_NESTED);
    checkEventFilter(filter);
    const rows = await context.loaders
      .field('Location.events', { contained, filter, first }, (ids) => readLocationEvents(context.graph, ids, contained, filter, first))
      .load(location.id);
    return rows.map((row) => row.node) as unknown as Event[];
  }

  @FieldResolver(() => [Location], { description: 'The places it lies in (LOCATED_IN).' })
  async within(@Root() location: Location, @Ctx() context: ApiContext): Promise<Location[]> {
    const rows = await context.loaders.field('Location.within', null, (ids) => readContainment(context.graph, ids, true)).load(location.id);
    return rows.map((row) => row.node) as unknown as Location[];
  }

  @FieldResolver(() => [Location], { description: 'The places that lie in it.' })
  async contains(@Root() location: Location, @Ctx() context: ApiContext): Promise<Location[]> {
    const rows = await context.loaders.field('Location.contains', null, (ids) => readContainment(context.graph, ids, false)).load(location.id);
    return rows.map((row) => row.node) as unknown as Location[];
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Attribution, { nullable: true, description: 'Who makes the claim.' })
  async claimant(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Attribution | null> {
    const rows = await context.loaders.field('sources', null, (ids) => readSources(context.graph, ids)).load(claim.id);
    const row = rows[0];
    return row === undefined ? null : ({ claimant: row.node, text: row.text ?? null, role: row.role ?? null } as unknown as Attribution);
  }

  @FieldResolver(() => [ClaimSubject], { description: 'The actors, places and events it is about.' })
  async about(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Array<typeof ClaimSubject>> {
    const rows = await context.loaders.field('Claim.about', null, (ids) => readClaimAbout(context.graph, ids)).load(claim.id);
    return rows.map((row) => row.node) as unknown as Array<typeof ClaimSubject>;
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Evidence[]> {
    return (await context.loaders.field('evidence', null, (ids) => readEvidence(context.graph, ids)).load(claim.id)) as unknown as Evidence[];
  }

  @FieldResolver(() => Report)
  async report(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Report> {
    return (await context.loaders.node('Report').load(claim.reportId)) as unknown as Report;
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => [Event], { description: 'The events it states, in order.' })
  async events(@Root() report: Report, @Ctx() context: ApiContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number): Promise<Event[]> {
    checkLimit('first', first, MAX_NESTED);
    const rows = await context.loaders.field('Report.events', { first }, (ids) => readReportEvents(context.graph, ids, first)).load(report.id);
    return rows.map((row) => row.node) as unknown as Event[];
  }

  @FieldResolver(() => [Claim])
  async claims(@Root() report: Report, @Ctx() context: ApiContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number): Promise<Claim[]> {
    checkLimit('first', first, MAX_NESTED);
    const rows = await context.loaders.field('Report.claims', { first }, (ids) => readReportClaims(context.graph, ids, first)).load(report.id);
    return rows.map((row) => row.node) as unknown as Claim[];
  }

  @FieldResolver(() => [Mention], { description: 'The actors and places it names, with where.' })
  async mentions(@Root() report: Report, @Ctx() context: ApiContext): Promise<Mention[]> {
    const rows = await context.loaders.field('Report.mentions', null, (ids) => readReportMentions(context.graph, ids)).load(report.id);
    return rows.map((row) => {
      const starts = (row.starts as number[] | null) ?? [];
      const ends = (row.ends as number[] | null) ?? [];
      return {
        entity: row.node,
        spans: starts.map((start, index) => {
          const end = ends[index] ?? start;
          return { reportId: report.id, start, end, text: report.text.slice(start, end) };
        }),
      };
    }) as unknown as Mention[];
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Report)
  async report(@Root() evidence: Evidence, @Ctx() context: ApiContext): Promise<Report> {
    return (await context.loaders.node('Report').load(evidence.reportId)) as unknown as Report;
  }
}

async function eventsByIds(context: ApiContext, ids: string[]): Promise<Event[]> {
  const rows = await context.loaders.node('Event').loadMany(ids);
  return rows.filter((row): row is ReadRow => row !== null && !(row instanceof Error)) as unknown as Event[];
}

@Resolver(() => ActorRelation)
export class ActorRelationResolver {
  @FieldResolver(() => [Event], { description: 'The events, of every report, it stands on.' })
  events(@Root() relation: ActorRelation, @Ctx() context: ApiContext): Promise<Event[]> {
    return eventsByIds(context, relation.eventIds ?? []);
  }
}

@Resolver(() => PathLink)
export class PathLinkResolver {
  @FieldResolver(() => [Event], { description: 'The events, of every report, it stands on.' })
  events(@Root() link: PathLink, @Ctx() context: ApiContext): Promise<Event[]> {
    return eventsByIds(context, link.eventIds ?? []);
  }
}
