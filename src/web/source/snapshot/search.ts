// Search over the snapshot, ranked by the same rules as cypher/search.cypher (exact > prefix > contains),
// so the offline bundle finds what the API finds. The API's fuzzy (Lucene) top-up has no offline twin.
import type { EntityDetail, SearchResult } from "../../../model/api.js";
import { pinyinKey } from "../../../server/search-text.js";

type Hit = [number, string];

/** Cypher compares strings by code unit; so do we, so ties break the same way. */
export const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function bestHit(e: EntityDetail, q: string, ql: string, qp: string): Hit | null {
  const en = e.name_en.toLowerCase();
  const enWords = " " + en.replace(/[-(/,]/g, " ");
  const hits: (Hit | null)[] = [
    e.name_zh === q
      ? [100, e.name_zh]
      : e.name_zh.startsWith(q)
        ? [90, e.name_zh]
        : e.name_zh.includes(q)
          ? [70, e.name_zh]
          : null,
    en === ql
      ? [98, e.name_en]
      : en.startsWith(ql)
        ? [88, e.name_en]
        : enWords.includes(" " + ql)
          ? [80, e.name_en]
          : null,
    ...e.aliases.map((a): Hit | null => {
      const al = a.toLowerCase();
      return al === ql ? [95, a] : al.startsWith(ql) ? [85, a] : al.includes(ql) ? [65, a] : null;
    }),
  ];
  if (qp) {
    for (const t of e.pinyin.split(" ").filter(Boolean))
      hits.push(t === qp ? [92, t] : t.startsWith(qp) ? [78, t] : null);
    for (const t of e.pinyin_initials.split(" ").filter(Boolean))
      hits.push(t === qp ? [91, t] : t.startsWith(qp) ? [75, t] : null);
  }
  let best: Hit | null = null;
  for (const h of hits) if (h && (!best || h[0] > best[0])) best = h;
  return best;
}

function matches(e: EntityDetail, q: string, ql: string, qp: string): boolean {
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
  const q = text.trim();
  if (!q) return [];
  const ql = q.toLowerCase();
  const qp = pinyinKey(q);
  const scored: { e: EntityDetail; hit: Hit }[] = [];
  for (const e of entities) {
    if (!matches(e, q, ql, qp)) continue;
    const hit = bestHit(e, q, ql, qp);
    if (hit) scored.push({ e, hit });
  }
  scored.sort(
    (a, b) =>
      b.hit[0] - a.hit[0] ||
      b.e.degree - a.e.degree ||
      [...a.e.name_zh].length - [...b.e.name_zh].length ||
      codeOrder(a.e.id, b.e.id),
  );
  return scored.slice(0, limit).map(({ e, hit }) => ({
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name_zh: e.name_zh,
    name_en: e.name_en,
    score: hit[0],
    matched: hit[1],
  }));
}
