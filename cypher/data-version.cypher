// data-version: what identifies the answers readers see now, for ETags: the loaded data's hash and the
// generation (so any reload, even of the same files, changes every ETag).
// Parameters: none.
// Returns one row: dataVersion (string, "" before the first load), gen (integer, 0 before the first load).
OPTIONAL MATCH (s:LoadState {id: 'current'})
RETURN coalesce(s.dataVersion, '') AS dataVersion, coalesce(s.gen, 0) AS gen
