// subgraph-edges: the relationships among a set of entities (both ends in $ids), each with its first
// piece of evidence and how many it has (the rest comes from edge-evidence, so hubs stay cheap).
// Parameters: $ids (entity ids), $relTypes (relation types, [] = all), $edgeLimit (integer).
// Returns: edge {id, source, target, type, evidenceCount, docs, quotes, certainty, amounts, dates, notes}
//   (the lists hold the first item only).
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids AND (size($relTypes) = 0 OR type(r) IN $relTypes)
RETURN {id: r.id, source: a.id, target: b.id, type: type(r), evidenceCount: size(r.docs), docs: r.docs[0..1],
  quotes: r.quotes[0..1], certainty: r.certainty[0..1], amounts: r.amounts[0..1], dates: r.dates[0..1],
  notes: r.notes[0..1]} AS edge
LIMIT $edgeLimit
