/**
 * Claims: what a report says somebody asserts rather than what happened — an analyst's reading,
 * an accusation, a denial, a claim of responsibility, the content of a statement. Each keeps its
 * claimant and the span that states it; negated and hedged statements land here, not as events.
 */
import type { Claim, Span } from '../../domain/extraction.js';
import { normalizeKey, type Token } from '../text/index.js';
import type { PreparedDocument, Sentence } from '../document/document.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import type { SentenceAttribution } from '../attribution/find-attribution.js';
import { endWithoutTrailingSeparators } from '../events/span-end.js';
import { WordMemo } from '../lexicon/word-memo.js';

/** Verbs that make whatever follows a claim, whoever says it, with the status they give it. */
const CLAIM_VERBS = new Map<string, string>(
  [
    ['نفى', 'denied'], ['نفت', 'denied'], ['ينفي', 'denied'], ['تنفي', 'denied'],
    ['اتهم', 'accusation'], ['اتهمت', 'accusation'], ['يتهم', 'accusation'], ['تتهم', 'accusation'],
    ['زعم', 'claimed'], ['زعمت', 'claimed'], ['ادعى', 'claimed'], ['ادعت', 'claimed'],
    ['رجح', 'hedged'], ['رجحت', 'hedged'], ['يرجح', 'hedged'], ['اعتبر', 'analysis'], ['اعتبرت', 'analysis'],
    ['قلل', 'analysis'], ['قللت', 'analysis'], ['حذر', 'analysis'], ['حذرت', 'analysis'], ['توقع', 'analysis'], ['توقعت', 'analysis'],
    ['حمل', 'accusation'], ['حملت', 'accusation'], ['متهما', 'accusation'], ['متهمة', 'accusation'], ['محملا', 'accusation'], ['محملة', 'accusation'],
    ['زاعما', 'claimed'], ['زاعمة', 'claimed'], ['نافيا', 'denied'], ['نافية', 'denied'], ['تبنى', 'claimed-responsibility'], ['تبنت', 'claimed-responsibility'],
  ].map(([word, status]) => [normalizeKey(word as string), status as string]),
);
const STATEMENT_CUES = new Set(['بيان', 'بيانا', 'تصريح', 'تصريحات', 'مؤتمر'].map(normalizeKey));
const QUOTE_PAIRS: Array<[string, string]> = [['“', '”'], ['«', '»'], ['"', '"']];

/**
 * The word without a leading «و»/«ف» and then «ب», «ل» or «في» — `word.replace(/^(و|ف)?(ب|ل|في)?/, '')`
 * without a regular expression, as it is asked of most tokens. Being greedy it also takes the «ب»
 * of «بيان» itself, so «بيان» opens no statement: kept so, as changing it changes which claims are found.
 */
function stripStatementClitics(word: string): string {
  let at = word.startsWith('و') || word.startsWith('ف') ? 1 : 0;
  if (word.startsWith('ب', at) || word.startsWith('ل', at)) at += 1;
  else if (word.startsWith('في', at)) at += 2;
  return at === 0 ? word : word.slice(at);
}

/** What a word says for claims: the status of the claim it opens, and whether it names a statement. */
interface ClaimCue {
  status: string | null;
  statement: boolean;
}

const CLAIM_CUES = new WordMemo<ClaimCue>((word) => ({
  status: CLAIM_VERBS.get(word.length > 3 && (word.startsWith('و') || word.startsWith('ف')) ? word.slice(1) : word) ?? null,
  statement: STATEMENT_CUES.has(stripStatementClitics(word)),
}));

function quotesIn(text: string, sentence: Span): Span[] {
  // Searched in the sentence (and the character after it, where a closing quote may stand), not
  // in the rest of the report: a long report would be searched once per sentence.
  const window = text.slice(sentence.start, sentence.end + 1);
  const length = sentence.end - sentence.start;
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = window.indexOf(open, from);
      if (start < 0 || start >= length) break;
      const end = window.indexOf(close, start + 1);
      if (end < 0) break;
      // A quoted name («تنظيم “داعش”») is not a statement: a quote of a few words is skipped.
      const quoted = window.slice(start + 1, end);
      if (quoted.trim().split(/\s+/).length >= 5) spans.push({ text: quoted, start: sentence.start + start + 1, end: sentence.start + end });
      from = end + 1;
    }
  }
  return spans;
}

