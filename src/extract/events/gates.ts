/**
 * Whether a trigger states a happening or only a negated, future, hypothetical, generic or
 * background one (PLOVER's auxiliary modes). Bare cue matching is known to be useless on Arabic
 * news (precision 0.15 on a public assault gold set), so every trigger passes through here.
 */
import type { Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { GateKind, TriggerTable } from './trigger-table.js';

/** How far before a trigger a negation, future or hypothetical cue still governs it. */
const CLAUSE_WINDOW = 7;

/** «قد» before a present-tense verb is modal («قد يؤدي»); before a past verb it only stresses. */
function isModalQad(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]?.norm === 'قد' && next !== undefined && /^[يتن]/.test(next.norm);
}

/** «وكان X قد فعل»: the pluperfect that tells background, not the news of the day. */
function isPluperfectBackground(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const word = tokens[index]?.norm ?? '';
    if (/^و?(كان|كانت|كانوا)$/.test(word)) {
      for (let later = index + 1; later < Math.min(to + 1, index + 8); later += 1) if (tokens[later]?.norm === 'قد') return true;
    }
  }
  return false;
}

/** The gate cues of a document, found once: for each token, the cue starting there (if any). */
export interface GateHits {
  kinds: Array<GateKind[] | undefined>;
  lastToken: Int32Array;
}

export function scanGates(document: PreparedDocument, table: TriggerTable): GateHits {
  const kinds: Array<GateKind[] | undefined> = new Array(document.tokens.length);
  const lastToken = new Int32Array(document.tokens.length).fill(-1);
  for (let index = 0; index < document.tokens.length; index += 1) {
    const match = table.gates.matchAt(document, index);
    if (!match) continue;
    kinds[index] = match.values;
    lastToken[index] = match.lastToken;
  }
  return { kinds, lastToken };
}

/** The gate that stops the trigger at token `first`, or null when it states a plain event. */
export function findGate(document: PreparedDocument, gates: GateHits, first: number): GateKind | null {
  const { tokens } = document;
  const sentenceIndex = document.sentenceOf[first] ?? -1;
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) return null;
  const clause = document.clauseOf[first];
  const asked = sentence.text.trimEnd();
  if (asked.endsWith('؟') || asked.endsWith('?')) {
    return 'hypothetical';
  }
  // Negation governs the words right after it («لم تتمكن من السيطرة»); intention and condition
  // govern their whole clause («تعتزم … إطلاق عملية … بمشاركة … لقطع طرق الإمداد»).
  for (let index = sentence.firstToken; index < first; index += 1) {
    if (document.clauseOf[index] !== clause) continue;
    const near = index >= first - CLAUSE_WINDOW;
    if (near && isModalQad(tokens, index)) return 'hypothetical';
    const values = gates.kinds[index];
    if (values && (gates.lastToken[index] ?? first) < first) {
      const kind = values.find((value) => value === 'future' || value === 'hypothetical' || (near && value === 'negation'));
      if (kind) return kind;
    }
  }
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const values = gates.kinds[index];
    const kind = values?.find((value) => value === 'generic' || value === 'background' || value === 'habitual');
    const claimed = values?.includes('claimed') ? 'claimed' : undefined;
    // A background, habitual or claim cue governs what follows it; a generic one the whole sentence.
    if (kind === 'generic' || (kind !== undefined && index < first)) return kind;
    if (claimed && index < first) return claimed;
  }
  if (isPluperfectBackground(tokens, sentence.firstToken, first)) return 'background';
  return null;
}
