// search: entities matching a text by Chinese name or alias (substring), English name (word prefix,
// case-insensitive) or pinyin / pinyin initials (prefix of a name's or alias's pinyin), best first.
// Ranks: exact (100, 98, 95, 92, 91) > prefix (90, 88, 85, 80, 78, 75) > contains (70, 65).
// Parameters: $q (trimmed text), $ql (lower-case $q), $qp (lower-case ascii without spaces, or '' when
//   $q is not pinyin-like), $limit (integer).
// Returns: id, type, subtype, name_zh, name_en, score, matched (the surface form that matched).
MATCH (state:LoadState {id: 'current'})
// Candidates come from the TEXT index on search_text (cypher/schema.cypher; two seeks, no label scan):
// a superset of what the ranking below accepts, and the ranking drops the rest. Without pinyin
// ($qp = '') the second seek looks for '|', which names seldom hold (the ranking drops any it finds): a
// WHERE $qp <> '' would only be applied after a seek for '' that returns every entity.
CALL (state) {
  MATCH (e:Entity) WHERE e.search_text CONTAINS $ql
  RETURN e
  UNION
  MATCH (e:Entity) WHERE e.search_text CONTAINS (CASE $qp WHEN '' THEN '|' ELSE $qp END)
  RETURN e
}
WITH state, e
WHERE e.gen = state.gen
WITH e, toLower(coalesce(e.name_en, '')) AS en
WITH e, en, ' ' + replace(replace(replace(replace(en, '-', ' '), '(', ' '), '/', ' '), ',', ' ') AS enWords
WITH e, [
    CASE WHEN e.name_zh = $q THEN [100, e.name_zh]
         WHEN e.name_zh STARTS WITH $q THEN [90, e.name_zh]
         WHEN e.name_zh CONTAINS $q THEN [70, e.name_zh] END,
    CASE WHEN en = $ql THEN [98, e.name_en]
         WHEN en STARTS WITH $ql THEN [88, e.name_en]
         WHEN enWords CONTAINS ' ' + $ql THEN [80, e.name_en] END
  ]
  + [a IN coalesce(e.aliases, []) |
      CASE WHEN toLower(a) = $ql THEN [95, a]
           WHEN toLower(a) STARTS WITH $ql THEN [85, a]
           WHEN toLower(a) CONTAINS $ql THEN [65, a] END]
  + [t IN split(coalesce(e.pinyin, ''), ' ') WHERE $qp <> '' AND t <> '' |
      CASE WHEN t = $qp THEN [92, t] WHEN t STARTS WITH $qp THEN [78, t] END]
  + [t IN split(coalesce(e.pinyin_initials, ''), ' ') WHERE $qp <> '' AND t <> '' |
      CASE WHEN t = $qp THEN [91, t] WHEN t STARTS WITH $qp THEN [75, t] END]
  AS hits
WITH e, [h IN hits WHERE h IS NOT NULL] AS hits
WHERE size(hits) > 0
WITH e, reduce(best = hits[0], h IN hits | CASE WHEN h[0] > best[0] THEN h ELSE best END) AS best
RETURN e.id AS id, e.type AS type, e.subtype AS subtype, e.name_zh AS name_zh, e.name_en AS name_en,
  best[0] AS score, best[1] AS matched
ORDER BY score DESC, e.degree DESC, size(e.name_zh) ASC, id ASC
LIMIT $limit
