// fund-trace-up: one step "up" from a set of entities: who established or manages them (incoming
// ESTABLISHED / MANAGES) and what they are part of (outgoing PART_OF). Called once per level.
// Parameters: $ids (entity ids of the current level), $limit (integer cap on rows).
// Returns: edge (map with parallel evidence lists), node (the graph node reached).
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
CALL (a) {
  MATCH (a)<-[r:ESTABLISHED|MANAGES]-(b:Entity)
  RETURN r, b
  UNION
  MATCH (a)-[r:PART_OF]->(b:Entity)
  RETURN r, b
}
RETURN {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), docs: r.docs, quotes: r.quotes,
    certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge,
  b {.id, .type, .subtype, .name_zh, .name_en, .degree} AS node
LIMIT $limit
