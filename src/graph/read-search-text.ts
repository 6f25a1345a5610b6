/**
 * Makes user text safe for a Lucene full-text query: every character Lucene treats as syntax is
 * escaped and the operators AND/OR/NOT become plain words, so `a" OR *:*` searches for words
 * and never changes the query's meaning. Returns null when nothing searchable is left.
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map((word) => word.replace(LUCENE_SPECIAL, (character) => `\\${character}`))
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .filter((word) => word.replace(/\\/g, '').length > 0)
    .slice(0, 32);
  return words.length > 0 ? words.join(' ') : null;
}
