/** Relational fields of Event and Incident, each batched over every item of the level. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  readClaimsAbout, readEventIncidents, readEventLocations, readEventParticipants, readEvidence,
  readIncidentEvents, readIncidentReports, readSameIncident, readSources,
} from '../graph/read-fields.js';
import { Attribution, Evidence, Participant } from './analysis.types.js';
import type { ApiContext } from './context.js';
import { Claim, Event, Incident, Location, Report } from './graph.types.js';
import { ParticipantRole } from './inputs.js';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Participant])
  async participants(
    @Root() event: Event,
    @Ctx() context: ApiContext,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRole | null,
  ): Promise<Participant[]> {
    const rows = await context.loaders
      .field('Event.participants', { role }, (ids) => readEventParticipants(context.graph, ids, role ?? null))
      .load(event.id);
    return rows.map((row) => ({ actor: row.node, role: row.role })) as unknown as Participant[];
  }

  @FieldResolver(() => [Location], { description: 'Where it happened (one or more places).' })
  async locations(@Root() event: Event, @Ctx() context: ApiContext): Promise<Location[]> {
    const rows = await context.loaders.field('Event.locations', null, (ids) => readEventLocations(context.graph, ids)).load(event.id);
    return rows.map((row) => row.node) as unknown as Location[];
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The most specific place it happened at (the first of locations).' })
  async location(@Root() event: Event, @Ctx() context: ApiContext): Promise<Location | null> {
    const rows = await context.loaders.field('Event.locations', null, (ids) => readEventLocations(context.graph, ids)).load(event.id);
    return (rows[0]?.node ?? null) as Location | null;
  }

  @FieldResolver(() => [Evidence], { description: 'Every span of its report that states it.' })
  async evidence(@Root() event: Event, @Ctx() context: ApiContext): Promise<Evidence[]> {
    return (await context.loaders.field('evidence', null, (ids) => readEvidence(context.graph, ids)).load(event.id)) as unknown as Evidence[];
  }

  @FieldResolver(() => Report)
  async report(@Root() event: Event, @Ctx() context: ApiContext): Promise<Report> {
    return (await context.loaders.node('Report').load(event.reportId)) as unknown as Report;
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The happening it describes, with every report that tells it.' })
  async incident(@Root() event: Event, @Ctx() context: ApiContext): Promise<Incident | null> {
    const rows = await context.loaders.field('Event.incident', null, (ids) => readEventIncidents(context.graph, ids)).load(event.id);
    return (rows[0]?.node ?? null) as Incident | null;
  }

  @FieldResolver(() => [Event], { description: "Other reports' accounts of the same incident." })
  async sameIncident(@Root() event: Event, @Ctx() context: ApiContext): Promise<Event[]> {
    const rows = await context.loaders.field('Event.sameIncident', null, (ids) => readSameIncident(context.graph, ids)).load(event.id);
    return rows.map((row) => row.node) as unknown as Event[];
  }

  @FieldResolver(() => [Claim], { description: 'Claims about it.' })
  async claims(@Root() event: Event, @Ctx() context: ApiContext): Promise<Claim[]> {
    const rows = await context.loaders.field('claimsAbout', null, (ids) => readClaimsAbout(context.graph, ids)).load(event.id);
    return rows.map((row) => row.node) as unknown as Claim[];
  }

  @FieldResolver(() => [Attribution], { description: 'Whom the report credits for it.' })
  async attributedTo(@Root() event: Event, @Ctx() context: ApiContext): Promise<Attribution[]> {
    const rows = await context.loaders.field('sources', null, (ids) => readSources(context.graph, ids)).load(event.id);
    return rows.map((row) => ({ claimant: row.node, text: row.text ?? null, role: row.role ?? null })) as unknown as Attribution[];
  }
}

@Resolver(() => Incident)
export class IncidentResolver {
  @FieldResolver(() => [Event], { description: 'Every account of it, one per report.' })
  async events(@Root() incident: Incident, @Ctx() context: ApiContext): Promise<Event[]> {
    const rows = await context.loaders.field('Incident.events', null, (ids) => readIncidentEvents(context.graph, ids)).load(incident.id);
    return rows.map((row) => row.node) as unknown as Event[];
  }

  @FieldResolver(() => [Report], { description: 'The reports that corroborate it.' })
  async reports(@Root() incident: Incident, @Ctx() context: ApiContext): Promise<Report[]> {
    const rows = await context.loaders.field('Incident.reports', null, (ids) => readIncidentReports(context.graph, ids)).load(incident.id);
    return rows.map((row) => row.node) as unknown as Report[];
  }
}
