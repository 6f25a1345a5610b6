/** Relational fields of Report: its events, claims and mentions, each batched per level. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { readReportClaims, readReportEvents, readReportMentions } from '../graph/read-fields.js';
import { MAX_NESTED } from './actor.resolver.js';
import { Mention } from './analysis.types.js';
import type { ApiContext } from './context.js';
import { Claim, Event, Report } from './graph.types.js';
import { checkLimit } from './validate-input.js';

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