function tailFrom(text: string, tokens: readonly Token[], sentence: Sentence, tokenIndex: number): Span {
  const start = (tokens[tokenIndex] as Token).start;
  return { text: text.slice(start, sentence.end), start, end: sentence.end };
}

/** Where a claim opens in a sentence, with its status. */
interface ClaimOpening {
  index: number;
  status: string;
}

const NO_OPENINGS: readonly ClaimOpening[] = [];

/**
 * The claims `sentence` opens: each claim verb opens one that runs to the next («نفى X …، فيما
 * رجّح ناشطون …»); a statement word opens one when no verb stands before it. The shared empty
 * list for a sentence without any, as most are.
 */
function claimOpeningsOf(document: PreparedDocument, sentence: Sentence): readonly ClaimOpening[] {
  let openings: ClaimOpening[] | null = null;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const { status, statement } = CLAIM_CUES.at(document, index);
    if (status) (openings ??= []).push({ index, status });
    else if (openings === null && statement && index + 1 < sentence.endToken) openings = [{ index, status: 'statement' }];
  }
  return openings ?? NO_OPENINGS;
}

export function findClaims(
  document: PreparedDocument,
  mentions: readonly EntityMention[],
  attributions: ReadonlyArray<SentenceAttribution | null>,
  outletActorId: string | null,
): Claim[] {
  const { text, tokens } = document;
  const claims: Claim[] = [];
  // By sentence index in an array, not a map: a long report has tens of thousands of sentences.
  const actorsBySentence = new Array<EntityMention[] | undefined>(document.sentences.length).fill(undefined);
  for (const mention of mentions) {
    // A mention outside every sentence (-1) is never asked for.
    if (mention.ref.kind !== 'Actor' || mention.sentence < 0) continue;
    const list = actorsBySentence[mention.sentence];
    if (list) list.push(mention);
    else actorsBySentence[mention.sentence] = [mention];
  }
  const actorsOfSentence = (sentence: Sentence) => actorsBySentence[sentence.index] ?? [];
  for (const sentence of document.sentences) {
    const attribution = attributions[sentence.index] ?? null;
    const openings = claimOpeningsOf(document, sentence);
    // Most sentences open no claim and are no one's reading: nothing is built for them.
    if (openings.length === 0 && !attribution?.opinion) continue;
    const spans: Array<{ span: Span; status: string }> = [];
    for (const [position, opening] of openings.entries()) {
      const next = openings[position + 1];
      const whole = tailFrom(text, tokens, sentence, opening.index);
      const end = next ? (tokens[next.index] as Token).start : whole.end;
      const trimmedEnd = endWithoutTrailingSeparators(text, whole.start, end);
      const span = { text: text.slice(whole.start, trimmedEnd), start: whole.start, end: trimmedEnd };
      spans.push({ span, status: opening.status });
    }
    if (attribution?.opinion) {
      const quoted = quotesIn(text, sentence);
      if (quoted.length > 0) spans.push(...quoted.map((span) => ({ span, status: 'analysis' })));
      else if (spans.length === 0) spans.push({ span: sentence, status: 'analysis' });
    }
    for (const { span, status } of spans) {
      const about = [...new Set(actorsOfSentence(sentence).filter((mention) => mention.span.start >= span.start && mention.span.end <= span.end).map((mention) => mention.ref.id))];
      claims.push({
        id: '',
        claimant: attribution
          ? { text: attribution.text, role: attribution.role, entity: attribution.entity }
          : { text: '', role: 'outlet', entity: outletActorId },
        about,
        text: span.text,
        evidence: { text: span.text, start: span.start, end: span.end },
        status,
      });
    }
  }
  return claims;
}
