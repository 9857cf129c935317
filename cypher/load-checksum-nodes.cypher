// load-checksum-nodes: every Entity and Document of the current generation with its labels and
// properties, for checksums in tests (a load must leave all of this equal or all of it new).
// Parameters: none.
// Returns one row per node: labels (sorted), props (map).
MATCH (s:LoadState {id: 'current'})
MATCH (n)
WHERE (n:Entity OR n:Document) AND n.gen = s.gen
WITH n ORDER BY n.id
RETURN [l IN labels(n) | l] AS labels, properties(n) AS props
