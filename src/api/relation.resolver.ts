/** Relational fields of the answer types: an evidence span's report, the events a relation or path link stands on. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReadRow } from '../graph/read-query.js';
import { ActorRelation, Evidence, PathLink } from './analysis.types.js';
import type { ApiContext } from './context.js';
import { Event, Report } from './graph.types.js';

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
