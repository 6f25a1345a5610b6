/**
 * The actors of one sentence grouped for role assignment: coordinated actors («X وY وZ») form one
 * group, supporters («X المدعومة بـY») join X's group, and modifiers («X التابعة لـY», «X التي
 * يقودها Y», «X في جيش Y») are set aside — they describe X, they do not act.
 */
import type { Token } from '../text/index.js';
import type { EntityMention } from '../entities/find-entity-mentions.js';
import { normalizeKey } from '../text/index.js';
import { everyGapWord, gapLength, gapWords, someGapWord, type WordGap } from './word-gap.js';

export interface ActorGroup {
  members: EntityMention[];
  firstToken: number;
  lastToken: number;
}

const MODIFIER_LINKS = new Set(
  ['التابعة', 'التابع', 'التابعين', 'التابعون', 'تابعة', 'تابع', 'تابعين', 'الموالية', 'الموالي', 'الموالين', 'المدعومة', 'المدعوم', 'المدعومين', 'يقودها', 'يقوده', 'بقيادة', 'يتزعمها', 'يتزعمه', 'في', 'لدى', 'ضمن', 'المقربة', 'المقرب', 'التي', 'الذي'].map(normalizeKey),
);
const SUPPORT_LINKS = new Set(['المدعومة', 'المدعوم', 'المدعومين', 'المسنودة', 'بمساندة', 'بدعم', 'بمشاركة', 'بإسناد', 'مع', 'بالتعاون', 'وبإسناد'].map(normalizeKey));
/** Nouns that stand for an actor's own men: «عناصر تابعين للفرقة» is the division itself acting. */
const GENERIC_HEADS = new Set(
  ['عناصر', 'مجموعات', 'مجموعة', 'قوات', 'خلايا', 'خلية', 'حواجز', 'حاجز', 'دورية', 'دوريات', 'رتل', 'رتلا', 'مقاتلين', 'مقاتلي', 'مقاتلو', 'فصائل', 'ميليشيات', 'عربات', 'نقاط', 'النقاط', 'مواقع', 'مقرات', 'طائرات', 'طائرة', 'مسلحين', 'مسلحون', 'افراد', 'أفراد', 'عنصرا', 'عنصرين', 'ضباط', 'جنود'].map(normalizeKey),
);

const isFrom = (word: string) => word === 'من';
const isBackedWord = (word: string) => word.startsWith('المدعوم') || word.startsWith('مدعوم');
const isSupportLink = (word: string) => SUPPORT_LINKS.has(word);
const isModifierLink = (word: string) => MODIFIER_LINKS.has(word) || word === 'من';

/**
 * Whether the mention starts with the conjunction و (attached) or follows a comma/و alone. The
 * token distance is tested first: the gap text is sliced and matched only for a mention right
 * after the previous one that starts with و.
 */
function isCoordinated(text: string, tokens: readonly Token[], previousEnd: number, mention: EntityMention): boolean {
  const distance = mention.firstToken - previousEnd;
  if (distance === 2) return (tokens[previousEnd + 1] as Token).norm === 'و';
  if (distance !== 1) return false;
  const first = tokens[mention.firstToken] as Token;
  return first.norm.startsWith('و') && /^\s*[،,]?\s*$/.test(text.slice((tokens[previousEnd] as Token).end, first.start));
}

export interface SentenceActors {
  groups: ActorGroup[];
  /** Modifier mentions with the mention they modify and the link word that relates them. */
  modifiers: Array<{ mention: EntityMention; head: EntityMention; link: string[] }>;
}

export function groupSentenceActors(text: string, tokens: readonly Token[], actors: readonly EntityMention[]): SentenceActors {
  const groups: ActorGroup[] = [];
  const modifiers: SentenceActors['modifiers'] = [];
  let previous: EntityMention | null = null;
  for (const mention of actors) {
    const current = groups[groups.length - 1];
    if (previous && current) {
      const gap: WordGap = { tokens, from: previous.lastToken + 1, to: mention.firstToken };
      const length = gapLength(gap);
      const near = mention.firstToken - previous.lastToken <= 4;
      const headIsGeneric = GENERIC_HEADS.has(tokens[previous.lastToken + 1]?.norm ?? '');
      // «المدعومة بـY», «بمساندة (مروحيات) Y», «بمشاركة قوات Y», «مع Y»: Y acts beside X.
      // «المدعومة من Y» is a description of X (a modifier below), not a co-actor.
      const backedFrom = someGapWord(gap, isFrom) && someGapWord(gap, isBackedWord);
      const support = !backedFrom && someGapWord(gap, isSupportLink) && length <= 3;
      if (near && support) {
        current.members.push(mention);
        current.lastToken = mention.lastToken;
        previous = mention;
        continue;
      }
      if (near && !headIsGeneric && length > 0 && everyGapWord(gap, isModifierLink)) {
        modifiers.push({ mention, head: previous, link: gapWords(gap) });
        continue; // a modifier does not become the "previous" actor: «X التابعة لـY وZ» coordinates Z with X
      }
      if (length === 0 && previous.lastToken + 1 === mention.firstToken && !/^و/.test((tokens[mention.firstToken] as Token).norm)) {
        // Two names back to back («التحالف الدولي بقيادة…» is handled above); «روسيا» right after an actor
        // without a link reads as a genitive: a modifier.
        modifiers.push({ mention, head: previous, link: [] });
        continue;
      }
      if (isCoordinated(text, tokens, previous.lastToken, mention)) {
        current.members.push(mention);
        current.lastToken = mention.lastToken;
        previous = mention;
        continue;
      }
    }
    groups.push({ members: [mention], firstToken: mention.firstToken, lastToken: mention.lastToken });
    previous = mention;
  }
  return { groups, modifiers };
}
