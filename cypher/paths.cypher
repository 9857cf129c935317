// paths: all shortest undirected paths between two entities (up to 6 hops; the caller drops paths
// longer than the requested maximum, since all shortest paths share one length), through entities and
// relations of the allowed types only.
// Parameters: $from, $to (entity ids, different), $types (entity types allowed for inner nodes, [] = all),
//   $relTypes (relation types, [] = all), $pathLimit (integer).
// Returns: nodes (graph nodes in path order), edges (maps with parallel evidence lists, in path order).
MATCH (state:LoadState {id: 'current'})
MATCH (a:Entity {id: $from})
WHERE a.gen = state.gen
MATCH (b:Entity {id: $to})
WHERE b.gen = state.gen
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS' AND (size($relTypes) = 0 OR type(r) IN $relTypes))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR size($types) = 0 OR n.type IN $types)
RETURN [n IN nodes(p) | n {.id, .type, .subtype, .name_zh, .name_en, .degree}] AS nodes,
  [r IN relationships(p) | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
    docs: r.docs, quotes: r.quotes, certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes}] AS edges
LIMIT $pathLimit
