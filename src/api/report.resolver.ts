/** Queries over reports; thin: each delegates to a graph/ read function. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { EventGraphError } from '../domain/errors.js';
import { countReports, readReports } from '../graph/reports.js';
import type { ApiContext } from './context.js';
import { Report } from './report.type.js';

const MAX_PAGE_SIZE = 100;

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [Report], { description: 'Reports ordered by id; page with `after` (the last id seen).' })
  async reports(
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Report[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new EventGraphError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    return readReports(context.graph, first, after);
  }

  @Query(() => Int, { description: 'How many reports the graph holds.' })
  async reportCount(@Ctx() context: ApiContext): Promise<number> {
    return countReports(context.graph);
  }
}
