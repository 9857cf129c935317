// load-await-indexes: waits until every index is online, so a store whose schema was built after its
// data (the bulk path) answers searches before it is swapped in.
// Parameters: $seconds (integer, how long to wait before failing).
// Returns nothing.
CALL db.awaitIndexes($seconds)
