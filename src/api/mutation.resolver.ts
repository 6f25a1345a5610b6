/** Mutations: ingest and retract reports. Every one needs an editor (see api-keys.ts). */
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { EventGraphError } from '../domain/errors.js';
import { deleteReport } from '../graph/delete-report.js';
import { readReportEvents } from '../graph/read-fields.js';
import { ingestReportText } from '../ingest/index.js';
import { requireEditor } from './api-keys.js';
import type { ApiContext } from './context.js';
import { Event, Report } from './graph.types.js';
import { IngestReportInput } from './inputs.js';
import { checkIsoDate } from './validate-input.js';

const MAX_REPORT_CHARACTERS = 1_000_000;
const MAX_BATCH = 20;

@ObjectType({ description: 'What ingesting one report did.' })
export class IngestResult {
  @Field(() => Report)
  report!: Report;

  @Field(() => [Event])
  events!: Event[];

  @Field(() => Boolean, { description: 'True when the same text was already in the graph: nothing was written.' })
  alreadyIngested!: boolean;

  @Field(() => Int, { description: 'Actors and places this report brought into the graph.' })
  entitiesCreated!: number;

  @Field(() => Int, { description: 'Actors and places it named that the graph already had.' })
  entitiesMerged!: number;

  @Field(() => Int, { description: 'Its events that joined an incident another report already told.' })
  eventsCorroborated!: number;

  @Field(() => Int)
  claims!: number;
}

@ObjectType()
export class DeleteReportResult {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int, { description: 'Actors, places and sources only this report named.' })
  entitiesRemoved!: number;
}

function checkReport(input: IngestReportInput): void {
  if (input.text.trim().length === 0) throw new EventGraphError('BAD_USER_INPUT', 'text is empty: send the full text of the report.');
  if (input.text.length > MAX_REPORT_CHARACTERS) throw new EventGraphError('BAD_USER_INPUT', `text is longer than ${MAX_REPORT_CHARACTERS} characters.`);
  checkIsoDate('publishedAt', input.publishedAt);
  if (input.url && !/^https?:\/\/\S+$/.test(input.url)) throw new EventGraphError('BAD_USER_INPUT', 'url must be an http(s) address.');
}

async function ingestOne(context: ApiContext, input: IngestReportInput): Promise<IngestResult> {
  const meta = Object.fromEntries(
    Object.entries({ title: input.title, source: input.source, url: input.url, publishedAt: input.publishedAt, language: input.language }).filter(
      ([, value]) => value !== null && value !== undefined,
    ),
  );
  const outcome = await ingestReportText(context.graph, input.text, meta, context.extract);
  const report = await context.loaders.node('Report').load(outcome.reportId);
  if (report === null) throw new EventGraphError('INTERNAL', `The report ${outcome.reportId} was written but cannot be read back.`);
  const events = await context.loaders.field('Report.events', { first: 100 }, (ids) => readReportEvents(context.graph, ids, 100)).load(outcome.reportId);
  return {
    report: report as unknown as Report,
    events: events.map((row) => row.node) as unknown as Event[],
    alreadyIngested: outcome.alreadyIngested,
    entitiesCreated: outcome.written.entitiesNew,
    entitiesMerged: outcome.written.entitiesMerged,
    eventsCorroborated: outcome.written.corroborated,
    claims: outcome.written.claims,
  };
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Extracts one report into the graph; the same text twice is ingested once.' })
  async ingestReport(@Ctx() context: ApiContext, @Arg('input', () => IngestReportInput) input: IngestReportInput): Promise<IngestResult> {
    requireEditor(context.caller);
    checkReport(input);
    return ingestOne(context, input);
  }

  @Mutation(() => [IngestResult], { description: `Ingests up to ${MAX_BATCH} reports, each in its own transaction, in order.` })
  async ingestReports(@Ctx() context: ApiContext, @Arg('inputs', () => [IngestReportInput]) inputs: IngestReportInput[]): Promise<IngestResult[]> {
    requireEditor(context.caller);
    if (inputs.length === 0 || inputs.length > MAX_BATCH) throw new EventGraphError('BAD_USER_INPUT', `inputs takes 1 to ${MAX_BATCH} reports per call.`);
    inputs.forEach(checkReport);
    const results: IngestResult[] = [];
    for (const input of inputs) results.push(await ingestOne(context, input));
    return results;
  }

  @Mutation(() => DeleteReportResult, { description: 'Retracts a report and whatever only it supported.' })
  async deleteReport(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string): Promise<DeleteReportResult> {
    requireEditor(context.caller);
    return deleteReport(context.graph, id);
  }
}
