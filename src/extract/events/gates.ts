/**
 * Whether a trigger states a happening or only a negated, future, hypothetical, generic or
 * background one (PLOVER's auxiliary modes). Bare cue matching is known to be useless on Arabic
 * news (precision 0.15 on a public assault gold set), so every trigger passes through here.
 */
import type { Token } from '../text/index.js';
import type { PreparedDocument, Sentence } from '../document/document.js';
import type { GateKind, TriggerTable } from './trigger-table.js';
import { CLAUSE_TURN, CLAUSE_WORDS, COMPLEMENTIZER, PAST_AUXILIARY } from './clause-words.js';

/** How far before a trigger a negation, future or hypothetical cue still governs it. */
const CLAUSE_WINDOW = 7;

/** «قد» before a present-tense verb is modal («قد يؤدي»); before a past verb it only stresses. */
function isModalQad(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]?.norm === 'قد' && next !== undefined && /^[يتن]/.test(next.norm);
}

/** A cue of the gate table that starts at one token of a sentence. */
interface GateCue {
  token: number;
  kinds: readonly GateKind[];
  lastToken: number;
  /** Whether a kind of it ends the evidence clause (all but generic, background and habitual). */
  endsEvidence: boolean;
}

/**
 * The gate cues and clause words of one sentence, found once for all its triggers, so that a
 * trigger walks the few cues and words of its sentence instead of every token around it (the
 * pluperfect test, the evidence's end and the subject's start read lists). Sentences without a
 * trigger are never read.
 */
export interface SentenceGates {
  /** The cues in token order. */
  cues: GateCue[];
  /** Tokens that read as a pluperfect's «كان», in order. */
  pastAuxiliaries: number[];
  /** Tokens where a clause turns («وسط», «فيما»…), in order: the evidence of a trigger before them ends there. */
  clauseTurns: number[];
  /** Complementizers («أن», «حيث»…), in order: the subject of a trigger's clause begins after the last before it. */
  complementizers: number[];
  /** The sentence ends with a question mark. */
  asked: boolean;
}

/**
 * The gate cues of a document, read per sentence on first use. Kept in an array by sentence index,
 * not a map: a long report has tens of thousands of sentences.
 */
export class GateCues {
  private readonly bySentence: Array<SentenceGates | undefined>;

  constructor(
    private readonly document: PreparedDocument,
    private readonly table: TriggerTable,
  ) {
    this.bySentence = new Array<SentenceGates | undefined>(document.sentences.length).fill(undefined);
  }

  of(sentence: Sentence): SentenceGates {
    let found = this.bySentence[sentence.index];
    if (!found) {
      found = this.scan(sentence);
      this.bySentence[sentence.index] = found;
    }
    return found;
  }

  private scan(sentence: Sentence): SentenceGates {
    const { document } = this;
    const cues: GateCue[] = [];
    const pastAuxiliaries: number[] = [];
    const clauseTurns: number[] = [];
    const complementizers: number[] = [];
    for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
      const classes = CLAUSE_WORDS.at(document, index);
      if (classes !== 0) {
        if (classes & PAST_AUXILIARY) pastAuxiliaries.push(index);
        if (classes & CLAUSE_TURN) clauseTurns.push(index);
        if (classes & COMPLEMENTIZER) complementizers.push(index);
      }
      const match = this.table.gates.matchAt(document, index);
      if (!match) continue;
      const endsEvidence = match.values.some((kind) => kind !== 'generic' && kind !== 'background' && kind !== 'habitual');
      cues.push({ token: index, kinds: match.values, lastToken: match.lastToken, endsEvidence });
    }
    const asked = sentence.text.trimEnd();
    return { cues, pastAuxiliaries, clauseTurns, complementizers, asked: asked.endsWith('؟') || asked.endsWith('?') };
  }
}

/**
 * The first token after `after` where the evidence clause of a trigger ends — a cue that ends it
 * or a clause turn («… وسط حديث عن نية», «… ولم تعلن أي جهة مسؤوليتها») — or -1.
 */
export function firstEvidenceStop(gates: SentenceGates, after: number): number {
  let stop = -1;
  for (const cue of gates.cues) {
    if (cue.token > after && cue.endsEvidence) {
      stop = cue.token;
      break;
    }
  }
  for (const turn of gates.clauseTurns) if (turn > after) return stop < 0 ? turn : Math.min(stop, turn);
  return stop;
}

/** Where the subject of a clause before token `to` may begin: after the last complementizer before it, else at the sentence's start. */
export function subjectStart(gates: SentenceGates, sentenceStart: number, to: number): number {
  let start = sentenceStart;
  for (const index of gates.complementizers) {
    if (index >= to) break;
    start = index + 1;
  }
  return start;
}

/** The first «قد يـ…» of the clause within {@link CLAUSE_WINDOW} tokens before `first`, or -1. */
function modalQadBefore(document: PreparedDocument, sentence: Sentence, clause: number, first: number): number {
  for (let index = Math.max(sentence.firstToken, first - CLAUSE_WINDOW); index < first; index += 1) {
    if (document.clauseOf[index] === clause && isModalQad(document.tokens, index)) return index;
  }
  return -1;
}

/** «وكان X قد فعل»: the pluperfect that tells background, not the news of the day. */
function isPluperfectBackground(tokens: readonly Token[], gates: SentenceGates, first: number): boolean {
  for (const index of gates.pastAuxiliaries) {
    if (index >= first) break;
    for (let later = index + 1; later < Math.min(first + 1, index + 8); later += 1) if (tokens[later]?.norm === 'قد') return true;
  }
  return false;
}

/** The gate that stops the trigger at token `first`, or null when it states a plain event. */
export function findGate(document: PreparedDocument, gates: GateCues, first: number): GateKind | null {
  const sentence = document.sentences[document.sentenceOf[first] ?? -1];
  if (!sentence) return null;
  const cues = gates.of(sentence);
  if (cues.asked) return 'hypothetical';
  const clause = document.clauseOf[first] ?? -1;
  // Negation governs the words right after it («لم تتمكن من السيطرة»); intention and condition
  // govern their whole clause («تعتزم … إطلاق عملية … بمشاركة … لقطع طرق الإمداد»). The nearest
  // cue to the sentence start wins; a modal «قد» wins over a cue at its own token.
  const qad = modalQadBefore(document, sentence, clause, first);
  const governedUpTo = qad < 0 ? first : qad;
  for (const cue of cues.cues) {
    if (cue.token >= governedUpTo) break;
    if (document.clauseOf[cue.token] !== clause || cue.lastToken >= first) continue;
    const near = cue.token >= first - CLAUSE_WINDOW;
    const kind = cue.kinds.find((value) => value === 'future' || value === 'hypothetical' || (near && value === 'negation'));
    if (kind) return kind;
  }
  if (qad >= 0) return 'hypothetical';
  for (const cue of cues.cues) {
    const kind = cue.kinds.find((value) => value === 'generic' || value === 'background' || value === 'habitual');
    // A background, habitual or claim cue governs what follows it; a generic one the whole sentence.
    if (kind === 'generic' || (kind !== undefined && cue.token < first)) return kind;
    if (cue.token < first && cue.kinds.includes('claimed')) return 'claimed';
  }
  if (isPluperfectBackground(document.tokens, cues, first)) return 'background';
  return null;
}
