/**
 * Who did what to whom, where: the agents, targets and places of one trigger, from the actor
 * groups and places of its sentence. Word-order rules of Arabic news: VSO after a verb («شن
 * تنظيم داعش هجوما»), SVO with the subject first in the clause («داعش نفذ الهجوم»), a light verb
 * before a verbal noun («شن/نفذ/قام بـ»), «التي تشنها X» after a noun, «ضد/على X» for targets,
 * «بين X وY» for the sides of a clash.
 */
import type { Token } from '../text/index.js';
import { normalizeKey } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { ActorGroup } from './participants.js';
import type { TriggerHit } from './find-triggers.js';
import { subjectStart, type SentenceGates } from './gates.js';
import { WordMemo } from '../lexicon/word-memo.js';

export interface Roles {
  agents: EntityMention[];
  targets: EntityMention[];
  places: EntityMention[];
}

const LIGHT_VERBS = new Set(
  ['شن', 'شنت', 'شنوا', 'يشن', 'تشن', 'نفذ', 'نفذت', 'ينفذ', 'تنفذ', 'قام', 'قامت', 'قيام', 'أطلق', 'أطلقت', 'يطلق', 'تطلق', 'تشنها', 'يشنها', 'شنها', 'شنه', 'نفذها', 'نفذه', 'تطلقها', 'يطلقها', 'أطلقها', 'أطلقتها', 'عمد', 'عمدت', 'استطاع', 'استطاعت', 'تمكن', 'تمكنت', 'أقدم', 'أقدمت', 'وصل', 'وصلت'].map(normalizeKey),
);
const TARGET_PREPOSITIONS = new Set(['ضد', 'على', 'علي', 'طالت', 'تطال', 'بحق'].map(normalizeKey));
const NOT_SUBJECT_BEFORE = new Set(['ضد', 'على', 'علي', 'من', 'عن', 'الى', 'في', 'بين', 'مع', 'لصالح', 'لدى'].map(normalizeKey));

/** «عناصر من تنظيم داعش», «مسلحون من الفصائل»: «من» after such a head names the actor itself. */
const MEMBER_HEADS = new Set(['عناصر', 'مجموعات', 'مجموعه', 'مسلحون', 'مسلحين', 'مقاتلون', 'مقاتلين', 'قوات', 'دوريه', 'خلايا', 'افراد', 'عدد', 'عشرات'].map(normalizeKey));

function prefixedByPreposition(tokens: readonly Token[], group: ActorGroup): boolean {
  const before = tokens[group.firstToken - 1]?.norm ?? '';
  if (before === 'من' && MEMBER_HEADS.has(tokens[group.firstToken - 2]?.norm ?? '')) return false;
  return NOT_SUBJECT_BEFORE.has(before) || TARGET_PREPOSITIONS.has(before);
}

const CASUALTY_WORDS = /^(و|ف)?(قتل|قتلت|قتلوا|مقتل|اصيب|اصيبت|اصيبوا|اصابه|لقي|لقيت|سقوط|استشهد|استشهاد|جرح)$/;
const CAUSE_WORDS = new Set(['جراء', 'اثر', 'إثر', 'بسبب', 'نتيجة', 'بفعل', 'عقب'].map(normalizeKey));

/**
 * The words that role assignment scans the start of a sentence for, classified once per distinct
 * word: a sentence is scanned up to each of its triggers, a regular expression or set lookup per
 * token each time.
 */
const ROLE_WORDS = new WordMemo((word) => ({ casualty: CASUALTY_WORDS.test(word), lightVerb: LIGHT_VERBS.has(word) }));

/** The members of `groups`, in order. A loop: `flatMap` was V8's slow generic path, 1% of this stage. */
function membersOf(groups: readonly ActorGroup[]): EntityMention[] {
  const members: EntityMention[] = [];
  for (const group of groups) for (const member of group.members) members.push(member);
  return members;
}

/** A trigger told as the cause of casualties named before it («قُتل … جراء/إثر/بـ قصف …»). */
function isCausedCasualty(document: PreparedDocument, sentenceStart: number, trigger: TriggerHit): boolean {
  const { tokens } = document;
  const before = tokens[trigger.firstToken - 1]?.norm ?? '';
  const marked = CAUSE_WORDS.has(before) || /^ب/.test(tokens[trigger.firstToken]?.norm ?? '');
  if (!marked) return false;
  for (let index = sentenceStart; index < trigger.firstToken; index += 1) if (ROLE_WORDS.at(document, index).casualty) return true;
  return false;
}

/** The last group of `groups` in `clause` that no preposition marks as an object. */
function lastSubjectOfClause(document: PreparedDocument, groups: readonly ActorGroup[], clause: number | undefined): ActorGroup | undefined {
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] as ActorGroup;
    if (!prefixedByPreposition(document.tokens, group) && document.clauseOf[group.firstToken] === clause) return group;
  }
  return undefined;
}

