/** Relational fields of Location: its events, and the places it lies in or contains. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { readContainment } from '../graph/read-fields.js';
import { DEFAULT_PAGE_SIZE, type ConnectionShape } from './connection.js';
import { EventConnection } from './connection.types.js';
import type { ApiContext } from './context.js';
import { parentEventConnection } from './event-pages.js';
import { Location, type Event } from './graph.types.js';
import { EventFilterInput } from './inputs.js';

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => EventConnection, { description: 'Events at this place, and (contained, the default) anywhere inside it; earliest first.' })
  events(
    @Root() location: Location,
    @Ctx() context: ApiContext,
    @Arg('contained', () => Boolean, { defaultValue: true }) contained: boolean,
    @Arg('filter', () => EventFilterInput, { nullable: true }) filter: EventFilterInput | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Event>> {
    return parentEventConnection(context, 'Location.events', location.id, { of: 'place', contained, filter: filter ?? null }, { first, after: after ?? null });
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
