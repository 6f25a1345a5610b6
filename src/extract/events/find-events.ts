/**
 * Report → events: triggers, gated; roles from the sentence's actors and places; time from the
 * sentence (or carried from the paragraph before it); casualties; attribution; then one event per
 * happening (see {@link canMerge}).
 */
import type { Attribution, Casualties, EventTime, ExtractedEvent, Span } from '../../domain/extraction.js';
import type { EventType } from '../../domain/vocabulary.js';
import type { PreparedDocument } from '../document/document.js';
import type { Token } from '../text/index.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import { findCasualtiesIn } from '../numbers/index.js';
import { findTimeExpressionsIn } from '../time/index.js';
import type { SentenceAttribution } from '../attribution/find-attribution.js';
import { EVENT_CODING } from './coding.js';
import { assignRoles } from './assign-roles.js';
import { findTriggers, type TriggerHit } from './find-triggers.js';
import { findGate, firstEvidenceStop, GateCues, type SentenceGates } from './gates.js';
import { canMerge, mergeInto } from './merge-events.js';
import { groupSentenceActors, type ActorGroup } from './participants.js';
import { endWithoutTrailingSeparators } from './span-end.js';
import type { GateKind, TriggerTable } from './trigger-table.js';

const VIOLENT: ReadonlySet<EventType> = new Set(['ATTACK', 'CLASH', 'SHELLING', 'AIRSTRIKE', 'EXPLOSION', 'KILLING']);

export interface GatedTrigger {
  trigger: TriggerHit;
  gate: GateKind;
}

export interface EventFinding {
  events: ExtractedEvent[];
  /** Triggers that a gate stopped: kept for debugging and for claims («نفى»). */
  gated: GatedTrigger[];
}

/** An event with the sentence that told it, which merging compares. */
interface SentenceEvent {
  event: ExtractedEvent;
  sentence: number;
}

/**
 * The clause that states the trigger, ended early where the clause turns («… وسط حديث عن نية»,
 * «… ولم تعلن أي جهة مسؤوليتها»), so the evidence never takes in a statement that is not this event.
 */
function evidenceOf(document: PreparedDocument, gates: SentenceGates, trigger: TriggerHit): Span {
  const { text, tokens } = document;
  const sentence = document.sentences[trigger.sentence] as (typeof document.sentences)[number];
  const clause = sentence.clauses[document.clauseOf[trigger.firstToken] ?? 0] ?? sentence;
  // A very short clause («وأكد أن») says too little: take the sentence.
  const span = clause.end - clause.start < 25 ? sentence : clause;
  const stop = firstEvidenceStop(gates, trigger.lastToken);
  // The stop ends the evidence when it stands inside the span (the sentence's tokens are in order).
  const end = stop >= 0 && (tokens[stop] as Token).start < span.end ? (tokens[stop - 1] as Token).end : span.end;
  const trimmedEnd = endWithoutTrailingSeparators(text, span.start, end);
  return { text: text.slice(span.start, trimmedEnd), start: span.start, end: trimmedEnd };
}

/** How far after a trigger noun its nationality adjective may stand («غارات جوية روسية»). */
const ADJECTIVE_REACH = 3;

function adjectiveAgentsOf(actors: readonly EntityMention[], trigger: TriggerHit): string[] {
  const agents: string[] = [];
  for (const mention of actors) {
    if (mention.adjective && mention.firstToken > trigger.lastToken && mention.firstToken <= trigger.lastToken + ADJECTIVE_REACH) agents.push(mention.ref.id);
  }
  return agents;
}

function sourceOf(attribution: SentenceAttribution | null, outlet: string | null): Attribution {
  if (attribution) return { text: attribution.text, role: attribution.role, entity: attribution.entity };
  return { text: outlet ?? '', role: 'outlet', entity: null };
}

/** The distinct entity ids of `mentions`, in order of first mention. */
function distinctIds(mentions: readonly EntityMention[]): string[] {
  const ids: string[] = [];
  for (const mention of mentions) if (!ids.includes(mention.ref.id)) ids.push(mention.ref.id);
  return ids;
}

