/**
 * Analysts' corrections: change an event's type, add or remove a participant, merge duplicate
 * actors, add an alias. Each needs an editor, changes the graph in one transaction and is recorded
 * with who and when (graph/correction-log.ts); Event.corrections and Actor.corrections list them.
 */
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { EventGraphError } from '../domain/errors.js';
import type { EventType } from '../domain/vocabulary.js';
import { EVENT_CODING } from '../extract/events/coding.js';
import { addAlias } from '../graph/add-alias.js';
import type { CorrectionAuthor } from '../graph/correction-log.js';
import { addParticipant, changeEventType, removeParticipant, type EventCorrection } from '../graph/correct-event.js';
import { mergeActors } from '../graph/merge-actors.js';
import { readCorrections } from '../graph/read-fields.js';
import { requireEditor } from './api-keys.js';
import type { ApiContext } from './context.js';
import { ActorCorrectionResult, Correction, EventCorrectionResult } from './correction.types.js';
import { Actor, Event } from './graph.types.js';
import { ParticipantRole } from './inputs.js';
import { checkEventTypes } from './validate-input.js';

const MAX_NOTE_LENGTH = 2_000;

/** The caller as a correction's author; checks the caller may edit and the note's size. */
function authorOf(context: ApiContext, note: string | null | undefined): CorrectionAuthor {
  requireEditor(context.caller);
  if (note && note.length > MAX_NOTE_LENGTH) throw new EventGraphError('BAD_USER_INPUT', `note is longer than ${MAX_NOTE_LENGTH} characters.`);
  return { by: context.caller.who, note: note ?? null };
}

async function eventResult(context: ApiContext, outcome: EventCorrection): Promise<EventCorrectionResult> {
  const event = await context.loaders.node('Event').load(outcome.eventId);
  return { event: event as unknown as Event, correction: outcome.correction as Correction };
}

async function loadActor(context: ApiContext, actorId: string): Promise<Actor> {
  return (await context.loaders.node('Actor').load(actorId)) as unknown as Actor;
}

const NOTE = { nullable: true, description: 'Why: kept with the correction.' } as const;

@Resolver()
export class CorrectionResolver {
  @Mutation(() => EventCorrectionResult, { description: "Changes an event's type (and its CAMEO, PLOVER and ACLED codes); it then joins the incidents it matches as that type." })
  async changeEventType(
    @Ctx() context: ApiContext,
    @Arg('eventId', () => ID) eventId: string,
    @Arg('type', () => String) type: string,
    @Arg('note', () => String, NOTE) note: string | null,
  ): Promise<EventCorrectionResult> {
    const author = authorOf(context, note);
    checkEventTypes([type]);
    const coding = EVENT_CODING[type as EventType];
    const codes = {
      cameo: coding.cameo || null,
      ploverType: coding.plover.type || null,
      ploverMode: coding.plover.mode || null,
      acledEventType: coding.acled.eventType || null,
      acledSubEventType: coding.acled.subEventType || null,
    };
    return eventResult(context, await changeEventType(context.graph, eventId, type, codes, author));
  }

  @Mutation(() => EventCorrectionResult, { description: 'Adds an actor to an event as agent or target.' })
  async addParticipant(
    @Ctx() context: ApiContext,
    @Arg('eventId', () => ID) eventId: string,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('role', () => ParticipantRole) role: ParticipantRole,
    @Arg('note', () => String, NOTE) note: string | null,
  ): Promise<EventCorrectionResult> {
    const author = authorOf(context, note);
    return eventResult(context, await addParticipant(context.graph, eventId, actorId, role, author));
  }

  @Mutation(() => EventCorrectionResult, { description: 'Removes an actor from an event: from role, or from every role when role is not given.' })
  async removeParticipant(
    @Ctx() context: ApiContext,
    @Arg('eventId', () => ID) eventId: string,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRole | null,
    @Arg('note', () => String, NOTE) note: string | null,
  ): Promise<EventCorrectionResult> {
    const author = authorOf(context, note);
    return eventResult(context, await removeParticipant(context.graph, eventId, actorId, role ?? null, author));
  }

  @Mutation(() => ActorCorrectionResult, {
    description: 'Merges duplicate actors into keepId: every event, mention, claim and affiliation moves; their names become aliases; derived relations are recomputed.',
  })
  async mergeActors(
    @Ctx() context: ApiContext,
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeIds', () => [ID]) mergeIds: string[],
    @Arg('note', () => String, NOTE) note: string | null,
  ): Promise<ActorCorrectionResult> {
    const author = authorOf(context, note);
    const outcome = await mergeActors(context.graph, keepId, mergeIds, author);
    return { actor: await loadActor(context, keepId), mergedIds: outcome.mergedIds, eventsChanged: outcome.events, correction: outcome.correction as Correction };
  }

  @Mutation(() => ActorCorrectionResult, { description: 'Adds a name the actor goes by; search finds it at once.' })
  async addAlias(
    @Ctx() context: ApiContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('alias', () => String) alias: string,
    @Arg('note', () => String, NOTE) note: string | null,
  ): Promise<ActorCorrectionResult> {
    const author = authorOf(context, note);
    const outcome = await addAlias(context.graph, actorId, alias, author);
    return { actor: await loadActor(context, actorId), mergedIds: [], eventsChanged: 0, correction: outcome.correction as Correction };
  }
}

/** `corrections` on events and actors, batched per level like every relational field. */
function correctionsOf(context: ApiContext, id: string): Promise<Correction[]> {
  return context.loaders
    .field('corrections', null, (ids) => readCorrections(context.graph, ids))
    .load(id)
    .then((rows) => rows.map((row) => row.node) as unknown as Correction[]);
}

@Resolver(() => Event)
export class EventCorrectionsResolver {
  @FieldResolver(() => [Correction], { description: "Analysts' corrections of this event, oldest first." })
  corrections(@Root() event: Event, @Ctx() context: ApiContext): Promise<Correction[]> {
    return correctionsOf(context, event.id);
  }
}

@Resolver(() => Actor)
export class ActorCorrectionsResolver {
  @FieldResolver(() => [Correction], { description: "Analysts' corrections of this actor (aliases, merges), oldest first." })
  corrections(@Root() actor: Actor, @Ctx() context: ApiContext): Promise<Correction[]> {
    return correctionsOf(context, actor.id);
  }
}
