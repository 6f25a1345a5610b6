// The per-character folding rules behind normalizeArabic: what each code point becomes in the matching form.

/**
 * Why a rule table and not a chain of `replace` calls: {@link foldCodeUnit} is computed once per
 * distinct character and cached, so the normalizing pass costs one array read per character.
 *
 * The rules (see /work/shared/notes/arabic-event-coding.md, "Normalization for matching"):
 * - dropped: harakat U+064B–U+0655, superscript alef U+0670, Quranic marks U+0610–U+061A and
 *   U+06D6–U+06ED, tatweel U+0640, zero-width and bidi marks U+200B–U+200F, U+202A–U+202E,
 *   U+2060–U+2064, U+2066–U+2069, U+061C, U+FEFF, and the soft hyphen U+00AD (all invisible);
 * - أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ک → ك, ی → ي;
 * - Arabic-Indic digits (both sets) → 0–9; ، ؛ ؟ → , ; ?; the Arabic decimal and thousands
 *   separators ٫ ٬ → . , ; Arabic percent ٪ → %; Urdu full stop ۔ → .;
 * - every quote character (straight, curly, guillemets, primes) → a space, so that «تنظيم “داعش”»
 *   and "تنظيم داعش" have the same key once whitespace is collapsed;
 * - control characters other than tab, line feed and carriage return → a space; U+2028 and
 *   U+2029 → a line feed;
 * - anything else: NFKC of the character alone (presentation forms such as ﻻ → لا), lower-cased
 *   (Latin, and other cased scripts too), with the rules above applied to the result.
 */

const QUOTES = new Set([
  0x22, 0x27, 0x60, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f,
  0x2032, 0x2033, 0x2035, 0x2036, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f,
]);

const LETTER_FOLDINGS = new Map<number, number>([
  [0x0622, 0x0627], [0x0623, 0x0627], [0x0625, 0x0627], [0x0671, 0x0627], // آ أ إ ٱ → ا
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  [0x0624, 0x0648], // ؤ → و
  [0x0626, 0x064a], // ئ → ي
  [0x06a9, 0x0643], // ک → ك
  [0x06cc, 0x064a], // ی → ي
  [0x060c, 0x2c], [0x061b, 0x3b], [0x061f, 0x3f], // ، ؛ ؟
  [0x066b, 0x2e], [0x066c, 0x2c], [0x066a, 0x25], [0x06d4, 0x2e], // ٫ ٬ ٪ ۔
  [0x2028, 0x0a], [0x2029, 0x0a],
]);

/** True for the invisible or combining characters the matching form leaves out. */
export function isDroppedCodeUnit(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x0655) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 ||
    code === 0x061c ||
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * The explicit rules for one BMP code unit: a replacement string ('' when dropped), or
 * undefined when no explicit rule applies and NFKC decides.
 */
function foldExplicitly(code: number): string | undefined {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return String.fromCharCode(code);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return ' ';
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code < 0x7f) return QUOTES.has(code) ? ' ' : String.fromCharCode(code);
  if (isDroppedCodeUnit(code)) return '';
  if (QUOTES.has(code)) return ' ';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  const letter = LETTER_FOLDINGS.get(code);
  return letter === undefined ? undefined : String.fromCharCode(letter);
}

/** Applies the explicit rules to every character of an NFKC result. */
function foldEachCharacter(composed: string): string {
  let folded = '';
  for (const character of composed) {
    const explicit = character.length === 1 ? foldExplicitly(character.charCodeAt(0)) : undefined;
    folded += explicit ?? character;
  }
  return folded;
}

/**
 * The matching form of one character, given as a whole code point (a BMP unit or a valid
 * surrogate pair; lone surrogates never reach here). Returns '' when the character is dropped.
 */
export function foldCharacter(character: string): string {
  if (character.length === 1) {
    const explicit = foldExplicitly(character.charCodeAt(0));
    if (explicit !== undefined) return explicit;
  }
  const composed = character.normalize('NFKC').toLowerCase();
  return composed === character ? character : foldEachCharacter(composed);
}
