/** Relational fields of Location: its events, and the places it lies in or contains. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { readContainment, readLocationEvents } from '../graph/read-fields.js';
import { MAX_NESTED } from './actor.resolver.js';
import type { ApiContext } from './context.js';
import { Event, Location } from './graph.types.js';
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