/**
 * The actors and places of the sentences that hold a trigger, and the actor groups of each, built
 * on first use, so a sentence without a trigger (a title line, a quote) costs nothing here. In news
 * most sentences hold one (99 of 106 in the dev corpus): the gain is small, the bucketing is not
 * repeated per trigger. Kept in arrays by sentence index, not maps: a long report has tens of
 * thousands of sentences, and maps of that size were a visible share of its extraction.
 */
class TriggerSentences {
  private readonly actors: Array<EntityMention[] | undefined>;
  private readonly places: Array<EntityMention[] | undefined>;
  private readonly groups: Array<ActorGroup[] | undefined>;

  constructor(
    private readonly document: PreparedDocument,
    mentions: readonly EntityMention[],
    triggers: readonly TriggerHit[],
  ) {
    const sentenceCount = document.sentences.length;
    this.actors = bySentence(sentenceCount);
    this.places = bySentence(sentenceCount);
    this.groups = bySentence(sentenceCount);
    const holdsTrigger = new Uint8Array(sentenceCount);
    for (const trigger of triggers) holdsTrigger[trigger.sentence] = 1;
    for (const mention of mentions) {
      // A city named inside a road's name («طريق دمشق – دير الزور») is not where the event happened.
      if (mention.inner || holdsTrigger[mention.sentence] !== 1) continue;
      const target = mention.ref.kind === 'Actor' ? this.actors : this.places;
      const list = target[mention.sentence];
      if (list) list.push(mention);
      else target[mention.sentence] = [mention];
    }
  }

  actorsOf(sentence: number): readonly EntityMention[] {
    return this.actors[sentence] ?? NO_MENTIONS;
  }

  placesOf(sentence: number): readonly EntityMention[] {
    return this.places[sentence] ?? NO_MENTIONS;
  }

  groupsOf(sentence: number): readonly ActorGroup[] {
    let groups = this.groups[sentence];
    if (!groups) {
      groups = groupSentenceActors(this.document.text, this.document.tokens, this.actorsOf(sentence)).groups;
      this.groups[sentence] = groups;
    }
    return groups;
  }
}

/** One empty slot per sentence (a packed array of `undefined`, not a holey one). */
function bySentence<Value>(sentenceCount: number): Array<Value | undefined> {
  return new Array<Value | undefined>(sentenceCount).fill(undefined);
}

const NO_MENTIONS: readonly EntityMention[] = [];

