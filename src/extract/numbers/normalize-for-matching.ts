/** Folds Arabic text into a matching view, one input code unit at a time, keeping a map back to the original offsets. */

/**
 * The matching view of a text. `originalIndex[i]` is the offset in the original text of the
 * code unit that produced `text[i]`; one extra entry at the end holds the original length, so a
 * span `[start, end)` of the view maps back to `[originalIndex[start], …]` (see {@link toOriginalSpan}).
 */
export interface NormalizedText {
  text: string;
  originalIndex: Int32Array;
}

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;

/**
 * Returns the code units one input code unit becomes: '' when it is dropped (harakat, Quranic
 * marks, tatweel, bidi and zero-width marks), a folded letter or digit otherwise. The fold set is
 * Lucene's ArabicNormalizer plus digits, as the project notes recommend; ؤ and ئ are kept because
 * number words are listed in both spellings (مئة / مائة) and folding them adds nothing here.
 */
function foldCodeUnit(code: number): string {
  if (code < 0x0600) return String.fromCharCode(code);
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) return '';
  if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x06d6 && code <= 0x06ed)) return '';
  if (code === 0x0640 || code === 0x061c || code === 0xfeff) return '';
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return '';
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return String.fromCharCode(ALEF);
  if (code === 0x0649 || code === 0x06cc) return String.fromCharCode(YEH);
  if (code === 0x0629) return String.fromCharCode(HEH);
  if (code === 0x06a9) return String.fromCharCode(KAF);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  if (code === 0x060c || code === 0x066c) return ',';
  if (code === 0x061b) return ';';
  if (code === 0x061f) return '?';
  if (code === 0x066b) return '.';
  return String.fromCharCode(code);
}

/** Presentation forms (ligatures, contextual shapes) fold through NFKC before the letter folds. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/**
 * Normalizes `text` for matching. Never throws: lone surrogates and control characters are copied
 * unchanged. Linear in the length of the text.
 */
export function normalizeForMatching(text: string): NormalizedText {
  const pieces: string[] = [];
  // NFKC can expand one code unit into several, so the map may outgrow the input.
  let originalIndex = new Int32Array(text.length + 1);
  let length = 0;
  const push = (piece: string, from: number): void => {
    for (let k = 0; k < piece.length; k++) {
      if (length + 1 >= originalIndex.length) {
        const grown = new Int32Array(originalIndex.length * 2 + 8);
        grown.set(originalIndex);
        originalIndex = grown;
      }
      originalIndex[length++] = from;
    }
    pieces.push(piece);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPresentationForm(code)) {
      const expanded = text[i]!.normalize('NFKC');
      let folded = '';
      for (let k = 0; k < expanded.length; k++) folded += foldCodeUnit(expanded.charCodeAt(k));
      push(folded, i);
    } else {
      push(foldCodeUnit(code), i);
    }
  }
  originalIndex[length] = text.length;
  return { text: pieces.join(''), originalIndex: originalIndex.subarray(0, length + 1) };
}

/** Marks that belong to the letter before them, so a span ending on that letter keeps them. */
function isTrailingMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/**
 * Maps a non-empty span `[start, end)` of the normalized view to offsets into `original`. The end
 * is extended over harakat and tatweel written after the last letter (قُتلَ keeps its fatha).
 */
export function toOriginalSpan(
  original: string,
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = normalized.originalIndex[start] ?? original.length;
  let originalEnd = (normalized.originalIndex[end - 1] ?? original.length - 1) + 1;
  while (originalEnd < original.length && isTrailingMark(original.charCodeAt(originalEnd))) originalEnd++;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
