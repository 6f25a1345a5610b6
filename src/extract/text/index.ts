// The public text layer of extract: matching form, tokens, clitic readings, sentences, clauses and noise lines.
export { findOriginalOffset, normalizeArabic, normalizeKey, originalSpan } from './normalize.js';
export type { NormalizedText } from './normalize.js';
export { balanceQuotes } from './quotes.js';
export { tokenize } from './tokens.js';
export type { Token } from './tokens.js';
export { cliticVariants, stripProclitics } from './clitics.js';
export type { CliticVariant } from './clitics.js';
export { splitSentences, splitClauses } from './sentences.js';
export type { ClauseOptions } from './sentences.js';
export { findNoiseLines, isNoiseLine } from './noise.js';
