/**
 * A seeded generator of synthetic Arabic conflict reports built from the lexicons
 * (src/extract/lexicons/actors.json and places-extra.json), each with the Extraction a perfect
 * extractor would give — so a benchmark measures the graph write, not extraction.
 *
 * What it imitates: a news feed of about 40 reports a day, each telling two to five events by
 * lexicon actors at lexicon places (popular actors and places far more often, as in real news),
 * with the outlet's correspondent or local sources credited, a claim by an analyst or an actor,
 * lexicon affiliations of the actors it names, stated ones now and then, and a quarter of the
 * events retelling — in other words — an event another outlet reported in the last days, so
 * incident linking has real work. The same seed gives the same reports.
 */
import { readFileSync } from 'node:fs';
import type { Entity, ExtractedEvent, Extraction, Relation, Span } from '../src/domain/extraction.js';
import type { ActorType, EventType, LocationType, RelationType } from '../src/domain/vocabulary.js';

interface LexiconActor {
  id: string;
  name: { en: string; ar: string };
  type: ActorType;
  affiliations?: Array<{ type: RelationType; object: string }>;
}

interface LexiconPlace {
  id?: string;
  name: { en: string; ar?: string };
  type?: LocationType;
  lat?: number;
  lon?: number;
  within?: string;
}

const readLexicon = <T>(file: string): T[] => JSON.parse(readFileSync(new URL(`../src/extract/lexicons/${file}`, import.meta.url), 'utf8')) as T[];

/** Event templates: two wordings each (the second is used when another outlet retells an event). */
const TEMPLATES: Partial<Record<EventType, [string, string]>> = {
  ATTACK: ['هاجم عناصر من {A} مواقع تابعة لـ{T} في {P}، ما أسفر عن مقتل {K} منهم', 'شنّ {A} هجوماً على نقاط {T} قرب {P}، وأسفر الهجوم عن سقوط {K} قتلى'],
  CLASH: ['اندلعت اشتباكات عنيفة بين {A} و{T} في {P}، قُتل فيها {K} مقاتلين', 'دارت مواجهات مسلحة بين {A} و{T} على محور {P} خلّفت {K} قتلى'],
  SHELLING: ['قصفت {A} بالمدفعية الثقيلة مواقع {T} في {P}، ما أدى إلى مقتل {K} أشخاص', 'تعرضت مواقع {T} في {P} لقصف مدفعي مصدره {A}، أسفر عن سقوط {K} قتلى'],
  AIRSTRIKE: ['شنّت طائرات {A} غارات جوية على مواقع {T} في {P}، ما أسفر عن مقتل {K} عناصر', 'استهدفت غارات جوية لـ{A} مقرات {T} قرب {P} وقتلت {K} منهم'],
  CLOSE_ROAD: ['أغلقت {A} الطريق المؤدي إلى {P} أمام حركة المدنيين', 'منعت {A} حركة العبور على طريق {P} بشكل كامل'],
  REINFORCE: ['استقدمت {A} تعزيزات عسكرية جديدة إلى {P}', 'وصلت تعزيزات عسكرية تابعة لـ{A} إلى {P}'],
  SEIZE: ['سيطرت {A} على {P} بعد معارك مع {T}', 'بسطت {A} سيطرتها على {P} إثر انسحاب {T} منها'],
  ARREST: ['اعتقلت {A} عدداً من عناصر {T} خلال حملة دهم في {P}', 'شنّت {A} حملة اعتقالات طالت منتسبين إلى {T} في {P}'],
  ABDUCTION: ['اختطف مسلحون من {A} شخصين من {T} في {P}', 'أقدم عناصر من {A} على خطف اثنين من {T} قرب {P}'],
  WITHDRAW: ['انسحبت {A} من مواقعها في {P} تحت ضغط {T}', 'أخلت {A} نقاطها العسكرية في {P} بعد هجمات {T}'],
};
const EVENT_TYPES = Object.keys(TEMPLATES) as EventType[];
const NUMBER_WORDS = ['اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة'];

