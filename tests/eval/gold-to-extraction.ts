/** Test helper: the "perfect" system output for a gold file, with ids and spans located in the text. */
import { createHash } from 'node:crypto';
import type { Entity, EntityKind, Extraction, ExtractedEvent, Span } from '../../src/domain/extraction.js';
import type { GoldEntity, GoldReport } from '../../src/eval/index.js';

/**
 * Builds the Extraction a flawless extractor would return for `text`: one entity per gold actor
 * and location (id `actor:<slug>` / `location:<slug>`, every surface occurrence as a mention),
 * events, claims and relations with their gold evidence located in `text`. Events with a `when`
 * get `published` as their date, the closest a gold English gloss allows. Throws when a gold
 * string is not in `text`.
 */
export function goldToExtraction(text: string, gold: GoldReport): Extraction {
  const idByCanonical = new Map<string, string>();
  const entities = [
    ...gold.actors.map((actor) => buildEntity(text, actor, 'Actor', idByCanonical)),
    ...gold.locations.map((location) => buildEntity(text, location, 'Location', idByCanonical)),
  ];
  const idOf = (canonical: string): string => {
    const id = idByCanonical.get(canonical);
    if (id === undefined) throw new Error(`${gold.file}: undeclared canonical ${canonical}`);
    return id;
  };

  const events: ExtractedEvent[] = gold.events.map((event, index) => {
    const evidence = locate(text, event.evidence);
    return {
      id: `event:${index}`,
      type: event.type,
      agents: event.agents.map(idOf),
      targets: event.targets.map(idOf),
      locations: event.locations.map(idOf),
      time:
        event.when !== null && gold.published !== null
          ? { ...evidence, from: gold.published, to: gold.published, precision: 'day' }
          : null,
      casualties: event.casualties,
      evidence,
      mentions: [evidence],
      source: event.source ? { text: event.source, role: event.source, entity: null } : null,
      coding: { cameo: '', plover: { type: '', mode: null }, acled: { eventType: '', subEventType: '' } },
      confidence: 1,
    };
  });

  return {
    report: {
      title: text.split('\n', 1)[0] ?? null,
      language: gold.language,
      publishedAt: gold.published,
      source: gold.outlet,
      url: null,
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    entities,
    events,
    claims: gold.claims.map((claim, index) => ({
      id: `claim:${index}`,
      claimant: { text: claim.claimant, role: claim.claimant, entity: idByCanonical.get(claim.claimant) ?? null },
      about: claim.about.map(idOf),
      text: claim.summary_en,
      evidence: locate(text, claim.evidence),
      status: 'reported',
    })),
    relations: gold.relations.map((relation) => ({
      subject: idOf(relation.subject),
      type: relation.relation,
      object: idOf(relation.object),
      evidence: locate(text, relation.evidence),
      provenance: 'report',
    })),
  };
}

function buildEntity(text: string, gold: GoldEntity, kind: EntityKind, idByCanonical: Map<string, string>): Entity {
  const id = `${kind.toLowerCase()}:${gold.canonical.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}`;
  idByCanonical.set(gold.canonical, id);
  return {
    id,
    kind,
    type: gold.type,
    name: gold.canonical,
    names: { en: gold.canonical, ...(gold.surface[0] === undefined ? {} : { ar: gold.surface[0] }) },
    aliases: [...gold.surface],
    mentions: gold.surface.flatMap((surface) => locateAll(text, surface)),
    origin: 'lexicon',
  };
}

function locate(text: string, evidence: string): Span {
  const start = text.indexOf(evidence);
  if (start < 0) throw new Error(`not in the text: ${evidence}`);
  return { text: evidence, start, end: start + evidence.length };
}

function locateAll(text: string, surface: string): Span[] {
  const spans: Span[] = [];
  for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
    spans.push({ text: surface, start, end: start + surface.length });
  }
  if (spans.length === 0) throw new Error(`surface not in the text: ${surface}`);
  return spans;
}
