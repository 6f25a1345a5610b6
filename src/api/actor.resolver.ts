/** Relational fields of Actor, each batched over every actor of the level (see loaders.ts). */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { countClaimsAbout, readClaimsAboutPage } from '../graph/read-fields.js';
import type { PageRow } from '../graph/read-pages.js';
import { ACTOR_RELATION_TYPES, AFFILIATION_TYPES, MAX_NEIGHBOR_DEPTH, readActorNeighbors, readActorRelations } from '../graph/read-relations.js';
import { ActorRelation, Neighbor } from './analysis.types.js';
import { DEFAULT_PAGE_SIZE, checkPageSize, decodeCursor, toConnection, type ConnectionShape } from './connection.js';
import { ClaimConnection, EventConnection } from './connection.types.js';
import type { ApiContext } from './context.js';
import { parentEventConnection } from './event-pages.js';
import { Actor, Claim, type Event } from './graph.types.js';
import { EventFilterInput, ParticipantRole, RelationDirection } from './inputs.js';
import { checkLimit } from './validate-input.js';
import { EventGraphError } from '../domain/errors.js';

export const MAX_NESTED = 100;

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => [ActorRelation], {
    description: `Relations to other actors and places. types: any of ${ACTOR_RELATION_TYPES.join(', ')}.`,
  })
  async relations(
    @Root() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('types', () => [String], { nullable: true }) types: string[] | null,
    @Arg('direction', () => RelationDirection, { defaultValue: RelationDirection.BOTH }) direction: RelationDirection,
  ): Promise<ActorRelation[]> {
    const unknown = (types ?? []).find((type) => !(ACTOR_RELATION_TYPES as readonly string[]).includes(type));
    if (unknown !== undefined) throw new EventGraphError('BAD_USER_INPUT', `Unknown relation type ${JSON.stringify(unknown)}: use one of ${ACTOR_RELATION_TYPES.join(', ')}.`);
    const rows = await context.loaders
      .field('Actor.relations', { types, direction }, (ids) => readActorRelations(context.graph, ids, types, direction))
      .load(actor.id);
    return rows as unknown as ActorRelation[];
  }

  @FieldResolver(() => [ActorRelation], { description: 'Affiliations: COMMANDS, PART_OF, BACKED_BY, ALLIED_WITH, CONTROLS (both directions).' })
  async affiliations(@Root() actor: Actor, @Ctx() context: ApiContext): Promise<ActorRelation[]> {
    const types = [...AFFILIATION_TYPES];
    const rows = await context.loaders
      .field('Actor.affiliations', null, (ids) => readActorRelations(context.graph, ids, types, 'BOTH'))
      .load(actor.id);
    return rows as unknown as ActorRelation[];
  }

  @FieldResolver(() => EventConnection, { description: 'Events it took part in (as agent, target, or either), earliest first.' })
  events(
    @Root() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRole | null,
    @Arg('filter', () => EventFilterInput, { nullable: true }) filter: EventFilterInput | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Event>> {
    return parentEventConnection(context, 'Actor.events', actor.id, { of: 'actor', role: role ?? null, filter: filter ?? null }, { first, after: after ?? null });
  }

  @FieldResolver(() => EventConnection, { description: 'Its events, latest first: a timeline to read top-down.' })
  timeline(
    @Root() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Event>> {
    return parentEventConnection(context, 'Actor.timeline', actor.id, { of: 'actor', filter: null }, { first, after: after ?? null, descending: true });
  }

  @FieldResolver(() => [Neighbor], { description: `Actors within depth relations (at most ${MAX_NEIGHBOR_DEPTH}), nearest first.` })
  async neighbors(
    @Root() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Neighbor[]> {
    checkLimit('depth', depth, MAX_NEIGHBOR_DEPTH);
    checkLimit('first', first, MAX_NESTED);
    const rows = await context.loaders
      .field('Actor.neighbors', { depth, first }, (ids) => readActorNeighbors(context.graph, ids, depth, first))
      .load(actor.id);
    return rows.map((row) => ({ actor: row.node, distance: Number(row.distance) })) as unknown as Neighbor[];
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about it, by id.' })
  async claims(
    @Root() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Claim>> {
    checkPageSize(first);
    const from = decodeCursor(after);
    const rows = await context.loaders
      .field('Actor.claims', { first, from }, (ids) => readClaimsAboutPage(context.graph, ids, first + 1, from))
      .load(actor.id);
    const count = () =>
      context.loaders
        .field('Actor.claims.totalCount', null, (ids) => countClaimsAbout(context.graph, ids))
        .load(actor.id)
        .then((found) => Number(found[0]?.total ?? 0));
    return toConnection<Claim>(rows as unknown as PageRow[], first, count);
  }
}
