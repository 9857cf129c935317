// graph-overview: the $limit most connected entities, and how many entities there are of each type
// (so the caller can say what it left out).
// Parameters: $limit (integer).
// Returns one row: nodes (graph nodes, most connected first), byType ([{type, count}]).
MATCH (state:LoadState {id: 'current'})
CALL (state) {
  MATCH (e:Entity)
  WHERE e.gen = state.gen
  WITH e
  ORDER BY e.degree DESC, e.id ASC
  LIMIT $limit
  RETURN collect(e {.id, .type, .subtype, .name_zh, .name_en, .degree}) AS nodes
}
CALL (state) {
  MATCH (e:Entity)
  WHERE e.gen = state.gen
  WITH e.type AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS byType
}
RETURN nodes, byType
