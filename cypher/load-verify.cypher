// load-verify: counts what generation $gen holds, so the loader can refuse to switch to an incomplete one.
// Parameters: $gen (integer).
// Returns one row: entities, documents, relations (between entities), mentions.
CALL () {
  MATCH (e:Entity {gen: $gen})
  RETURN count(e) AS entities
}
CALL () {
  MATCH (d:Document {gen: $gen})
  RETURN count(d) AS documents
}
CALL () {
  MATCH (a:Entity {gen: $gen})-[r]->(:Entity)
  RETURN count(r) AS relations
}
CALL () {
  MATCH (:Document {gen: $gen})-[m:MENTIONS]->()
  RETURN count(m) AS mentions
}
RETURN entities, documents, relations, mentions
