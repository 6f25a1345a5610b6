/**
 * Names no lexicon knows, found through the word that introduces them: «ميليشيا X», «فصيل X»,
 * «لواء X», «كتيبة X», «حركة X» for armed groups; «بلدة X», «قرية X», «مدينة X», «حي X», «ريف X»,
 * «مخيم X» for places. X is the quoted name after the cue, or one word (two when the second
 * carries the article: «قرية تل الحمر»). The id comes from the normalized name, so the same
 * unknown name in two reports is one entity.
 */
import type { ActorType, LocationType } from '../../domain/vocabulary.js';
import type { Span } from '../../domain/extraction.js';
import { normalizeKey, stripProclitics, type Token } from '../text/index.js';
import type { PreparedDocument } from '../document/document.js';
import type { LexiconRef } from '../lexicon/compile-lexicon.js';
import { WordMemo } from '../lexicon/word-memo.js';
import { anyCovered } from './covered-tokens.js';
import type { EntityMention } from './find-entity-mentions.js';

interface Cue {
  kind: 'Actor' | 'Location';
  type: ActorType | LocationType;
}

const CUES = new Map<string, Cue>([
  ...['ميليشيا', 'مليشيا', 'ميليشيات', 'فصيل', 'لواء', 'كتيبة', 'كتائب', 'حركة', 'جماعة', 'تجمع', 'سرايا', 'فرقة', 'جيش'].map(
    (word): [string, Cue] => [normalizeKey(word), { kind: 'Actor', type: word.startsWith('مي') || word.startsWith('مل') ? 'militia' : 'armed_group' }],
  ),
  ...([['بلدة', 'town'], ['قرية', 'village'], ['مدينة', 'city'], ['حي', 'neighbourhood'], ['ريف', 'district'], ['مخيم', 'camp'], ['ناحية', 'subdistrict']] as const).map(
    ([word, type]): [string, Cue] => [normalizeKey(word), { kind: 'Location', type }],
  ),
]);

/** The cue a word is, behind its clitics or whole («وبلدة», «ميليشيا»); asked of every token. */
const cueOf = new WordMemo<Cue | false>((word) => CUES.get(stripProclitics(word)) ?? CUES.get(word) ?? false);

/** Words that follow a cue without being a name: pronoun suffixed forms, adjectives, function words. */
const NOT_NAMES = new Set(
  ['في', 'من', 'الى', 'على', 'عن', 'مع', 'التي', 'الذي', 'التابعة', 'التابع', 'المدعومة', 'الموالية', 'الموالي', 'المحلية', 'الجديدة', 'القريبة', 'المجاورة',
    'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'ذاتها', 'نفسها', 'المذكورة', 'واحدة', 'عسكرية', 'أمنية',
    'العسكرية', 'الأمنية', 'المسلحة', 'المعارضة', 'الإيرانية', 'الروسية', 'التركية', 'الأمريكية', 'المحاذية', 'المحيطة', 'الواقعة', 'المحتلة', 'كاملة', 'بأكملها']
    .map(normalizeKey),
);

function isNameWord(token: Token | undefined): token is Token {
  if (token === undefined || !/^[\u0621-\u064A]{2,}$/.test(token.norm) || NOT_NAMES.has(token.norm)) return false;
  // «بلدة قرية», «ريف بلدة»: a second cue word is not a name; nor is «تابعة لـ».
  return !CUES.has(token.norm) && !CUES.has(stripProclitics(token.norm)) && !/^تابع/.test(token.norm);
}

function quotedNameAfter(text: string, cue: Token, tokens: readonly Token[], index: number): number | null {
  const gap = text.slice(cue.end, tokens[index + 1]?.start ?? cue.end);
  if (!/^\s*[“"«]\s*$/.test(gap)) return null;
  for (let last = index + 1; last <= index + 4; last += 1) {
    const token = tokens[last];
    const after = tokens[last + 1];
    if (!token) return null;
    const tail = text.slice(token.end, after?.start ?? text.length);
    if (/[”"»]/.test(tail)) return last;
  }
  return null;
}

/**
 * The pattern names among the tokens no mention `covered` yet (1 for a token inside one), in text
 * order; marks the tokens of each name found in `covered`.
 */
export function findPatternNames(document: PreparedDocument, covered: Uint8Array): EntityMention[] {
  const { text, tokens } = document;
  const found: EntityMention[] = [];
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const cueToken = tokens[index] as Token;
    const cue = cueOf.read(document.words, index, cueToken.norm);
    if (!cue || covered[index] || covered[index + 1]) continue;
    let last = quotedNameAfter(text, cueToken, tokens, index);
    if (last === null) {
      if (!isNameWord(tokens[index + 1]) || text.slice(cueToken.end, (tokens[index + 1] as Token).start).trim() !== '') continue;
      last = index + 1;
      const second = tokens[index + 2];
      if (isNameWord(second) && second.norm.startsWith('ال') && !covered[index + 2] && text.slice((tokens[index + 1] as Token).end, second.start).trim() === '') last = index + 2;
    }
    if (anyCovered(covered, index + 1, last)) continue;
    const first = tokens[index + 1] as Token;
    const end = (tokens[last] as Token).end;
    const name = text.slice(first.start, end);
    const key = normalizeKey(name).replace(/[^\u0621-\u064A0-9 ]/g, '').trim();
    if (key.length < 3) continue;
    const span: Span = { text: text.slice(cueToken.start, end), start: cueToken.start, end };
    const ref: LexiconRef =
      cue.kind === 'Actor'
        ? { kind: 'Actor', id: `actor:ar:${key.replace(/ /g, '-')}`, entry: { id: `ar:${key}`, name: { en: name, ar: name }, type: cue.type as ActorType, aliases: { ar: [name] } }, anaphor: false }
        : {
            kind: 'Location',
            id: `location:ar:${key.replace(/ /g, '-')}`,
            entry: { id: `ar:${key}`, name: { en: name, ar: name }, type: cue.type as LocationType, aliasesAr: [name], aliasesEn: [], cueRequired: true, lat: NaN, lon: NaN, admin1Ar: null, admin2Ar: null, population: null, within: null, origin: 'lexicon' },
          };
    found.push({ ref, span, firstToken: index, lastToken: last, sentence: document.sentenceOf[index] ?? 0 });
    covered.fill(1, index, last + 1);
    index = last;
  }
  return found;
}
