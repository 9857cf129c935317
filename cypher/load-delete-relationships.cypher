// load-delete-relationships: removes every relationship that starts at an Entity or Document of a
// generation other than $keep (left over from a killed load, or the one a load has just replaced),
// in batches so that no transaction holds a whole generation. Needs an auto-commit transaction.
// Parameters: $keep (integer gen to keep), $batchSize (integer).
// Returns nothing.
MATCH (n)-[r]->()
WHERE (n:Entity OR n:Document) AND coalesce(n.gen, -1) <> $keep
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batchSize ROWS
