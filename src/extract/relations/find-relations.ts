/**
 * Relations the text states between two names close together:
 * - actors: «X التابعة لـY» (PART_OF, or BACKED_BY when Y is a state), «X المدعومة من Y» /
 *   «الموالية لـY» (BACKED_BY), «X الداعم لـY» (Y BACKED_BY X), «X التي يقودها Y» / «بقيادة Y»
 *   (Y COMMANDS X), «X في جيش Y» / «المنضوي في صفوف Y» (PART_OF), «المتحالفة مع» (ALLIED_WITH);
 *   a modifier after a modifier still describes the first name («اللواء الثامن بقيادة أحمد
 *   العودة، التابع للفيلق الخامس»);
 * - control: «X تسيطر على Y» and «Y الخاضعة لسيطرة X» (X CONTROLS Y);
 * - places: «X بريف Y», «X بمدينة Y», «X على مشارف Y», «X شرقي Y» (LOCATED_IN), for every place of
 *   a list («قريتي أم الكيف والدردارة بريف تل تمر»).
 * Known affiliations of the actors a report names come from the lexicon, marked as such.
 */
import type { Relation, Span } from '../../domain/extraction.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { balanceQuotes, normalizeKey, stripProclitics, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { CompiledLexicon } from '../lexicon/compile-lexicon.js';
import { PLACE_CUE_WORDS } from '../entities/cue-words.js';
import { everyGapWord, gapHasAny, gapLength, someGapWord, type WordGap } from '../events/word-gap.js';

const keys = (words: string[]) => new Set(words.map(normalizeKey));
const PART_OF_LINKS = keys(['التابعة', 'التابع', 'التابعين', 'تابعة', 'تابع', 'تابعين', 'ضمن', 'في', 'لدى', 'المنضوي', 'المنضوية', 'المنضوين', 'صفوف', 'التي', 'الذي']);
const BACKED_LINKS = keys(['المدعومة', 'المدعوم', 'المدعومين', 'الموالية', 'الموالي', 'الموالين', 'مدعومة', 'مدعوم']);
const BACKER_LINKS = keys(['الداعم', 'الداعمة', 'الداعمين', 'الراعي', 'الراعية']);
const COMMAND_LINKS = keys(['يقودها', 'يقوده', 'تقودها', 'تقوده', 'بقيادة', 'بقيادته', 'بقيادتها', 'يتزعمها', 'يتزعمه', 'يترأسها']);
const ALLY_LINKS = keys(['المتحالفة', 'المتحالف', 'حليفة', 'حليف', 'الحليفة', 'الحليف']);
const CONTROL_VERBS = keys(['تسيطر', 'يسيطر', 'تسيطران', 'يسيطرون']);
const CONTROLLED_LINKS = keys(['الخاضعة', 'الخاضع', 'الواقعة', 'لسيطرة', 'سيطرة', 'تحت']);
const PLACE_LINKS = keys(['في', 'على', 'مشارف', 'أطراف', 'قرب', 'بالقرب', 'من', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'غرب', 'شرق', 'شمال', 'جنوب', 'محيط', 'ضواحي', 'التابعة', 'التابع', 'الواقعة']);
const STATE_TYPES = new Set(['state']);
const PLACE_SIZE: Record<string, number> = {
  neighbourhood: 0, site: 1, camp: 1, village: 2, crossing: 2, town: 3, subdistrict: 4, city: 4, road: 4, district: 5, region: 6, governorate: 6, country: 8,
};

const isPartOfLink = (word: string) => PART_OF_LINKS.has(word);
const isControlVerb = (word: string) => CONTROL_VERBS.has(stripProclitics(word));
const isControlledLink = (word: string) => CONTROLLED_LINKS.has(stripProclitics(word));
const isPlaceLinkWord = (word: string) => PLACE_LINKS.has(word) || PLACE_LINKS.has(stripProclitics(word)) || PLACE_CUE_WORDS.has(stripProclitics(word)) || PLACE_CUE_WORDS.has(word);

