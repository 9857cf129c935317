// fund-trace-down: one step "down" from a set of entities: where their money went (outgoing
// INVESTED_IN / FUNDS) and, for everything but the traced fund itself, where the investees sit
// (outgoing LOCATED_IN). Called once per level.
// Parameters: $ids (entity ids of the current level), $fundId (the traced fund), $limit (integer).
// Returns: edge (map with parallel evidence lists), node (the graph node reached).
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
CALL (a) {
  MATCH (a)-[r:INVESTED_IN|FUNDS]->(b:Entity)
  RETURN r, b
  UNION
  MATCH (a)-[r:LOCATED_IN]->(b:Entity)
  WHERE a.id <> $fundId
  RETURN r, b
}
RETURN {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), docs: r.docs, quotes: r.quotes,
    certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge,
  b {.id, .type, .subtype, .name_zh, .name_en, .degree} AS node
LIMIT $limit
