/**
 * Addressees: the outlet a speaker talks to («وقال لمنصة SY24: إن …», «قال لـ"عنب بلدي"», «في
 * تصريح لوكالة الأناضول») is neither the speaker nor anything the statement is about. Such actor
 * mentions stay entities of the report, but attribution, event roles and claims do not read them.
 */
import { normalizeKey, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';

/**
 * Words after which «لـ + name» is whom the words were said to. Not «بحسب», «وفقاً لـ» or «نقلاً عن»:
 * after those the name is the source.
 */
const ADDRESSING_WORDS: ReadonlySet<string> = new Set(
  ['قال', 'قالت', 'يقول', 'تقول', 'صرح', 'صرحت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أضاف', 'أضافت',
    'أشار', 'أشارت', 'كشف', 'كشفت', 'تحدث', 'تحدثت', 'نفى', 'نفت', 'تصريح', 'تصريحات', 'حديث', 'حديثه', 'حديثها', 'مقابلة', 'لقاء']
    .map(normalizeKey),
);

/** Outlet nouns carrying the «ل» of the addressee, when the name after them is the mention («لموقع “السويداء 24”»). */
const ADDRESSED_OUTLET_NOUNS: ReadonlySet<string> = new Set(
  ['لمنصة', 'لموقع', 'لوكالة', 'لقناة', 'لصحيفة', 'لجريدة', 'لشبكة', 'لتلفزيون', 'لإذاعة', 'لراديو', 'لمراسل'].map(normalizeKey),
);

/** How many words before the addressee the speech word may stand («قال القيادي في الفصيل لـ…»). */
const SPEECH_WINDOW = 8;

/** A lone «ل» (with tatweel, quotes or spaces) before the name, as its own token or fused to it. */
const LAM_PREFIX = /^[وف]?لـ*[\s"'“”«»]*$/u;

/**
 * Whether the text at `at` reads «ل» or «ول»/«فل»: what {@link LAM_PREFIX} needs first, tested on
 * two characters before a slice and a regular expression (most mentions inside a word follow «ب» or «و»).
 */
function opensWithLam(text: string, at: number): boolean {
  const first = text[at];
  return first === 'ل' || ((first === 'و' || first === 'ف') && text[at + 1] === 'ل');
}

function startsWithAddressingLam(document: PreparedDocument, mention: EntityMention): boolean {
  const { text, tokens } = document;
  const first = tokens[mention.firstToken] as Token;
  if (mention.span.start > first.start) return mention.span.start - first.start <= 4 && opensWithLam(text, first.start) && LAM_PREFIX.test(text.slice(first.start, mention.span.start));
  const before = tokens[mention.firstToken - 1];
  if (!before) return false;
  if (ADDRESSED_OUTLET_NOUNS.has(before.norm)) return true;
  // Most mentions follow an ordinary word: the length test spares them the regular expressions.
  return before.norm.length <= 2 && /^[وف]?ل$/.test(before.norm) && LAM_PREFIX.test(text.slice(before.start, first.start));
}

/** «إن», «أن», «بأن», «أنه»…: the word that opens what was said. */
const COMPLEMENT = /^(ب?ان|انه|انها|انهم|بانه|بانها|بانهم)$/;

/**
 * Whether the mention stands between a speech word and the opening of what was said: «قال … لـY
 * إن …», «قال لـY: …». A possessive «ل» inside the statement («هاجموا حاجزاً لقسد في …») is not.
 */
function standsBeforeSpeech(document: PreparedDocument, mention: EntityMention): boolean {
  const { text, tokens } = document;
  const sentence = document.sentences[mention.sentence];
  if (!sentence) return false;
  const next = tokens[mention.lastToken + 1];
  const gap = next ? text.slice(mention.span.end, next.start) : '';
  if (!(gap.includes(':') || (next && mention.lastToken + 1 < sentence.endToken && COMPLEMENT.test(next.norm)))) return false;
  for (let index = mention.firstToken - 1; index >= Math.max(sentence.firstToken, mention.firstToken - SPEECH_WINDOW); index -= 1) {
    const word = tokens[index]?.norm ?? '';
    if (COMPLEMENT.test(word)) return false;
    const bare = word.length > 3 && /^[وفب]/.test(word) ? word.slice(1) : word;
    if (ADDRESSING_WORDS.has(word) || ADDRESSING_WORDS.has(bare)) return true;
  }
  return false;
}

/** The actor mentions that name whom a speaker addressed, in one pass over the mentions. */
export function findAddressees(document: PreparedDocument, mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const addressees = new Set<EntityMention>();
  for (const mention of mentions) {
    if (mention.ref.kind !== 'Actor') continue;
    if (startsWithAddressingLam(document, mention) && standsBeforeSpeech(document, mention)) addressees.add(mention);
  }
  return addressees;
}
