// search: entities matching a text by Chinese name or alias (substring), English name (whole word,
// word prefix, case-insensitive) or pinyin / pinyin initials (prefix of a name's or alias's pinyin),
// best first. The rule is src/model/search-rank.ts: the scores and word separators come from there as
// parameters, and the match kinds below mirror rankEntity (tests/integration/search-rank.test.ts and
// graph-source-parity.test.ts hold the two to the same answers).
// Order: score, then the characters of the matched form the query leaves uncovered (a whole-name match
// first), then degree, then id.
// Parameters: $q (trimmed text), $ql (lower-case $q), $qp (lower-case ascii without spaces, or '' when
//   $q is not pinyin-like), $scores (map, SEARCH_SCORES), $separators (list, WORD_SEPARATORS),
//   $limit (integer).
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
WITH e, en, ' ' + reduce(w = '', word IN split(reduce(s = en, c IN $separators | replace(s, c, ' ')), ' ') |
    CASE WHEN word = '' THEN w WHEN w = '' THEN word ELSE w + ' ' + word END) + ' ' AS words
WITH e, [
    CASE WHEN e.name_zh = $q THEN [$scores.zhExact, e.name_zh]
         WHEN e.name_zh STARTS WITH $q THEN [$scores.zhPrefix, e.name_zh]
         WHEN e.name_zh CONTAINS $q THEN [$scores.zhContains, e.name_zh] END,
    CASE WHEN en = $ql THEN [$scores.enExact, e.name_en]
         WHEN words CONTAINS ' ' + $ql + ' ' THEN [$scores.enWord, e.name_en]
         WHEN en STARTS WITH $ql OR words CONTAINS ' ' + $ql THEN [$scores.enWordPrefix, e.name_en] END
  ]
  + [a IN coalesce(e.aliases, []) |
      CASE WHEN toLower(a) = $ql THEN [$scores.aliasExact, a]
           WHEN toLower(a) STARTS WITH $ql THEN [$scores.aliasPrefix, a]
           WHEN toLower(a) CONTAINS $ql THEN [$scores.aliasContains, a] END]
  + [t IN split(coalesce(e.pinyin, ''), ' ') WHERE $qp <> '' AND t <> '' |
      CASE WHEN t = $qp THEN [$scores.pinyinExact, t] WHEN t STARTS WITH $qp THEN [$scores.pinyinPrefix, t] END]
  + [t IN split(coalesce(e.pinyin_initials, ''), ' ') WHERE $qp <> '' AND t <> '' |
      CASE WHEN t = $qp THEN [$scores.initialsExact, t] WHEN t STARTS WITH $qp THEN [$scores.initialsPrefix, t] END]
  AS hits
WITH e, [h IN hits WHERE h IS NOT NULL] AS hits
WHERE size(hits) > 0
WITH e, reduce(best = hits[0], h IN hits | CASE WHEN h[0] > best[0] THEN h ELSE best END) AS best
WITH e, best, CASE WHEN size(best[1]) > size($q) THEN size(best[1]) - size($q) ELSE 0 END AS uncovered
RETURN e.id AS id, e.type AS type, e.subtype AS subtype, e.name_zh AS name_zh, e.name_en AS name_en,
  best[0] AS score, best[1] AS matched
ORDER BY score DESC, uncovered ASC, e.degree DESC, id ASC
LIMIT $limit
