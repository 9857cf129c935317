// Prepares a search text for the full-text query: an escaped Lucene query (the pinyin key and the
// ranking are in src/model/search-rank.ts).

/** Characters with a meaning in Lucene's query syntax; escaped so user text stays plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for the full-text index: every token escaped, lower-cased (so AND/OR/NOT are words,
 * not operators), longer ascii words made fuzzy. '' when nothing searchable is left.
 */
export function luceneQuery(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
    .map((token) => {
      const escaped = token.replace(LUCENE_SPECIAL, "\\$&");
      return /^[a-z0-9]{4,}$/.test(token) ? `${escaped}~` : escaped;
    })
    .join(" ");
}
