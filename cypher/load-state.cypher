// load-state: the generation readers see now, before a load starts.
// Parameters: none.
// Returns one row: gen (integer, 0 when nothing was ever loaded).
OPTIONAL MATCH (s:LoadState {id: 'current'})
RETURN coalesce(s.gen, 0) AS gen