export function findEvents(
  document: PreparedDocument,
  table: TriggerTable,
  mentions: readonly EntityMention[],
  attributions: ReadonlyArray<SentenceAttribution | null>,
  publishedAt: string | null,
  outlet: string | null,
): EventFinding {
  const { tokens } = document;
  const triggers = findTriggers(document, table, mentions);
  const participants = new TriggerSentences(document, mentions, triggers);
  const gates = new GateCues(document, table);
  // Time phrases are read only in sentences that state an event, and in the trigger sentences
  // before it in its paragraph when it must borrow their time; casualty figures only in sentences
  // that state an event. Each once per sentence, however many triggers it has.
  const timesBySentence = bySentence<EventTime[]>(document.sentences.length);
  const timesOf = (index: number) => {
    let times = timesBySentence[index];
    if (!times) {
      times = findTimeExpressionsIn(document.readingView, publishedAt, document.sentences[index] as Span);
      timesBySentence[index] = times;
    }
    return times;
  };
  const casualtiesBySentence = bySentence<Casualties | null>(document.sentences.length);
  const casualtiesOf = (index: number) => {
    let casualties = casualtiesBySentence[index];
    if (casualties === undefined) {
      casualties = findCasualtiesIn(document.readingView, document.sentences[index] as Span);
      casualtiesBySentence[index] = casualties;
    }
    // A copy per event: merged events must not share one mutable object.
    return casualties && { ...casualties };
  };

  const events: SentenceEvent[] = [];
  const gated: GatedTrigger[] = [];
  const triggerSentences: number[] = [];
  const carriedTimeBefore = (paragraph: number): EventTime | null => {
    for (let at = triggerSentences.length - 2; at >= 0; at -= 1) {
      const index = triggerSentences[at] as number;
      // An event without a time of its own takes the last one told in its paragraph.
      if (document.sentences[index]?.paragraph !== paragraph) return null;
      const time = timesOf(index)[0];
      if (time) return time;
    }
    return null;
  };
  for (let position = 0; position < triggers.length; position += 1) {
    const trigger = triggers[position] as TriggerHit;
    const sentence = document.sentences[trigger.sentence];
    if (!sentence) continue;
    if (triggerSentences[triggerSentences.length - 1] !== trigger.sentence) triggerSentences.push(trigger.sentence);
    if (sentence.isTitle) continue;
    // «غارات على تعزيزات للحوثيين»: reinforcements that are the object of a strike are not an event.
    const before = tokens[trigger.firstToken - 1]?.norm ?? '';
    if (trigger.sense.type === 'REINFORCE' && trigger.sense.pos !== 'verb' && (before === 'علي' || before === 'على' || before === 'ضد')) continue;
    // An analyst's or activist's sentence is a reading of events, recorded as a claim.
    const gate: GateKind | null = attributions[trigger.sentence]?.opinion ? 'hypothetical' : findGate(document, gates, trigger.firstToken);
    if (gate) {
      gated.push({ trigger, gate });
      continue;
    }
    const following = triggers[position + 1];
    const nextTriggerToken = following && following.sentence === trigger.sentence ? following.firstToken : sentence.endToken;
    const sentenceGates = gates.of(sentence);
    const roles = assignRoles(document, trigger, sentenceGates, participants.groupsOf(trigger.sentence), participants.placesOf(trigger.sentence), nextTriggerToken);
    const ownTime = timesOf(trigger.sentence)[0] ?? null;
    const time = ownTime ?? carriedTimeBefore(sentence.paragraph);
    const evidence = evidenceOf(document, sentenceGates, trigger);
    let agents = distinctIds(roles.agents);
    // «غارات روسية», «طائرة مسيرة تركية»: a nationality adjective on the trigger noun itself names
    // who struck, when the sentence names nobody else as the agent.
    if (agents.length === 0 && trigger.sense.pos !== 'verb') agents = adjectiveAgentsOf(participants.actorsOf(trigger.sentence), trigger);
    // «… قبل أن ينسحب منها», «وانسحبوا»: a verb with no named subject continues the actor of the
    // event just told in the same paragraph.
    const previous = events[events.length - 1];
    if (agents.length === 0 && trigger.sense.pos !== 'noun' && previous && document.sentences[previous.sentence]?.paragraph === sentence.paragraph) {
      agents = previous.event.agents.slice();
    }
    const targets = distinctIds(roles.targets).filter((id) => !agents.includes(id));
    events.push({
      event: {
        id: '',
        type: trigger.sense.type,
        agents,
        targets,
        locations: distinctIds(roles.places),
        time,
        casualties: VIOLENT.has(trigger.sense.type) ? casualtiesOf(trigger.sentence) : null,
        evidence,
        mentions: [evidence],
        source: sourceOf(attributions[trigger.sentence] ?? null, outlet),
        coding: EVENT_CODING[trigger.sense.type],
        confidence: 0.5 + (agents.length > 0 ? 0.15 : 0) + (roles.places.length > 0 ? 0.1 : 0) + (time ? 0.05 : 0),
      },
      sentence: trigger.sentence,
    });
  }
  return { events: mergeEvents(events), gated };
}

/**
 * Within one sentence a generic trigger names the same happening as a specific one: «غارات …
 * استهدفت» is one air strike, «انفجار عبوة … استهدفت» one explosion, damage told with a strike is
 * part of it (PLOVER: incidental damage is not ASSAULT destroy), and so are the explosions a strike
 * sets off («غارات … وسُمع دوي الانفجارات»). Lower rank merges into higher.
 */
