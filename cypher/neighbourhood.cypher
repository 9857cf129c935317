// neighbourhood: the entities within $depth hops of $id, gathered level by level so that a hub cannot
// blow up the expansion: each level keeps at most $levelCap nodes (most connected first), and each
// node of a level contributes at most $perNodeCap neighbours to the next.
// Parameters: $id (entity id), $depth (1..3), $types (entity types, [] = all), $relTypes (relation
//   types, [] = all), $levelCap, $perNodeCap (integers).
// Returns one row: centre (graph node), level1, level2, level3 (graph nodes, most connected first).
//   No row for an unknown id.
MATCH (state:LoadState {id: 'current'})
MATCH (c:Entity {id: $id})
WHERE c.gen = state.gen
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE n <> c AND (size($relTypes) = 0 OR type(r) IN $relTypes) AND (size($types) = 0 OR n.type IN $types)
  WITH DISTINCT n
  ORDER BY n.degree DESC, n.id ASC
  LIMIT $levelCap
  RETURN collect(n) AS level1
}
CALL (c, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(n:Entity)
    WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND (size($types) = 0 OR n.type IN $types)
    RETURN n
    LIMIT $perNodeCap
  }
  WITH DISTINCT n
  WHERE n <> c AND NOT n IN level1
  WITH n
  ORDER BY n.degree DESC, n.id ASC
  LIMIT $levelCap
  RETURN collect(n) AS level2
}
CALL (c, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(n:Entity)
    WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND (size($types) = 0 OR n.type IN $types)
    RETURN n
    LIMIT $perNodeCap
  }
  WITH DISTINCT n
  WHERE n <> c AND NOT n IN level1 AND NOT n IN level2
  WITH n
  ORDER BY n.degree DESC, n.id ASC
  LIMIT $levelCap
  RETURN collect(n) AS level3
}
RETURN c {.id, .type, .subtype, .name_zh, .name_en, .degree} AS centre,
  [n IN level1 | n {.id, .type, .subtype, .name_zh, .name_en, .degree}] AS level1,
  [n IN level2 | n {.id, .type, .subtype, .name_zh, .name_en, .degree}] AS level2,
  [n IN level3 | n {.id, .type, .subtype, .name_zh, .name_en, .degree}] AS level3
