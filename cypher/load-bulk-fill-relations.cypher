// load-bulk-fill-relations: after a bulk import, sets the list properties of relationships between entities that the
// importer left missing (it reads an empty field as no property, so [] and [""] cannot be written),
// so the graph is the same as the transactional path's. Needs an auto-commit transaction.
// Parameters: $gen (integer), $keys (list of property names), $fill (map: key -> the list to set),
//   $batchSize (integer).
// Returns nothing.
MATCH (:Entity {gen: $gen})-[n]->(:Entity)
WITH n, [k IN $keys WHERE n[k] IS NULL] AS missing
WHERE size(missing) > 0
CALL (n, missing) {
  FOREACH (k IN missing | SET n[k] = $fill[k])
} IN TRANSACTIONS OF $batchSize ROWS
