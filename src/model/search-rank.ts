// How search ranks a name against a query, stated once: cypher/search.cypher receives the scores and
// the word separators as parameters and mirrors these match kinds; the offline snapshot search runs
// rankEntity. Order: score (best match kind), then how much of the matched name the query leaves
// uncovered (a whole-name match before a long name that only contains the word), then degree.
// Tuned on the names of the five documents in data/ (see README, Search).

/** The score of each kind of match; the best one an entity has is its score. */
export const SEARCH_SCORES = {
  zhExact: 100,
  enExact: 98,
  aliasExact: 95,
  pinyinExact: 92,
  initialsExact: 91,
  zhPrefix: 90,
  /** The query is a whole word (or run of whole words) of the English name. */
  enWord: 88,
  aliasPrefix: 85,
  /** The English name, or one of its words, starts with the query. */
  enWordPrefix: 80,
  pinyinPrefix: 78,
  initialsPrefix: 75,
  zhContains: 70,
  aliasContains: 65,
} as const;

/** Characters that separate words in an English name (besides spaces). */
export const WORD_SEPARATORS = ["-", "(", ")", "/", ",", '"', "“", "”", "'", ".", ":", ";"] as const;

/** Lower-case pinyin without spaces or apostrophes (`Yong Jiang` -> `yongjiang`), or '' when the text is not pinyin-like. */
export function pinyinKey(text: string): string {
  return /^[A-Za-z][A-Za-z\s']*$/.test(text) ? text.toLowerCase().replace(/[\s']/g, "") : "";
}

/** ` words of the name ` lower-cased, separators turned into spaces, so ` word ` finds whole words. */
function englishWords(nameEn: string): string {
  let s = nameEn.toLowerCase();
  for (const c of WORD_SEPARATORS) s = s.split(c).join(" ");
  return ` ${s.split(/\s+/).filter(Boolean).join(" ")} `;
}

interface SearchableNames {
  name_zh: string;
  name_en: string;
  aliases: readonly string[];
  /** Space-separated pinyin of the name and each alias. */
  pinyin: string;
  pinyin_initials: string;
}

export interface SearchQuery {
  q: string;
  ql: string;
  qp: string;
}

/** The query as the ranking reads it (the parameters cypher/search.cypher takes besides the scores). */
export function searchQuery(text: string): SearchQuery {
  const q = text.trim();
  return { q, ql: q.toLowerCase(), qp: pinyinKey(q) };
}

export interface Rank {
  score: number;
  /** The surface form that matched. */
  matched: string;
  /** Characters of the matched form the query does not cover (UTF-16 units, as Cypher's size()). */
  uncovered: number;
}

type Hit = [number, string];

/** The best match of `e` for the query (the first of the highest score), or null when nothing matches. */
export function rankEntity(e: SearchableNames, { q, ql, qp }: SearchQuery): Rank | null {
  const S = SEARCH_SCORES;
  const en = e.name_en.toLowerCase();
  const words = englishWords(e.name_en);
  const hits: (Hit | null)[] = [
    e.name_zh === q
      ? [S.zhExact, e.name_zh]
      : e.name_zh.startsWith(q)
        ? [S.zhPrefix, e.name_zh]
        : e.name_zh.includes(q)
          ? [S.zhContains, e.name_zh]
          : null,
    en === ql
      ? [S.enExact, e.name_en]
      : words.includes(` ${ql} `)
        ? [S.enWord, e.name_en]
        : en.startsWith(ql) || words.includes(` ${ql}`)
          ? [S.enWordPrefix, e.name_en]
          : null,
    ...e.aliases.map((a): Hit | null => {
      const al = a.toLowerCase();
      return al === ql
        ? [S.aliasExact, a]
        : al.startsWith(ql)
          ? [S.aliasPrefix, a]
          : al.includes(ql)
            ? [S.aliasContains, a]
            : null;
    }),
  ];
  if (qp) {
    for (const t of e.pinyin.split(" ").filter(Boolean))
      hits.push(t === qp ? [S.pinyinExact, t] : t.startsWith(qp) ? [S.pinyinPrefix, t] : null);
    for (const t of e.pinyin_initials.split(" ").filter(Boolean))
      hits.push(t === qp ? [S.initialsExact, t] : t.startsWith(qp) ? [S.initialsPrefix, t] : null);
  }
  let best: Hit | null = null;
  for (const h of hits) if (h && (!best || h[0] > best[0])) best = h;
  return best && { score: best[0], matched: best[1], uncovered: Math.max(0, best[1].length - q.length) };
}

/** Cypher compares strings by code unit; so does this, so ties break the same way. */
export const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Best first: score, then the least uncovered name, then degree, then id. */
export function compareRanked(
  a: { rank: Rank; degree: number; id: string },
  b: { rank: Rank; degree: number; id: string },
): number {
  return (
    b.rank.score - a.rank.score ||
    a.rank.uncovered - b.rank.uncovered ||
    b.degree - a.degree ||
    codeOrder(a.id, b.id)
  );
}