function actorRelation(link: WordGap, object: EntityMention, startsWithBa: boolean): { type: RelationType; reversed: boolean } | null {
  if (gapHasAny(link, COMMAND_LINKS)) return { type: 'COMMANDS', reversed: true };
  if (gapHasAny(link, BACKER_LINKS)) return { type: 'BACKED_BY', reversed: true };
  // «المدعومة بـY» tells who fought beside X, «المدعومة من Y» who backs X.
  if (gapHasAny(link, BACKED_LINKS) && !startsWithBa) return { type: 'BACKED_BY', reversed: false };
  if (gapHasAny(link, ALLY_LINKS)) return { type: 'ALLIED_WITH', reversed: false };
  if (gapLength(link) > 0 && everyGapWord(link, isPartOfLink)) {
    const objectType = object.ref.kind === 'Actor' ? object.ref.entry.type : '';
    return { type: STATE_TYPES.has(objectType) ? 'BACKED_BY' : 'PART_OF', reversed: false };
  }
  return null;
}

function isPlaceLink(link: WordGap, second: Token): boolean {
  if (gapLength(link) === 0) return /^و?(ب|في)/.test(second.norm);
  return gapLength(link) <= 3 && everyGapWord(link, isPlaceLinkWord);
}

export function findRelations(document: PreparedDocument, mentions: readonly EntityMention[], lexicon: CompiledLexicon): Relation[] {
  const { text, tokens } = document;
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add = (subject: EntityMention, type: RelationType, object: EntityMention, evidenceFrom: EntityMention, evidenceTo: EntityMention) => {
    const key = `${subject.ref.id}|${type}|${object.ref.id}`;
    if (seen.has(key) || subject.ref.id === object.ref.id) return;
    seen.add(key);
    const evidence: Span = balanceQuotes(text, evidenceFrom.span.start, evidenceTo.span.end);
    relations.push({ subject: subject.ref.id, type, object: object.ref.id, evidence, provenance: 'report' });
  };
  const inSentence = (first: EntityMention, second: EntityMention | undefined, maxGap: number): second is EntityMention =>
    second !== undefined && second.sentence === first.sentence && second.firstToken - first.lastToken <= maxGap;

  let head = null as { mention: EntityMention; modifier: EntityMention } | null;
  for (let position = 0; position < mentions.length; position += 1) {
    const first = mentions[position] as EntityMention;
    const second = mentions[position + 1];
    if (!inSentence(first, second, 6)) {
      head = null;
      continue;
    }
    const link: WordGap = { tokens, from: first.lastToken + 1, to: second.firstToken };
    const secondToken = tokens[second.firstToken] as Token;
    if (first.ref.kind === 'Actor' && second.ref.kind === 'Actor') {
      const relation = actorRelation(link, second, /^و?ب/.test(secondToken.norm));
      if (!relation) {
        head = null;
        continue;
      }
      // «X بقيادة Y، التابع لـZ»: after a commander, a comma and another modifier return to X.
      const subjectMention: EntityMention = head && head.modifier === first && /^\s*[،,]/.test(text.slice(first.span.end, secondToken.start)) ? head.mention : first;
      const [subject, object] = relation.reversed ? [second, subjectMention] : [subjectMention, second];
      add(subject, relation.type, object, subjectMention, second);
      head = { mention: subjectMention, modifier: second };
      continue;
    }
    head = null;
    if (first.ref.kind === 'Actor' && second.ref.kind === 'Location' && someGapWord(link, isControlVerb)) {
      for (const place of coordinatedFrom(text, tokens, mentions, position + 1)) add(first, 'CONTROLS', place, first, place);
    } else if (first.ref.kind === 'Location' && second.ref.kind === 'Actor' && someGapWord(link, isControlledLink) && gapLength(link) <= 4) {
      add(second, 'CONTROLS', first, first, second);
    } else if (first.ref.kind === 'Location') {
      // The container may follow a list of places: «قريتي أم الكيف والدردارة بريف تل تمر».
      const list = [first];
      let last = position;
      while (isCoordinated(text, tokens, mentions[last] as EntityMention, mentions[last + 1])) {
        list.push(mentions[last + 1] as EntityMention);
        last += 1;
      }
      const container = mentions[last + 1];
      const tail = mentions[last] as EntityMention;
      if (!inSentence(tail, container, 5) || container.ref.kind !== 'Location') continue;
      if (!isPlaceLink({ tokens, from: tail.lastToken + 1, to: container.firstToken }, tokens[container.firstToken] as Token)) continue;
      const larger = PLACE_SIZE[container.ref.entry.type] ?? 3;
      for (const place of list) {
        if (place.ref.kind !== 'Location' || (PLACE_SIZE[place.ref.entry.type] ?? 3) > larger) continue;
        add(place, 'LOCATED_IN', container, place, container);
      }
    }
  }
  // Known affiliations between actors this report names (not scored as text relations).
  const named = new Set<string>();
  for (const mention of mentions) if (mention.ref.kind === 'Actor') named.add(mention.ref.id);
  const affiliations = affiliationsOf(lexicon);
  for (const id of named) {
    for (const affiliation of affiliations.get(id) ?? NO_AFFILIATIONS) {
      // Most affiliations name an actor the report does not.
      if (!named.has(affiliation.object) || seen.has(affiliation.key)) continue;
      seen.add(affiliation.key);
      relations.push({ subject: id, type: affiliation.type, object: affiliation.object, evidence: null, provenance: 'lexicon' });
    }
  }
  return relations;
}

