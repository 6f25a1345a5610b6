/** The GraphQL Report type: one ingested report and its stored text. */
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One ingested news report.' })
export class Report {
  @Field(() => ID)
  id!: string;

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
