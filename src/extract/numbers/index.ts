/** Public API of numbers/: Arabic number words and casualty counts. */
export { parseArabicNumber, type ArabicNumber } from './parse-arabic-number.js';
export { findCasualties, findCasualtiesIn, findCasualtyMentions, findCasualtyMentionsIn, type CasualtyMention } from './find-casualties.js';
export { prepareReadingView, type ReadingView } from './reading-view.js';
export type { CasualtyKind } from './casualty-cues.js';
