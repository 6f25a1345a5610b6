/** Arguments of the API's queries and mutations. Strings are bounded so no input can be huge. */
import { Field, Float, InputType, registerEnumType } from 'type-graphql';

export enum EventOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
registerEnumType(EventOrder, { name: 'EventOrder', description: "By the event's date (else its report's), then id." });

export enum RelationDirection {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(RelationDirection, { name: 'RelationDirection' });

export enum ParticipantRole {
  agent = 'agent',
  target = 'target',
}
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });

export enum CountDimension {
  TYPE = 'TYPE',
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(CountDimension, { name: 'CountDimension' });

@InputType({ description: 'Every condition given must hold; lists mean any of.' })
export class EventFilterInput {
  @Field(() => [String], { nullable: true })
  types?: string[] | null;

  @Field(() => [String], { nullable: true })
  actorIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Places, each with the places inside it.' })
  locationIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO date, inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, inclusive.' })
  to?: string | null;

  @Field(() => [String], { nullable: true })
  reportIds?: string[] | null;

  @Field(() => Float, { nullable: true })
  minConfidence?: number | null;
}

@InputType()
export class NearInput {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;

  @Field(() => Float)
  km!: number;
}

@InputType({ description: 'A bounding box in degrees (WGS-84).' })
export class BoundingBoxInput {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@InputType()
export class ClaimFilterInput {
  @Field(() => [String], { nullable: true, description: 'Claims about any of these actors, places or events.' })
  aboutIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Claims made by any of these actors or sources.' })
  claimantIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  statuses?: string[] | null;

  @Field(() => [String], { nullable: true })
  reportIds?: string[] | null;
}

@InputType()
export class IngestReportInput {
  @Field(() => String, { description: 'The full text of the report.' })
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet, e.g. SY24.' })
  source?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date YYYY-MM-DD; anchors "yesterday" and weekdays.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to what the text is written in.' })
  language?: string | null;
}
