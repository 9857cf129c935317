// graph-export-nodes: every entity of the loaded graph (of $types, [] = all), for `npm run export`.
// Parameters: $types (entity types, [] = all).
// Returns: node (graph node), most connected first.
MATCH (state:LoadState {id: 'current'})
MATCH (e:Entity)
WHERE e.gen = state.gen AND (size($types) = 0 OR e.type IN $types)
RETURN e {.id, .type, .subtype, .name_zh, .name_en, .degree} AS node
ORDER BY e.degree DESC, e.id ASC