export interface SyntheticReport {
  text: string;
  extraction: Extraction;
}

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with Zipf-like weights (rank r weighs 1/r^0.9): a few are named very often. */
function skewedPicker<T>(items: T[], next: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1) ** 0.9)));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return items[low] as T;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Builds a text piece by piece, recording the span of every entity name written into it. */
class ReportWriter {
  text = '';
  readonly mentions = new Map<string, Span[]>();
  write(piece: string): void {
    this.text += piece;
  }
  name(entityId: string, surface: string): Span {
    const span = { text: surface, start: this.text.length, end: this.text.length + surface.length };
    this.text += surface;
    this.mentions.set(entityId, [...(this.mentions.get(entityId) ?? []), span]);
    return span;
  }
  spanFrom(start: number): Span {
    return { text: this.text.slice(start), start, end: this.text.length };
  }
}

interface PlannedEvent {
  type: EventType;
  agent: LexiconActor;
  target: LexiconActor;
  place: LexiconPlace & { id: string };
  date: string;
  killed: number;
}

export function* syntheticReports(count: number, seed = 1): Generator<SyntheticReport> {
  const next = random(seed);
  const actors = readLexicon<LexiconActor>('actors.json');
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const fighters = shuffled(actors.filter((actor) => ['state_forces', 'armed_group', 'militia'].includes(actor.type)), next);
  const outlets = actors.filter((actor) => actor.type === 'media');
  const places = readLexicon<LexiconPlace>('places-extra.json').filter(
    (place): place is LexiconPlace & { id: string } => place.id !== undefined && place.name.ar !== undefined && place.type !== 'country',
  );
  const placeById = new Map(places.map((place) => [place.id, place]));
  const pickFighter = skewedPicker(fighters, next);
  const pickPlace = skewedPicker(shuffled(places, next), next);
  const pickType = skewedPicker(shuffled(EVENT_TYPES, next), next);
  const recent: PlannedEvent[] = [];

  for (let index = 0; index < count; index++) {
    const day = addDays('2023-01-01', Math.floor(index / 40));
    const outlet = outlets[Math.floor(next() * outlets.length)] as LexiconActor;
    const planned: Array<PlannedEvent & { retold: boolean }> = [];
    const eventCount = 2 + Math.floor(next() * 4);
    for (let eventIndex = 0; eventIndex < eventCount; eventIndex++) {
      const earlier = recent.length > 0 && next() < 0.25 ? recent[Math.floor(next() * recent.length)] : undefined;
      if (earlier) planned.push({ ...earlier, retold: true });
      else {
        const agent = pickFighter();
        let target = pickFighter();
        while (target.id === agent.id) target = pickFighter();
        const event = { type: pickType(), agent, target, place: pickPlace(), date: next() < 0.7 ? day : addDays(day, -1), killed: 2 + Math.floor(next() * 6) };
        planned.push({ ...event, retold: false });
      }
    }
    // Only other reports' events are retold: a report tells each of its events once.
    for (const event of planned) if (!event.retold) recent.push(event);
    recent.splice(0, Math.max(0, recent.length - 300));
    yield writeReport(index, day, outlet, planned, actorById, placeById, next);
  }
}

