// graph-export-edges: every relation between two entities of $types ([] = all) and of $relTypes
// ([] = all), with all its evidence, for `npm run export`.
// Parameters: $types (entity types), $relTypes (relation types).
// Returns: edge {id, source, target, type, docs, quotes, certainty, amounts, dates, notes}.
MATCH (state:LoadState {id: 'current'})
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.gen = state.gen AND (size($relTypes) = 0 OR type(r) IN $relTypes)
  AND (size($types) = 0 OR (a.type IN $types AND b.type IN $types))
RETURN {id: r.id, source: a.id, target: b.id, type: type(r), docs: r.docs, quotes: r.quotes,
  certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes} AS edge
ORDER BY a.id, type(r), b.id
