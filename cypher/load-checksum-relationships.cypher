// load-checksum-relationships: every relationship of the current generation (MENTIONS included),
// with its ends and properties, for checksums in tests.
// Parameters: none.
// Returns one row per relationship: source, type, target, props (map).
MATCH (s:LoadState {id: 'current'})
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Document) AND a.gen = s.gen
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props