function writeReport(
  index: number,
  day: string,
  outlet: LexiconActor,
  planned: Array<PlannedEvent & { retold: boolean }>,
  actorById: Map<string, LexiconActor>,
  placeById: Map<string, LexiconPlace & { id: string }>,
  next: () => number,
): SyntheticReport {
  const writer = new ReportWriter();
  const entities = new Map<string, Entity>();
  const mention = (kind: 'Actor' | 'Location', id: string, name: { en: string; ar?: string }, type: ActorType | LocationType, extra: Partial<Entity> = {}) => {
    const entityId = `${kind.toLowerCase()}:${id}`;
    if (!entities.has(entityId)) {
      entities.set(entityId, { id: entityId, kind, type, name: name.en, names: { en: name.en, ...(name.ar ? { ar: name.ar } : {}) }, aliases: name.ar ? [name.ar] : [], mentions: [], origin: 'lexicon', ...extra });
    }
    return writer.name(entityId, name.ar ?? name.en);
  };
  const actor = (lexicon: LexiconActor) => mention('Actor', lexicon.id, lexicon.name, lexicon.type);
  const place = (lexicon: LexiconPlace & { id: string }) =>
    mention('Location', lexicon.id, lexicon.name, lexicon.type as LocationType, lexicon.lat === undefined ? {} : { point: { lat: lexicon.lat, lon: lexicon.lon ?? 0 } });

  const first = planned[0] as PlannedEvent;
  writer.write(`تطورات ميدانية في ${first.place.name.ar} (${index + 1})\n\nخاص - `);
  writer.write(`${outlet.name.ar}\n\n`);
  const events: ExtractedEvent[] = [];
  const relations: Relation[] = [];
  planned.forEach((event, eventIndex) => {
    const start = writer.text.length;
    const template = (TEMPLATES[event.type] as [string, string])[event.retold ? 1 : 0];
    for (const piece of template.split(/(\{[ATPK]\})/u)) {
      if (piece === '{A}') actor(event.agent);
      else if (piece === '{T}') actor(event.target);
      else if (piece === '{P}') place(event.place);
      else if (piece === '{K}') writer.write(NUMBER_WORDS[event.killed - 2] as string);
      else writer.write(piece);
    }
    const evidence = writer.spanFrom(start);
    const timeStart = writer.text.length + 2;
    const timeText = event.date === day ? 'اليوم' : 'أمس';
    writer.write(`، ${timeText}، بحسب ${event.retold ? 'مصادر محلية' : 'مراسلنا'}. `);
    const within = event.place.within?.startsWith('extra:') ? placeById.get(event.place.within.slice('extra:'.length)) : undefined;
    if (within && next() < 0.3) {
      const spanStart = writer.text.length;
      writer.write('وتقع ');
      place(event.place);
      writer.write(' ضمن ');
      place(within);
      relations.push({ subject: `location:${event.place.id}`, type: 'LOCATED_IN', object: `location:${within.id}`, evidence: writer.spanFrom(spanStart), provenance: 'report' });
      writer.write('. ');
    }
    const clash = event.type === 'CLASH';
    events.push({
      id: `event:${eventIndex}`,
      type: event.type,
      agents: clash ? [`actor:${event.agent.id}`, `actor:${event.target.id}`] : [`actor:${event.agent.id}`],
      targets: clash || ['CLOSE_ROAD', 'REINFORCE'].includes(event.type) ? [] : [`actor:${event.target.id}`],
      locations: [`location:${event.place.id}`],
      time: { text: timeText, start: timeStart, end: timeStart + timeText.length, from: event.date, to: event.date, precision: 'day' },
      casualties: ['ATTACK', 'CLASH', 'SHELLING', 'AIRSTRIKE'].includes(event.type) ? { killed: event.killed, injured: null } : null,
      evidence,
      mentions: [evidence],
      source: { text: event.retold ? 'مصادر محلية' : 'مراسلنا', role: event.retold ? 'local sources' : 'correspondent', entity: null },
      coding: { cameo: '', plover: { type: '', mode: null }, acled: { eventType: '', subEventType: '' } },
      confidence: 0.8,
    });
  });

  // An affiliation stated in the text now and then, and the lexicon's for every pair named.
  const agent = first.agent;
  const backer = agent.affiliations?.map((affiliation) => actorById.get(affiliation.object)).find((found) => found !== undefined);
  if (backer && next() < 0.4) {
    const start = writer.text.length;
    writer.write('يُذكر أن ');
    actor(agent);
    writer.write(' تحظى بدعم ');
    actor(backer);
    relations.push({ subject: `actor:${agent.id}`, type: 'BACKED_BY', object: `actor:${backer.id}`, evidence: writer.spanFrom(start), provenance: 'report' });
    writer.write('. ');
  }
  for (const entity of entities.values()) {
    const lexicon = actorById.get(entity.id.slice('actor:'.length));
    for (const affiliation of lexicon?.affiliations ?? []) {
      if (entities.has(`actor:${affiliation.object}`)) relations.push({ subject: entity.id, type: affiliation.type, object: `actor:${affiliation.object}`, evidence: null, provenance: 'lexicon' });
    }
  }

  const claimStart = writer.text.length;
  writer.write('وقال محلل عسكري إن ');
  actor(agent);
  writer.write(` تسعى إلى توسيع نفوذها في ${first.place.name.ar} خلال الأسابيع المقبلة.\n`);
  const claimSpan = writer.spanFrom(claimStart);

  for (const [id, spans] of writer.mentions) (entities.get(id) as Entity).mentions = spans;
  return {
    text: writer.text,
    extraction: {
      report: { title: writer.text.split('\n', 1)[0] ?? null, language: 'ar', publishedAt: day, source: outlet.name.en, url: null, contentHash: '' },
      entities: [...entities.values()],
      events,
      claims: [{ id: 'claim:0', claimant: { text: 'محلل عسكري', role: 'analyst', entity: null }, about: [`actor:${agent.id}`], text: 'expects expansion', evidence: claimSpan, status: 'analysis' }],
      relations,
    },
  };
}
