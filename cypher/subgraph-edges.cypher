// subgraph-edges: the relationships among a set of entities (both ends in $ids), each with its first
// piece of evidence and how many it has, or with all of it when $allEvidence (exports, the snapshot);
// graph views ask edge-evidence for the rest, so hubs stay cheap.
// Parameters: $ids (entity ids), $relTypes (relation types, [] = all), $edgeLimit (integer),
//   $allEvidence (boolean).
// Returns: edge {id, source, target, type, evidenceCount, docs, quotes, certainty, amounts, dates, notes}
//   (quotes, amounts and notes hold the first item only unless $allEvidence; docs, certainty and dates
//   are always whole, as the explorer's filters judge every piece).
MATCH (state:LoadState {id: 'current'})
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a.gen = state.gen
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids AND (size($relTypes) = 0 OR type(r) IN $relTypes)
WITH a, r, b, CASE WHEN $allEvidence THEN size(r.docs) ELSE 1 END AS n
RETURN {id: r.id, source: a.id, target: b.id, type: type(r), evidenceCount: size(r.docs), docs: r.docs,
  quotes: r.quotes[0..n], certainty: r.certainty, amounts: r.amounts[0..n], dates: r.dates,
  notes: r.notes[0..n]} AS edge
LIMIT $edgeLimit
