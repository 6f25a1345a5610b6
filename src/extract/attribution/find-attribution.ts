/**
 * Whom each sentence credits: «قال مراسلنا», «أفادت مصادر محلية», «بحسب المرصد السوري», «وقال
 * محلل عسكري», a named actor's spokesman; a sentence that only continues reported speech («وأوضح
 * أن», «وأضاف») keeps the speaker of the sentence before; otherwise the outlet itself.
 */
import type { Attribution } from '../../domain/extraction.js';
import type { Token } from '../text/index.js';
import { normalizeKey } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import { WordMemo } from '../lexicon/word-memo.js';

export interface SpeakerRule {
  /** Normalized words, in order, the first possibly with a clitic. */
  words: string[];
  role: string;
  /** Roles whose words are opinion (analysis, accusation), so become claims. */
  opinion?: boolean;
}

const rule = (phrase: string, role: string, opinion = false): SpeakerRule => ({ words: normalizeKey(phrase).split(' '), role, opinion });

/** Longer rules first: «مصادر محلية» before «مصادر». */
const SPEAKER_RULES: SpeakerRule[] = [
  rule('مصادر محلية', 'local sources'), rule('مصادر أهلية', 'local sources'), rule('مصادر ميدانية', 'local sources'),
  rule('مصادر خاصة', 'private sources'), rule('مصادر مطلعة', 'informed sources'), rule('مصادر أمنية', 'security sources'),
  rule('مصادر عسكرية', 'military sources'), rule('مصدر أمني', 'security source'), rule('مصدر عسكري', 'military source'),
  rule('مصدر محلي', 'local source'), rule('مصدر في', 'a source'), rule('شهود عيان', 'eyewitnesses'),
  rule('المرصد السوري', 'SOHR'), rule('وكالة أعماق', 'Amaq'), rule('محلل عسكري', 'military analyst', true),
  rule('محلل سياسي', 'political analyst', true), rule('الخبير العسكري', 'military analyst', true), rule('خبير عسكري', 'military analyst', true),
  rule('باحث', 'researcher', true), rule('خبير', 'expert', true), rule('الخبير', 'expert', true), rule('أكاديمي', 'academic', true),
  rule('مسؤول', 'official'), rule('قيادي', 'commander'), rule('المتحدث', 'spokesperson'), rule('الناطق', 'spokesperson'), rule('محلل', 'analyst', true), rule('ناشط حقوقي', 'human rights activist', true),
  rule('ناشطون', 'activists'), rule('ناشطين', 'activists'), rule('ناشط', 'activist'), rule('الناشط', 'activist'),
  rule('مراسلنا', 'correspondent'), rule('مراسل', 'correspondent'), rule('المتحدث باسم', 'spokesperson'),
  rule('الناطق باسم', 'spokesperson'), rule('المتحدث الرسمي', 'spokesperson'), rule('مصادر', 'sources'), rule('مصدر', 'a source'),
  rule('أهالي', 'residents'), rule('الأهالي', 'residents'), rule('سكان', 'residents'),
];

