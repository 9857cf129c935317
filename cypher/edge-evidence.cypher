// edge-evidence: one relationship with every piece of its evidence, asked for on demand (the graph
// answers carry only the first).
// Parameters: $source, $target (entity ids), $type (an allow-listed relation type).
// Returns one row: edge {id, source, target, type, docs, quotes, certainty, amounts, dates, notes};
//   no row when there is no such relation.
MATCH (state:LoadState {id: 'current'})
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE a.gen = state.gen AND type(r) = $type
RETURN {id: r.id, source: a.id, target: b.id, type: type(r), docs: r.docs, quotes: r.quotes,
  certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge
LIMIT 1
