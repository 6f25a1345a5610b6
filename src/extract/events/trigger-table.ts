/**
 * The trigger table of one language (lexicons/<lang>/triggers.json) compiled into phrase indexes:
 * trigger forms with their inflections, and the gate cues that stop a trigger from being a plain event.
 */
import type { EventType } from '../../domain/vocabulary.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { normalizeKey } from '../text/index.js';

export type TriggerRole = 'object-target' | 'symmetric' | 'object-place' | 'no-target';
/**
 * `habitual` cues («خلال الأشهر الماضية», «تتكرر», «يعمل على شن») turn what follows them in the
 * sentence into a summary of many happenings, not one incident; what precedes them is left alone
 * («… في هجوم هو الثالث خلال الأشهر الماضية»).
 */
export type GateKind = 'negation' | 'future' | 'hypothetical' | 'generic' | 'habitual' | 'background' | 'claimed';

export interface TriggerData {
  language: string;
  triggers: Array<{
    type: EventType;
    role: TriggerRole;
    verbs: string[];
    nouns: string[];
    phrases: string[];
    requiresAfter?: ContextRule;
    requiresBefore?: ContextRule;
  }>;
  gates: Partial<Record<GateKind, string[]>>;
  /**
   * Phrases that hold a trigger word but name a state or a property, not a happening: «مناطق
   * سيطرة النظام» (areas the regime holds), «صواريخ شديدة الانفجار» (high-explosive).
   */
  notTriggers?: string[];
  /**
   * Words before a definite trigger noun that make it point back at a happening already told
   * («هذه التعزيزات», «تبنى التنظيم التفجير»): it is not a new event.
   */
  references?: ContextRule[];
}

/** Words that must stand within `within` words of an ambiguous trigger for it to count. */
export interface ContextRule {
  within: number;
  words: string[];
}

export interface TriggerSense {
  type: EventType;
  role: TriggerRole;
  pos: 'verb' | 'noun' | 'phrase';
  /** Normalized context words, when the trigger is ambiguous without them. */
  requiresAfter?: CompiledContext;
  requiresBefore?: CompiledContext;
}

/** A {@link ContextRule} normalized: one-word entries as a set, several-word entries («على إثر») as word lists. */
export interface CompiledContext {
  within: number;
  words: ReadonlySet<string>;
  phrases: ReadonlyArray<readonly string[]>;
}

export interface TriggerTable {
  triggers: PhraseIndex<TriggerSense>;
  gates: PhraseIndex<GateKind>;
  notTriggers: PhraseIndex<true>;
  /** The longest phrase of {@link notTriggers}, in words: how far back one may start. */
  longestNotTrigger: number;
  references: CompiledContext[];
}

/**
 * Inflections added to one-word forms: verb agreement (ت، وا، ن، ا), noun case and number
 * (ا، ات، ان، ين، ون) and attached pronouns (ه، ها، هم). Over-generation is harmless: the forms
 * are only compared with words of the text.
 */
const VERB_SUFFIXES = ['', 'ت', 'وا', 'ا', 'ن', 'ون', 'ان', 'ه', 'ها', 'هم', 'تها', 'ته', 'وه', 'وها'];
const NOUN_SUFFIXES = ['', 'ا', 'ات', 'ان', 'ين', 'ه', 'ها', 'هم', 'اته', 'اتها', 'اتهم', 'ته', 'تها', 'تهم', 'يه'];

function inflect(form: string, suffixes: readonly string[]): string[] {
  const words = form.split(/\s+/);
  if (words.length > 1) return [form];
  // A final ة/ه or ى/ي takes suffixes after its ت/ي form: «مداهمة» → «مداهماتها» is covered by
  // the ات suffix on the stem without the final letter.
  const stem = /[ةه]$/.test(form) ? form.slice(0, -1) : form;
  const forms = suffixes.map((suffix) => form + suffix);
  if (stem !== form) forms.push(...suffixes.map((suffix) => stem + suffix), stem + 'ت');
  return forms;
}

function compileContext(rule: ContextRule): CompiledContext {
  const forms = rule.words.map(normalizeKey);
  return {
    within: rule.within,
    words: new Set(forms.filter((form) => !form.includes(' '))),
    phrases: forms.filter((form) => form.includes(' ')).map((form) => form.split(' ')),
  };
}

export function compileTriggerTable(data: TriggerData): TriggerTable {
  const triggers = new PhraseIndex<TriggerSense>();
  for (const trigger of data.triggers) {
    const context = {
      ...(trigger.requiresAfter ? { requiresAfter: compileContext(trigger.requiresAfter) } : {}),
      ...(trigger.requiresBefore ? { requiresBefore: compileContext(trigger.requiresBefore) } : {}),
    };
    const sense = (pos: TriggerSense['pos']): TriggerSense => ({ type: trigger.type, role: trigger.role, pos, ...context });
    const verb = sense('verb');
    const noun = sense('noun');
    const phrase = sense('phrase');
    for (const form of trigger.verbs.flatMap((word) => inflect(word, VERB_SUFFIXES))) triggers.add(form, verb);
    for (const form of trigger.nouns.flatMap((word) => inflect(word, NOUN_SUFFIXES))) triggers.add(form, noun);
    for (const form of trigger.phrases) triggers.add(form, phrase);
  }
  const gates = new PhraseIndex<GateKind>(2);
  for (const [kind, cues] of Object.entries(data.gates) as Array<[GateKind, string[]]>) {
    for (const cue of cues) gates.add(cue, kind);
  }
  const notTriggers = new PhraseIndex<true>();
  let longestNotTrigger = 0;
  for (const phrase of data.notTriggers ?? []) {
    notTriggers.add(phrase, true);
    longestNotTrigger = Math.max(longestNotTrigger, phrase.trim().split(/\s+/).length);
  }
  return { triggers, gates, notTriggers, longestNotTrigger, references: (data.references ?? []).map(compileContext) };
}
