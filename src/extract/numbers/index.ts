/** Public API of numbers/: Arabic number words and casualty counts. */
export { parseArabicNumber, type ArabicNumber } from './parse-arabic-number.js';
export { findCasualties, findCasualtyMentions, type CasualtyMention } from './find-casualties.js';
export type { CasualtyKind } from './casualty-cues.js';
