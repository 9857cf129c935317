// subgraph-edges: the relationships among a set of entities (both ends in $ids), with their evidence.
// Parameters: $ids (entity ids), $relTypes (relation types, [] = all), $edgeLimit (integer).
// Returns: edge {id, source, target, type, docs, quotes, certainty, amounts, dates, notes}.
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids AND (size($relTypes) = 0 OR type(r) IN $relTypes)
RETURN {id: r.id, source: a.id, target: b.id, type: type(r), docs: r.docs, quotes: r.quotes,
  certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge
LIMIT $edgeLimit
