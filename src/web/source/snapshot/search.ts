// Search over the snapshot, ranked by the one rule in src/model/search-rank.ts that cypher/search.cypher
// also follows, so the offline bundle finds what the API finds. The API's fuzzy (Lucene) top-up has no
// offline twin.
import type { EntityDetail, SearchResult } from "../../../model/api.js";
import {
  compareRanked,
  rankEntity,
  searchQuery,
  type Rank,
  type SearchQuery,
} from "../../../model/search-rank.js";

/** The candidates the API's TEXT-index seek would return: names, aliases or pinyin containing the query. */
function isCandidate(e: EntityDetail, { q, ql, qp }: SearchQuery): boolean {
  return (
    e.name_zh.includes(q) ||
    e.aliases.join(" ").toLowerCase().includes(ql) ||
    e.name_en.toLowerCase().includes(ql) ||
    (qp !== "" && (e.pinyin.includes(qp) || e.pinyin_initials.includes(qp)))
  );
}

/** Entities whose names, aliases or pinyin contain `text`, best first, at most `limit`. */
export function searchEntities(
  entities: Iterable<EntityDetail>,
  text: string,
  limit: number,
): SearchResult[] {
  const query = searchQuery(text);
  if (!query.q) return [];
  const ranked: { e: EntityDetail; rank: Rank; degree: number; id: string }[] = [];
  for (const e of entities) {
    if (!isCandidate(e, query)) continue;
    const rank = rankEntity(e, query);
    if (rank) ranked.push({ e, rank, degree: e.degree, id: e.id });
  }
  ranked.sort(compareRanked);
  return ranked.slice(0, limit).map(({ e, rank }) => ({
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name_zh: e.name_zh,
    name_en: e.name_en,
    score: rank.score,
    matched: rank.matched,
  }));
}
