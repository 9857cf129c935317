// load-switch: points readers at generation $gen in one small transaction; only if no other load
// switched since this one read $previous (else no row is returned and the loader stops).
// Parameters: $gen, $previous (integers), $dataVersion, $loadedAt (ISO string), $counts (JSON string).
// Returns one row: gen, or no row when the state moved on.
MERGE (s:LoadState {id: 'current'})
WITH s
WHERE coalesce(s.gen, 0) = $previous
SET s.gen = $gen, s.dataVersion = $dataVersion, s.loadedAt = $loadedAt, s.counts = $counts
RETURN s.gen AS gen