const SPEECH_VERBS = new Set(
  ['قال', 'قالت', 'افاد', 'افادت', 'اكد', 'اكدت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'اشار', 'اشارت', 'تحدث', 'تحدثت', 'وثق', 'وثقت', 'رصد', 'رصدت', 'نفى', 'نفت', 'زعم', 'زعمت', 'اتهم', 'اتهمت', 'رجح', 'رجحت', 'قلل', 'قللت', 'اعتبر', 'اعتبرت', 'بحسب', 'وفق', 'وفقا', 'حسب', 'حسبما', 'نقلا', 'لفت', 'لفتت', 'تابع', 'تابعت', 'صرح', 'صرحت', 'حذر', 'حذرت', 'يرى', 'ترى', 'رأى', 'رأت', 'يعتقد', 'تعتقد', 'يقول', 'تقول', 'اعتبر', 'يعتبر', 'تعتبر', 'توقع', 'يتوقع', 'تتوقع'].map(normalizeKey),
);
const CONTINUATION_VERBS = new Set(['اوضح', 'اوضحت', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'تابع', 'تابعت', 'اشار', 'اشارت', 'لفت', 'لفتت', 'قال', 'قالت'].map(normalizeKey));

export interface SentenceAttribution extends Attribution {
  opinion: boolean;
  /** Token index of the speech verb, when there is one: the claim begins after it. */
  verbToken: number | null;
}

function stripConjunction(word: string): string {
  return word.length > 3 && /^[وف]/.test(word) ? word.slice(1) : word;
}

/** The rules by their first word, each list in {@link SPEAKER_RULES} order. */
const RULES_BY_FIRST_WORD = new Map<string, Array<{ rule: SpeakerRule; order: number }>>();
SPEAKER_RULES.forEach((rule, order) => {
  const first = rule.words[0] ?? '';
  RULES_BY_FIRST_WORD.set(first, [...(RULES_BY_FIRST_WORD.get(first) ?? []), { rule, order }]);
});

/**
 * The rules a word may open, in {@link SPEAKER_RULES} order: those whose first word it is, or ends
 * with after one or two letters («والمحلل»). The first of them whose other words follow is the
 * rule that reads there.
 */
function rulesOpenedBy(word: string): readonly SpeakerRule[] {
  const candidates: Array<{ rule: SpeakerRule; order: number }> = [];
  for (let stripped = 0; stripped <= 2 && stripped <= word.length; stripped += 1) {
    for (const candidate of RULES_BY_FIRST_WORD.get(stripped === 0 ? word : word.slice(stripped)) ?? []) candidates.push(candidate);
  }
  if (candidates.length === 0) return NO_RULES;
  return candidates.sort((left, right) => left.order - right.order).map((candidate) => candidate.rule);
}

const NO_RULES: readonly SpeakerRule[] = [];

/** What a word says for attribution, worked out once per distinct word of the reports. */
interface SpeechCue {
  speechVerb: boolean;
  continuationVerb: boolean;
  rules: readonly SpeakerRule[];
}

const SPEECH_CUES = new WordMemo<SpeechCue>((word) => {
  const bare = stripConjunction(word);
  return { speechVerb: SPEECH_VERBS.has(bare), continuationVerb: CONTINUATION_VERBS.has(bare), rules: rulesOpenedBy(word) };
});

/** Whether the words after the first word of `rule` follow token `index`; they may take the article («العسكري»). */
function matchesRest(tokens: readonly Token[], index: number, rule: SpeakerRule): boolean {
  for (let offset = 1; offset < rule.words.length; offset += 1) {
    const word = rule.words[offset] as string;
    const token = tokens[index + offset]?.norm ?? '';
    if (token !== word && token !== `ال${word}`) return false;
  }
  return true;
}

/** The first rule of {@link SPEAKER_RULES} that reads at token `index`; its first word may carry a clitic or the article. */
function matchRule(document: PreparedDocument, index: number, cue: SpeechCue): SpeakerRule | null {
  for (const rule of cue.rules) if (matchesRest(document.tokens, index, rule)) return rule;
  return null;
}

/**
 * The first actor mention that starts at a token, for tokens asked in increasing order: a cursor
 * over the mentions (in token order, as extractReport passes them). It replaced a map of every
 * mention by its first token, built per report for the few tokens right after a speech verb: on a
 * long report building it was most of this stage.
 */
class ActorsByToken {
  private next = 0;

  constructor(private readonly mentions: readonly EntityMention[]) {}

  startingAt(token: number): EntityMention | undefined {
    const { mentions } = this;
    while (this.next < mentions.length && (mentions[this.next] as EntityMention).firstToken < token) this.next += 1;
    for (let at = this.next; at < mentions.length; at += 1) {
      const mention = mentions[at] as EntityMention;
      if (mention.firstToken !== token) break;
      if (mention.ref.kind === 'Actor') return mention;
    }
    return undefined;
  }
}

/**
 * One attribution per sentence (null for a sentence whose speaker is the outlet itself).
 * `outlet` is the report's source (e.g. SY24), used for the default. `actors` are in token order.
 */
export function attributeSentences(document: PreparedDocument, actors: readonly EntityMention[]): Array<SentenceAttribution | null> {
  const { tokens, text } = document;
  const actorAt = new ActorsByToken(actors);
  const result: Array<SentenceAttribution | null> = [];
  let previous: SentenceAttribution | null = null;
  for (const sentence of document.sentences) {
    let found: SentenceAttribution | null = null;
    let verbToken: number | null = null;
    const scanEnd = Math.min(sentence.endToken, sentence.firstToken + 14);
    for (let index = sentence.firstToken; index < scanEnd && !found; index += 1) {
      const cue = SPEECH_CUES.at(document, index);
      if (cue.speechVerb && verbToken === null) verbToken = index;
      const speaker = matchRule(document, index, cue);
      if (speaker && verbToken !== null && index - verbToken <= 4) {
        const last = tokens[index + speaker.words.length - 1] as Token;
        const first = tokens[index] as Token;
        found = { text: text.slice(first.start, last.end), role: speaker.role, entity: null, opinion: speaker.opinion ?? false, verbToken };
      }
      if (!found && verbToken !== null && index > verbToken && index - verbToken <= 2) {
        const actor = actorAt.startingAt(index);
        if (actor) found = { text: actor.span.text, role: 'actor', entity: actor.ref.id, opinion: false, verbToken };
      }
    }
    const speakerBefore = previous as SentenceAttribution | null;
    if (!found && speakerBefore && SPEECH_CUES.at(document, sentence.firstToken).continuationVerb) found = { ...speakerBefore, verbToken: sentence.firstToken };
    result.push(found);
    previous = found ?? (verbToken === null ? null : previous);
  }
  return result;
}
