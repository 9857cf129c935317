// bare-clear: empties the database between the bare baseline's cold and warm runs (not timed).
// Needs an auto-commit transaction. Parameters: none. Returns nothing.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
