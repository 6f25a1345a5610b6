/** The root queries: nodes by id, paged lists, search, paths and dashboard counts. Thin: each delegates to graph/. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { EventGraphError } from '../domain/errors.js';
import { readEventCounts } from '../graph/read-aggregates.js';
import { labelOfId } from '../graph/read-nodes.js';
import {
  countActors, countClaims, countEvents, countLocations, countReportsWhere,
  readActorPage, readClaimPage, readEventPage, readLocationPage, readReportPage,
} from '../graph/read-pages.js';
import { MAX_PATH_HOPS, readShortestPath } from '../graph/read-relations.js';
import { readSearch } from '../graph/read-search.js';
import { toLuceneQuery } from '../graph/read-search-text.js';
import { ActorPath, EventCount, SearchHit } from './analysis.types.js';
import { ActorConnection, ClaimConnection, EventConnection, LocationConnection, ReportConnection } from './connection.types.js';
import { DEFAULT_PAGE_SIZE, checkPageSize, decodeCursor, toConnection } from './connection.js';
import type { ApiContext } from './context.js';
import { Actor, Claim, Event, Incident, Location, Node, Report } from './graph.types.js';
import { BoundingBoxInput, ClaimFilterInput, CountDimension, EventFilterInput, EventOrder, NearInput } from './inputs.js';
import { checkEventFilter, checkIdList, checkLimit } from './validate-input.js';


const MAX_TEXT = 200;

function searchText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_TEXT) throw new EventGraphError('BAD_USER_INPUT', `search text takes at most ${MAX_TEXT} characters.`);
  return value.trim().length > 0 ? value : null;
}

async function nodeOf<T>(context: ApiContext, id: string, label: 'Actor' | 'Location' | 'Event' | 'Report' | 'Claim' | 'Incident'): Promise<T> {
  const row = labelOfId(id) === label ? await context.loaders.node(label).load(id) : null;
  if (row === null) throw new EventGraphError('NOT_FOUND', `No ${label.toLowerCase()} has the id ${JSON.stringify(id)}: find ids with the ${label.toLowerCase()}s or search queries.`);
  return row as T;
}

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when none has it.' })
  async node(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    const label = labelOfId(id);
    return label === null ? null : ((await context.loaders.node(label).load(id)) as Node | null);
  }

  @Query(() => Actor)
  actor(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Actor> {
    return nodeOf(context, id, 'Actor');
  }

  @Query(() => Location)
  location(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Location> {
    return nodeOf(context, id, 'Location');
  }

  @Query(() => Event)
  event(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Event> {
    return nodeOf(context, id, 'Event');
  }

  @Query(() => Report)
  report(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Report> {
    return nodeOf(context, id, 'Report');
  }

  @Query(() => Claim)
  claim(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Claim> {
    return nodeOf(context, id, 'Claim');
  }

  @Query(() => Incident)
  incident(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<Incident> {
    return nodeOf(context, id, 'Incident');
  }

  @Query(() => ActorConnection, { description: 'Actors by id; search matches names and aliases (Arabic or English).' })
  async actors(
    @Ctx() context: ApiContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('types', () => [String], { nullable: true }) types: string[] | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const query = { search: searchText(search), types: types ?? null };
    const rows = await readActorPage(context.graph, luceneReady(query), first + 1, decodeCursor(after));
    return toConnection(rows, first, () => countActors(context.graph, luceneReady(query)));
  }

  @Query(() => LocationConnection, { description: 'Places by id; filter by name, distance from a point, or a bounding box.' })
  async locations(
    @Ctx() context: ApiContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('types', () => [String], { nullable: true }) types: string[] | null,
    @Arg('near', () => NearInput, { nullable: true }) near: NearInput | null,
    @Arg('within', () => BoundingBoxInput, { nullable: true }) within: BoundingBoxInput | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    if (near && !(near.km > 0 && near.km <= 20_000 && Math.abs(near.lat) <= 90 && Math.abs(near.lon) <= 180)) {
      throw new EventGraphError('BAD_USER_INPUT', 'near needs lat in [-90, 90], lon in [-180, 180] and km in (0, 20000].');
    }
    const query = { search: searchText(search), types: types ?? null, near: near ? { ...near } : null, within: within ? { ...within } : null };
    const rows = await readLocationPage(context.graph, luceneReady(query), first + 1, decodeCursor(after));
    return toConnection(rows, first, () => countLocations(context.graph, luceneReady(query)));
  }

  @Query(() => EventConnection, { description: 'Events matching the filter, by date.' })
  async events(
    @Ctx() context: ApiContext,
    @Arg('filter', () => EventFilterInput, { nullable: true }) filter: EventFilterInput | null,
    @Arg('orderBy', () => EventOrder, { defaultValue: EventOrder.DATE_DESC }) orderBy: EventOrder,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    checkEventFilter(filter);
    const rows = await readEventPage(context.graph, filter, orderBy, first + 1, decodeCursor(after));
    return toConnection(rows, first, () => countEvents(context.graph, filter));
  }

  @Query(() => ReportConnection, { description: 'Reports by id.' })
  async reports(
    @Ctx() context: ApiContext,
    @Arg('source', () => String, { nullable: true }) source: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const query = { source: source ?? null };
    const rows = await readReportPage(context.graph, query, first + 1, decodeCursor(after));
    return toConnection(rows, first, () => countReportsWhere(context.graph, query));
  }

  @Query(() => Int, { description: 'How many reports the graph holds.' })
  async reportCount(@Ctx() context: ApiContext): Promise<number> {
    return countReportsWhere(context.graph, { source: null });
  }

  @Query(() => ClaimConnection, { description: 'Claims by id, filtered by subject, claimant, status or report.' })
  async claims(
    @Ctx() context: ApiContext,
    @Arg('filter', () => ClaimFilterInput, { nullable: true }) filter: ClaimFilterInput | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const query = { aboutIds: filter?.aboutIds ?? null, claimantIds: filter?.claimantIds ?? null, statuses: filter?.statuses ?? null, reportIds: filter?.reportIds ?? null };
    for (const [name, ids] of Object.entries(query)) checkIdList(`filter.${name}`, ids);
    const rows = await readClaimPage(context.graph, query, first + 1, decodeCursor(after));
    return toConnection(rows, first, () => countClaims(context.graph, query));
  }

  @Query(() => [SearchHit], { description: 'Actors and places by name (full-text, Arabic and English), events and claims by their words; best first.' })
  async search(
    @Ctx() context: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
  ): Promise<SearchHit[]> {
    checkPageSize(first);
    const query = searchText(text);
    if (query === null) return [];
    return (await readSearch(context.graph, query, first)) as unknown as SearchHit[];
  }

  @Query(() => ActorPath, { nullable: true, description: `The shortest chain of relations joining two actors (maxHops at most ${MAX_PATH_HOPS}); null when none.` })
  async path(
    @Ctx() context: ApiContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
  ): Promise<ActorPath | null> {
    checkLimit('maxHops', maxHops, MAX_PATH_HOPS);
    await Promise.all([nodeOf(context, from, 'Actor'), nodeOf(context, to, 'Actor')]);
    const found = await readShortestPath(context.graph, from, to, maxHops);
    if (found === null) return null;
    return { hops: found.links.length, nodes: found.nodes, links: found.links } as unknown as ActorPath;
  }

  @Query(() => [EventCount], { description: 'Event and incident counts by type, actor, place or period, largest first.' })
  async eventCounts(
    @Ctx() context: ApiContext,
    @Arg('by', () => CountDimension) by: CountDimension,
    @Arg('filter', () => EventFilterInput, { nullable: true }) filter: EventFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<EventCount[]> {
    checkPageSize(first);
    checkEventFilter(filter);
    return readEventCounts(context.graph, by, filter, first);
  }
}

/** Search text goes to Lucene escaped (graph/read-search-text.ts); an unsearchable text matches nothing. */
function luceneReady<Q extends { search: string | null }>(query: Q): Q {
  if (query.search === null) return query;
  return { ...query, search: toLucene(query.search) };
}

function toLucene(text: string): string {
  return toLuceneQuery(text) ?? 'nothing';
}
