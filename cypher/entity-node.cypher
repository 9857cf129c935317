// entity-node: one entity as a graph node, to check that an id exists and what type it has.
// Parameters: $id (entity id).
// Returns one row: node {id, type, subtype, name_zh, name_en, degree}. No row for an unknown id.
MATCH (state:LoadState {id: 'current'})
MATCH (e:Entity {id: $id})
WHERE e.gen = state.gen
RETURN e {.id, .type, .subtype, .name_zh, .name_en, .degree} AS node