export function assignRoles(
  document: PreparedDocument,
  trigger: TriggerHit,
  gates: SentenceGates,
  groups: readonly ActorGroup[],
  places: readonly EntityMention[],
  nextTriggerToken: number,
): Roles {
  const { tokens } = document;
  const sentence = document.sentences[trigger.sentence];
  if (!sentence) return { agents: [], targets: [], places: [] };
  const clause = document.clauseOf[trigger.firstToken];
  const after = groups.filter((group) => group.firstToken > trigger.lastToken && group.firstToken < nextTriggerToken);
  const before = groups.filter((group) => group.lastToken < trigger.firstToken);
  const roles: Roles = { agents: [], targets: [], places: [] };

  if (trigger.sense.role !== 'symmetric' && isCausedCasualty(document, sentence.firstToken, trigger)) {
    // «قُتل ثلاثة مدنيين … جراء قصف مدفعي لقوات النظام»: the dead and wounded named before the
    // cause are its targets; its agent is named after it, if at all.
    roles.targets = membersOf(before.filter((group) => group.firstToken >= sentence.firstToken));
    const agentGroup = after.find((group) => group.firstToken <= trigger.lastToken + 6);
    roles.agents = agentGroup?.members ?? [];
  } else if (trigger.sense.role === 'symmetric') {
    const sides = [...before.filter((group) => !prefixedByPreposition(tokens, group)).slice(-1), ...after];
    roles.agents = membersOf(sides);
  } else {
    // Where the clause's subject may begin: after the last «أن» before the trigger. Found once
    // here, not once per actor group tested below, from the sentence's list of complementizers
    // rather than a walk from its start (once per trigger, quadratic in a sentence of many).
    const subjectFrom = subjectStart(gates, sentence.firstToken, trigger.firstToken);
    let agentGroup: ActorGroup | undefined;
    // A light verb just before a verbal noun: its subject follows it («شن تنظيم داعش … هجوما»).
    // «أثناء قيام قوات تابعة لجيش النظام وميليشيا … بتمشيط»: the subject may be long.
    for (let index = trigger.firstToken - 1; index >= Math.max(sentence.firstToken, trigger.firstToken - 14) && !agentGroup; index -= 1) {
      if (ROLE_WORDS.at(document, index).lightVerb) agentGroup = groups.find((group) => group.firstToken > index && group.firstToken <= index + 4 && group.lastToken < trigger.firstToken);
    }
    // «الحملات التي تشنها روسيا», «هجوم شنه التنظيم»: the light verb follows the noun.
    if (!agentGroup && trigger.sense.pos !== 'verb') {
      for (let index = trigger.lastToken + 1; index <= trigger.lastToken + 4 && !agentGroup; index += 1) {
        if (ROLE_WORDS.at(document, index).lightVerb) agentGroup = after.find((group) => group.firstToken > index && group.firstToken <= index + 2);
      }
    }
    // VSO: the actor right after the verb, unless a preposition marks it as an object.
    if (!agentGroup && trigger.sense.pos !== 'noun') {
      agentGroup = after.find((group) => group.firstToken <= trigger.lastToken + 3 && !prefixedByPreposition(tokens, group) && group.firstToken > trigger.lastToken);
      if (agentGroup && before.some((group) => !prefixedByPreposition(tokens, group) && group.lastToken >= subjectFrom)) {
        agentGroup = undefined; // SVO already has a subject: the actor after the verb is its object
      }
    }
    // SVO: the first actor of the clause since the last «أن».
    if (!agentGroup) {
      agentGroup = before.find((group) => group.firstToken >= subjectFrom && !prefixedByPreposition(tokens, group)) ??
        lastSubjectOfClause(document, before, clause);
    }
    // A convoy, reinforcements, a campaign or a protest belongs to the actor named after it
    // («تعزيزات عسكرية لقوات النظام», «رتل تابع للحرس الثوري»): these triggers take no target.
    if (!agentGroup && trigger.sense.role === 'no-target') {
      agentGroup = after.find((group) => group.firstToken <= trigger.lastToken + 4 && document.clauseOf[group.firstToken] === clause);
    }
    roles.agents = agentGroup?.members ?? [];
    if (trigger.sense.role !== 'no-target') {
      // The objects: actor groups after the trigger, up to the next trigger (at most two groups:
      // «ضد قوات النظام والميليشيات الروسية» is one group, a third group is usually another clause's).
      roles.targets = membersOf(after.filter((group) => group !== agentGroup).slice(0, 2));
    }
  }
  const inClause = places.filter((place) => document.clauseOf[place.firstToken] === clause && place.firstToken < nextTriggerToken);
  roles.places = inClause.length > 0 ? inClause : places.filter((place) => place.firstToken < nextTriggerToken);
  return roles;
}
