// Candidate stems of one normalized Arabic token with its proclitics (و ف، ب ك ل، ال) removed.

/** One reading of a token: the stem a lexicon lookup should try. */
export interface CliticVariant {
  /** The stem in matching form. For «لل» (ل + ال with the alif elided) one variant restores «ال». */
  stem: string;
  /**
   * How many normalized characters of the token precede the stem's own letters: the stem
   * starts at `token.norm.slice(prefixLength)`, except that a restored article «ال» covers the
   * single «ل» at that position (for «للفرقه», «الفرقه» has prefixLength 1).
   */
  prefixLength: number;
  /** Letters in the stem, for the caller's minimum-length policy (the notes ask for ≥ 3). */
  stemLength: number;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);
const ARTICLE = 'ال';
const MINIMUM_STEM_LENGTH = 2;
const LONGEST_UNSTRIPPED_LENGTH = 3;

/** Adds a reading unless its stem is too short or already read (the few variants make a scan cheaper than a set). */
function addVariant(variants: CliticVariant[], stem: string, prefixLength: number): void {
  if (stem.length < MINIMUM_STEM_LENGTH) return;
  for (const variant of variants) if (variant.stem === stem) return;
  variants.push({ stem, prefixLength, stemLength: stem.length });
}

/**
 * The readings of a single normalized token (as in {@link Token.norm}): the token itself first
 * (prefixLength 0), then every way of removing a proclitic cluster — optional و or ف, then
 * optional ب, ك or ل, then optional ال, where «لل» is ل + ال — ordered by prefixLength, longer
 * stems first on ties. Examples: «والنظام» → النظام (1), نظام (3); «بريف» → ريف (1);
 * «للفرقه» → الفرقه (1), لفرقه (1), فرقه (2) — «لفرقه» because «للبنان» is ل + لبنان.
 *
 * Only stems of at least two letters are returned, and a token of three letters or fewer is
 * never stripped. This function does not know the lexicon, so it over-generates: the caller
 * must try the unstripped token first and prefer the longest lexicon match, because many names
 * start with these letters (وادي، الباب، بنش، فرح، كفرنبل، الرقه) and «الباب» must not become «باب».
 */
export function cliticVariants(norm: string): CliticVariant[] {
  const variants: CliticVariant[] = [{ stem: norm, prefixLength: 0, stemLength: norm.length }];
  if (norm.length <= LONGEST_UNSTRIPPED_LENGTH) return variants;

  const afterConjunction = CONJUNCTIONS.has(norm.charAt(0)) ? [0, 1] : [0];
  for (const conjunctionEnd of afterConjunction) {
    const afterPreposition = PREPOSITIONS.has(norm.charAt(conjunctionEnd))
      ? [conjunctionEnd, conjunctionEnd + 1]
      : [conjunctionEnd];
    for (const prepositionEnd of afterPreposition) {
      if (norm.startsWith(ARTICLE, prepositionEnd)) addVariant(variants, norm.slice(prepositionEnd + 2), prepositionEnd + 2);
      const elidedArticle =
        prepositionEnd > conjunctionEnd && norm.charAt(prepositionEnd - 1) === 'ل' && norm.charAt(prepositionEnd) === 'ل';
      if (elidedArticle) {
        addVariant(variants, 'ا' + norm.slice(prepositionEnd), prepositionEnd);
        addVariant(variants, norm.slice(prepositionEnd + 1), prepositionEnd + 1);
      }
      if (prepositionEnd > 0) addVariant(variants, norm.slice(prepositionEnd), prepositionEnd);
    }
  }
  return variants.sort(
    (left, right) => left.prefixLength - right.prefixLength || right.stemLength - left.stemLength,
  );
}

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/**
 * `word` without a leading «و» or «ف», then without a leading «ب», «ل» or «ك»: what
 * `word.replace(/^(و|ف)?(ب|ل|ك)?/, '')` gives, without a regular expression, for the rules that
 * ask it of every token. Nothing else is checked (length, article): callers that need
 * readings the lexicon can confirm use {@link cliticVariants}.
 */
export function stripProclitics(word: string): string {
  let at = 0;
  const first = word.charCodeAt(0);
  if (first === WAW || first === FEH) at = 1;
  const next = word.charCodeAt(at);
  if (next === BEH || next === LAM || next === KAF) at += 1;
  return at === 0 ? word : word.slice(at);
}
