// bare-await-indexes: waits until the bare baseline's indexes are online before it is timed.
// Parameters: none. Returns nothing.
CALL db.awaitIndexes(300)
