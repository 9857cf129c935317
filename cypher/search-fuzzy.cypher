// search-fuzzy: entities found by the full-text index `entity_search` (names, aliases, pinyin), for
// queries the substring search misses (typos, word order). Needs the index from cypher/schema.cypher.
// Parameters: $lucene (an escaped Lucene query), $limit (integer).
// Returns: id, type, subtype, name_zh, name_en, relevance (Lucene score), matched (the Chinese name).
MATCH (state:LoadState {id: 'current'})
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit * 4}) YIELD node, score
WITH state, node, score
WHERE node.gen = state.gen
RETURN node.id AS id, node.type AS type, node.subtype AS subtype, node.name_zh AS name_zh,
  node.name_en AS name_en, score AS relevance, node.name_zh AS matched
ORDER BY relevance DESC, id ASC
LIMIT $limit
