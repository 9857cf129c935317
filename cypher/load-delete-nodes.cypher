// load-delete-nodes: removes every Entity and Document node of a generation other than $keep, in
// batches; run after load-delete-relationships, so each node has few or no relationships left.
// Needs an auto-commit transaction.
// Parameters: $keep (integer gen to keep), $batchSize (integer).
// Returns nothing.
MATCH (n)
WHERE (n:Entity OR n:Document) AND coalesce(n.gen, -1) <> $keep
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
