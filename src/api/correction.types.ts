/** The GraphQL types of analysts' corrections: the audit record, and what each correcting mutation returns. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Actor, Event, Node } from './graph.types.js';

@ObjectType({ implements: Node, description: "An analyst's change to the graph: what, on which node, by whom, when and why." })
export class Correction extends Node {
  @Field(() => String, { description: 'CHANGE_EVENT_TYPE, ADD_PARTICIPANT, REMOVE_PARTICIPANT, MERGE_ACTORS or ADD_ALIAS' })
  kind!: string;

  @Field(() => String, { description: 'Who asked: `key:<8 hex of the API key hash>`, or `open-localhost` on a server without keys.' })
  by!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  at!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { description: 'The event or actor corrected (it may since have been retracted).' })
  targetId!: string;

  @Field(() => String, { description: 'What changed, as JSON, e.g. {"from":"ATTACK","to":"CLASH"}.' })
  details!: string;
}

@ObjectType({ description: 'An event after a correction, and the record of it.' })
export class EventCorrectionResult {
  @Field(() => Event)
  event!: Event;

  @Field(() => Correction)
  correction!: Correction;
}

@ObjectType({ description: 'An actor after a correction (an alias, a merge), and the record of it.' })
export class ActorCorrectionResult {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => [ID], { description: 'For a merge: the ids merged into actor (they no longer exist; later reports naming them land on actor).' })
  mergedIds!: string[];

  @Field(() => Int, { description: 'For a merge: events whose participants changed.' })
  eventsChanged!: number;

  @Field(() => Correction)
  correction!: Correction;
}
