// fund-trace-step: one level of a fund trace from a set of entities. Which relations it follows is not
// written here: src/model/fund-trace.ts states it once (FUND_TRACE) and the API passes it in, so the
// API, the offline snapshot and the insight views follow the same rule.
// Parameters: $ids (entity ids of the current level), $fundId (the traced fund), $incoming (relation
//   types followed against their direction), $outgoing (followed along it), $outgoingPastFund (followed
//   along it from every node but the fund itself), $limit (integer cap on rows).
// Returns: edge (map with parallel evidence lists), node (the graph node reached).
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
CALL (a) {
  MATCH (a)<-[r]-(b:Entity)
  WHERE type(r) IN $incoming
  RETURN r, b
  UNION
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $outgoing OR (a.id <> $fundId AND type(r) IN $outgoingPastFund)
  RETURN r, b
}
RETURN {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), docs: r.docs, quotes: r.quotes,
    certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge,
  b {.id, .type, .subtype, .name_zh, .name_en, .degree} AS node
LIMIT $limit
