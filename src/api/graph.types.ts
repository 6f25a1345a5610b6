/**
 * The GraphQL types of the graph's nodes, scalar fields only: relational fields are field
 * resolvers (the *.resolver.ts files), batched per level. Values are the plain rows of graph/;
 * every node's `id` is the model's own global id (`actor:isis`, `event:<report>:<n>`…), whose
 * prefix names its type, so `node(id)` finds any of them.
 */
import { Field, Float, ID, Int, InterfaceType, ObjectType, createUnionType } from 'type-graphql';
import { labelOfId } from '../graph/read-nodes.js';

@InterfaceType({
  description: 'Anything with a global id; fetch any of them with node(id).',
  resolveType: (value: { id: string }) => labelOfId(value.id) ?? undefined,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ implements: Node, description: 'A state, armed group, militia, person… named in reports.' })
export class Actor extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameAr!: string | null;

  @Field(() => String, { description: 'state, state_forces, armed_group, militia, political_org, person, media, civilians, other' })
  type!: string;

  @Field(() => [String], { description: 'Every name reports used for it, sorted.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  wikidataId!: string | null;
}

@ObjectType({ implements: Node, description: 'A place: country, city, village, road, site…' })
export class Location extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameAr!: string | null;

  @Field(() => String)
  type!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => Float, { nullable: true })
  lat!: number | null;

  @Field(() => Float, { nullable: true })
  lon!: number | null;

  @Field(() => Int, { nullable: true })
  geonamesId!: number | null;
}

@ObjectType({ implements: Node, description: "One report's account of a happening; accounts of the same happening share an Incident." })
export class Event extends Node {
  @Field(() => String)
  type!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the event started, when the report dates it.' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  dateEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'day, week, month, year, range or unknown' })
  precision!: string | null;

  @Field(() => String, { nullable: true, description: 'The words that date it.' })
  timeText!: string | null;

  @Field(() => String, { nullable: true, description: "The report's publication date." })
  reportedAt!: string | null;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Int, { nullable: true })
  killed!: number | null;

  @Field(() => Int, { nullable: true })
  injured!: number | null;

  @Field(() => String, { nullable: true })
  cameo!: string | null;

  @Field(() => String, { nullable: true })
  acledEventType!: string | null;

  @Field(() => String)
  reportId!: string;
}

@ObjectType({ implements: Node, description: 'Something a source asserts: an analysis, a claim of responsibility, a denial…' })
export class Claim extends Node {
  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'reported, claimed-responsibility, denied, hedged, analysis' })
  status!: string;

  @Field(() => String)
  reportId!: string;
}

@ObjectType({ implements: Node, description: 'One ingested news report.' })
export class Report extends Node {
  @Field(() => String, { description: 'sha256 of the text; the same text is ingested once.' })
  contentHash!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet, e.g. SY24.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String)
  language!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the report was published, when known.' })
  publishedAt!: string | null;

  @Field(() => String, { description: 'ISO timestamp of ingestion.' })
  ingestedAt!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ implements: Node, description: 'An unnamed source within an outlet: "our correspondent", "local sources", "a military analyst".' })
export class Source extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { nullable: true })
  outlet!: string | null;
}

@ObjectType({ implements: Node, description: 'One happening, told by one or more reports (their events).' })
export class Incident extends Node {
  @Field(() => String, { nullable: true })
  type!: string | null;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  dateEnd!: string | null;

  @Field(() => Int, { description: 'How many reports tell it.' })
  reportCount!: number;

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Int, { nullable: true })
  killed!: number | null;

  @Field(() => Int, { nullable: true })
  injured!: number | null;
}

const typeById = (value: { id: string }) => labelOfId(value.id) ?? undefined;

export const Entity = createUnionType({ name: 'Entity', description: 'An actor or a place.', types: () => [Actor, Location] as const, resolveType: typeById });

export const Claimant = createUnionType({
  name: 'Claimant',
  description: 'Who a claim or event is credited to: a named actor, or an unnamed source.',
  types: () => [Actor, Source] as const,
  resolveType: typeById,
});

export const ClaimSubject = createUnionType({ name: 'ClaimSubject', types: () => [Actor, Location, Event] as const, resolveType: typeById });

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Actor, Location, Event, Claim] as const,
  resolveType: typeById,
});
