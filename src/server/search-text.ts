// Pure helpers that prepare a search text for the queries: pinyin key and an escaped Lucene query.

/** Characters with a meaning in Lucene's query syntax; escaped so user text stays plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower-case pinyin without spaces or apostrophes (`Yong Jiang` -> `yongjiang`), or '' when the text is not pinyin-like. */
export function pinyinKey(text: string): string {
  return /^[A-Za-z][A-Za-z\s']*$/.test(text) ? text.toLowerCase().replace(/[\s']/g, "") : "";
}

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