const SPECIFICITY: Partial<Record<EventType, number>> = { AIRSTRIKE: 6, EXPLOSION: 5, SHELLING: 4, KILLING: 3, CLASH: 2, ATTACK: 1, DESTROY: 0 };
const ABSORBABLE: ReadonlySet<EventType> = new Set(['ATTACK', 'DESTROY', 'SHELLING', 'EXPLOSION']);

/**
 * Where the kept events of `sentence` begin: they sit at the end of `kept`, which grows sentence
 * by sentence, so a long report never compares an event with every earlier one.
 */
function sameSentenceStart(kept: readonly SentenceEvent[], sentence: number): number {
  let from = kept.length;
  while (from > 0 && (kept[from - 1] as SentenceEvent).sentence === sentence) from -= 1;
  return from;
}

/** The first of `kept[from…]` more specific than `rank`: the event that absorbs a generic one. */
function moreSpecificFrom(kept: readonly SentenceEvent[], from: number, rank: number): SentenceEvent | undefined {
  for (let index = from; index < kept.length; index += 1) {
    const candidate = kept[index] as SentenceEvent;
    if ((SPECIFICITY[candidate.event.type] ?? -1) > rank) return candidate;
  }
  return undefined;
}

function mergeWithinSentence(events: readonly SentenceEvent[]): SentenceEvent[] {
  const kept: SentenceEvent[] = [];
  for (const found of events) {
    const { event } = found;
    const rank = SPECIFICITY[event.type];
    const tail = sameSentenceStart(kept, found.sentence);
    // mergeInto reads no type, so the absorbed event is passed as it is (it keeps the host's type).
    const host = rank !== undefined && ABSORBABLE.has(event.type) ? moreSpecificFrom(kept, tail, rank) : undefined;
    if (host) {
      mergeInto(host.event, event);
      continue;
    }
    // A specific event arriving after a generic one in the same sentence takes it over.
    let generic = -1;
    for (let index = tail; rank !== undefined && index < kept.length && generic < 0; index += 1) {
      const candidate = (kept[index] as SentenceEvent).event;
      if (ABSORBABLE.has(candidate.type) && (SPECIFICITY[candidate.type] ?? 99) < rank) generic = index;
    }
    if (generic >= 0) {
      mergeInto(event, (kept[generic] as SentenceEvent).event);
      kept.splice(generic, 1, found);
      continue;
    }
    kept.push(found);
  }
  return kept;
}

/**
 * How many earlier events a new one is compared with. A report retells an incident within a few
 * paragraphs; the bound keeps a huge input linear.
 */
const MERGE_WINDOW = 200;

function mergeEvents(all: readonly SentenceEvent[]): ExtractedEvent[] {
  const events = mergeWithinSentence(all);
  const kept: SentenceEvent[] = [];
  // Only an event of its own type can take a new one in (see canMerge): each event is compared
  // with the kept events of its type inside the window, not with all of the window (on one long
  // report the window's 200 calls per event were 1.2% of extraction).
  const keptOfType = new Map<EventType, number[]>();
  for (const found of events) {
    let positions = keptOfType.get(found.event.type);
    if (!positions) {
      positions = [];
      keptOfType.set(found.event.type, positions);
    }
    const windowStart = Math.max(0, kept.length - MERGE_WINDOW);
    let first = positions.length;
    while (first > 0 && (positions[first - 1] as number) >= windowStart) first -= 1;
    let twin: SentenceEvent | undefined;
    for (let at = first; at < positions.length && !twin; at += 1) {
      const candidate = kept[positions[at] as number] as SentenceEvent;
      if (canMerge(candidate.event, found.event, candidate.sentence === found.sentence)) twin = candidate;
    }
    if (twin) mergeInto(twin.event, found.event);
    else {
      positions.push(kept.length);
      kept.push(found);
    }
  }
  return kept.map((found) => found.event);
}