/** A lexicon affiliation of an actor, with the object's entity id and the relation's key made once. */
interface KnownAffiliation {
  type: RelationType;
  /** The object's entity id («actor:…»). */
  object: string;
  /** `subject|type|object`, as {@link findRelations} keys the relations it has found. */
  key: string;
}

const NO_AFFILIATIONS: readonly KnownAffiliation[] = [];
const affiliationsByLexicon = new WeakMap<CompiledLexicon, Map<string, KnownAffiliation[]>>();

/**
 * The affiliations of the lexicon's actors by actor id, built on first use: every report names
 * actors with affiliations, and building the object id and the key per report and per affiliation
 * took some 1% of extraction.
 */
function affiliationsOf(lexicon: CompiledLexicon): Map<string, KnownAffiliation[]> {
  let byActor = affiliationsByLexicon.get(lexicon);
  if (!byActor) {
    byActor = new Map();
    for (const [id, entry] of lexicon.actorsById) {
      if (!entry.affiliations || entry.affiliations.length === 0) continue;
      byActor.set(id, entry.affiliations.map(({ type, object }) => ({ type, object: `actor:${object}`, key: `${id}|${type}|actor:${object}` })));
    }
    affiliationsByLexicon.set(lexicon, byActor);
  }
  return byActor;
}

function isCoordinated(text: string, tokens: readonly Token[], first: EntityMention, second: EntityMention | undefined): boolean {
  if (!second || second.sentence !== first.sentence || second.ref.kind !== first.ref.kind) return false;
  const gap = text.slice(first.span.end, second.span.start);
  return (/^\s*[،,]?\s*$/.test(gap) && /^و/.test((tokens[second.firstToken] as Token).norm)) || /^\s*[،,]?\s*و\s*$/.test(gap);
}

function coordinatedFrom(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], from: number): EntityMention[] {
  const list = [mentions[from] as EntityMention];
  let index = from;
  while (isCoordinated(text, tokens, mentions[index] as EntityMention, mentions[index + 1])) {
    list.push(mentions[index + 1] as EntityMention);
    index += 1;
  }
  return list;
}
