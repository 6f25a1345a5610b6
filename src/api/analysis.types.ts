/** The GraphQL types of answers that are not nodes: spans, relations, paths, counts, search hits. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor, Claimant, Entity, Event, Report, SearchResult } from './graph.types.js';

@ObjectType({ description: 'The exact span of a report that states something: report.text.slice(start, end) === text.' })
export class Evidence {
  @Field(() => Report)
  report!: Report;

  reportId!: string;

  @Field(() => Int, { description: 'UTF-16 offset into the report text.' })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'An actor taking part in an event, as agent or target.' })
export class Participant {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => String, { description: 'agent or target' })
  role!: string;
}

@ObjectType({ description: 'Who an event or claim is credited to, in the words of the report.' })
export class Attribution {
  @Field(() => Claimant)
  claimant!: typeof Claimant;

  @Field(() => String, { nullable: true, description: 'The phrase of the report, e.g. «محلل عسكري».' })
  text!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;
}

@ObjectType({
  description:
    'A relation of an actor: derived from events (ATTACKED, CLOSED_ROAD… with count of incidents and dates) or an affiliation (COMMANDS, PART_OF, BACKED_BY…).',
})
export class ActorRelation {
  @Field(() => String)
  type!: string;

  @Field(() => String, { description: 'OUT: this actor is the subject; IN: the object; BOTH: symmetric (CLASHED_WITH).' })
  direction!: string;

  @Field(() => Entity)
  other!: typeof Entity;

  @Field(() => Int, { nullable: true, description: 'Distinct incidents it stands on (derived relations).' })
  count!: number | null;

  @Field(() => String, { nullable: true })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true })
  lastSeen!: string | null;

  @Field(() => [String], { description: 'event (derived), report (stated in a report) and/or lexicon (known affiliation).' })
  provenance!: string[];

  eventIds!: string[];

  @Field(() => [Evidence], { description: 'Report spans stating an affiliation.' })
  evidence!: Evidence[];
}

@ObjectType({ description: 'One relation on a path between two actors.' })
export class PathLink {
  @Field(() => String)
  type!: string;

  @Field(() => String)
  fromId!: string;

  @Field(() => String)
  toId!: string;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => [String])
  provenance!: string[];

  eventIds!: string[];
}

@ObjectType({ description: 'The shortest chain of relations between two actors.' })
export class ActorPath {
  @Field(() => Int)
  hops!: number;

  @Field(() => [Entity], { description: 'From the first actor to the last, in order.' })
  nodes!: Array<typeof Entity>;

  @Field(() => [PathLink], { description: 'links[i] joins nodes[i] and nodes[i+1].' })
  links!: PathLink[];
}

@ObjectType()
export class Neighbor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Int, { description: 'Relations between them, 1 for a direct relation.' })
  distance!: number;
}

@ObjectType({ description: 'Where a report names an actor or place.' })
export class Mention {
  @Field(() => Entity)
  entity!: typeof Entity;

  @Field(() => [Evidence])
  spans!: Evidence[];
}

@ObjectType()
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}

@ObjectType({ description: 'A bucket of a dashboard count.' })
export class EventCount {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: "Reports' accounts." })
  events!: number;

  @Field(() => Int, { description: 'Distinct incidents.' })
  incidents!: number;
}

export { Event };
