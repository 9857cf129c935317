// load-max-gen: the highest generation present in the database (complete, current or left over by a
// killed load), so that a new load writes above all of them and never collides with leftovers.
// Parameters: none.
// Returns one row: gen (integer, 0 when the database holds no Entity or Document).
CALL () {
  MATCH (e:Entity) WHERE e.gen IS NOT NULL
  RETURN e.gen AS gen ORDER BY gen DESC LIMIT 1
  UNION ALL
  MATCH (d:Document) WHERE d.gen IS NOT NULL
  RETURN d.gen AS gen ORDER BY gen DESC LIMIT 1
  UNION ALL
  RETURN 0 AS gen
}
RETURN max(gen) AS gen
