/**
 * Relations the text states between two names close together: «X التابعة لـY» (PART_OF, or
 * BACKED_BY when Y is a state), «X المدعومة من Y» / «الموالية لـY» (BACKED_BY), «X التي يقودها
 * Y» / «بقيادة Y» (Y COMMANDS X), «X في جيش Y» (PART_OF), «المتحالفة مع» (ALLIED_WITH), and for
 * places «X بريف Y» / «X على مشارف Y» / «X غربي Y» (LOCATED_IN). Known affiliations of the actors
 * a report names come from the lexicon, marked as such.
 */
import type { Relation } from '../../domain/extraction.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { normalizeKey, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { CompiledLexicon } from '../lexicon/compile-lexicon.js';

const keys = (words: string[]) => new Set(words.map(normalizeKey));
const PART_OF_LINKS = keys(['التابعة', 'التابع', 'التابعين', 'تابعة', 'تابع', 'تابعين', 'ضمن', 'في', 'لدى']);
const BACKED_LINKS = keys(['المدعومة', 'المدعوم', 'المدعومين', 'الموالية', 'الموالي', 'الموالين', 'مدعومة', 'مدعوم']);
const COMMAND_LINKS = keys(['يقودها', 'يقوده', 'بقيادة', 'يتزعمها', 'يتزعمه', 'قائد', 'قائدها', 'يترأسها']);
const ALLY_LINKS = keys(['المتحالفة', 'المتحالف', 'حليفة', 'حليف', 'الحليفة']);
const PLACE_LINKS = keys(['في', 'على', 'مشارف', 'أطراف', 'قرب', 'بالقرب', 'من', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'غرب', 'شرق', 'شمال', 'جنوب', 'محيط', 'ضواحي', 'التابعة', 'التابع']);
const STATE_TYPES = new Set(['state']);
const PLACE_SIZE: Record<string, number> = {
  neighbourhood: 0, site: 1, camp: 1, village: 2, town: 3, subdistrict: 4, city: 4, road: 4, crossing: 2, district: 5, region: 6, governorate: 6, country: 8,
};

function linkWords(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let index = from; index < to; index += 1) words.push((tokens[index] as Token).norm);
  return words;
}

function actorRelation(link: string[], object: EntityMention): { type: RelationType; reversed: boolean } | null {
  if (link.some((word) => COMMAND_LINKS.has(word))) return { type: 'COMMANDS', reversed: true };
  if (link.some((word) => BACKED_LINKS.has(word))) return { type: 'BACKED_BY', reversed: false };
  if (link.some((word) => ALLY_LINKS.has(word))) return { type: 'ALLIED_WITH', reversed: false };
  if (link.length > 0 && link.every((word) => PART_OF_LINKS.has(word) || word === 'التي' || word === 'الذي')) {
    const objectType = object.ref.kind === 'Actor' ? object.ref.entry.type : '';
    return { type: STATE_TYPES.has(objectType) ? 'BACKED_BY' : 'PART_OF', reversed: false };
  }
  return null;
}

export function findRelations(document: PreparedDocument, mentions: readonly EntityMention[], lexicon: CompiledLexicon): Relation[] {
  const { text, tokens } = document;
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add = (relation: Relation) => {
    const key = `${relation.subject}|${relation.type}|${relation.object}`;
    if (seen.has(key) || relation.subject === relation.object) return;
    seen.add(key);
    relations.push(relation);
  };
  for (const [position, first] of mentions.entries()) {
    for (const second of mentions.slice(position + 1, position + 3)) {
      if (second.sentence !== first.sentence || second.firstToken - first.lastToken > 5) continue;
      if (first.ref.kind !== second.ref.kind) continue;
      const link = linkWords(tokens, first.lastToken + 1, second.firstToken);
      const evidence = { text: text.slice(first.span.start, second.span.end), start: first.span.start, end: second.span.end };
      if (first.ref.kind === 'Actor') {
        const relation = actorRelation(link, second);
        if (!relation) continue;
        const [subject, object] = relation.reversed ? [second, first] : [first, second];
        add({ subject: subject.ref.id, type: relation.type, object: object.ref.id, evidence, provenance: 'report' });
      } else if (first.ref.kind === 'Location' && second.ref.kind === 'Location') {
        const attached = /^و?(ب|في)/.test((tokens[second.firstToken] as Token).norm) && link.length === 0;
        if (!attached && !(link.length > 0 && link.length <= 3 && link.every((word) => PLACE_LINKS.has(word)))) continue;
        const smaller = PLACE_SIZE[first.ref.entry.type] ?? 3;
        const larger = PLACE_SIZE[second.ref.entry.type] ?? 3;
        if (larger <= smaller) continue;
        add({ subject: first.ref.id, type: 'LOCATED_IN', object: second.ref.id, evidence, provenance: 'report' });
      }
    }
  }
  // Known affiliations between actors this report names (not scored as text relations).
  const named = new Set(mentions.filter((mention) => mention.ref.kind === 'Actor').map((mention) => mention.ref.id));
  for (const id of named) {
    for (const affiliation of lexicon.actorsById.get(id)?.affiliations ?? []) {
      const object = `actor:${affiliation.object}`;
      if (named.has(object)) add({ subject: id, type: affiliation.type, object, evidence: null, provenance: 'lexicon' });
    }
  }
  return relations;
}
