// The public text layer of extract: matching form, tokens, clitic readings, sentences, clauses and noise lines.
export { findOriginalOffset, isWhitespace, normalizeArabic, normalizeKey, originalSpan } from './normalize.js';
export type { NormalizedText } from './normalize.js';
export { balanceQuotes } from './quotes.js';
export { makeToken, scanWords, tokenize } from './tokens.js';
export type { Token, WordScan } from './tokens.js';
export { decodeUnits } from './decode-units.js';
export { cliticVariants, stripProclitics } from './clitics.js';
export type { CliticVariant } from './clitics.js';
export { findClauseRanges, splitSentences, splitClauses } from './sentences.js';
export type { ClauseOptions, ClauseRange } from './sentences.js';
export { findNoiseLines, isNoiseLine } from './noise.js';
