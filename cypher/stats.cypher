// stats: counts of the loaded graph: entities and relations by type, per document, and the data version.
// Parameters: none.
// Returns one row: dataVersion, byEntityType ([{key, count}]), byRelationType ([{key, count}]),
//   documents ([{id, title, entities}]), relationsByDocument ([{id, count}]).
MATCH (state:LoadState {id: 'current'})
CALL (state) {
  MATCH (e:Entity)
  WHERE e.gen = state.gen
  WITH e.type AS key, count(*) AS count
  RETURN collect({key: key, count: count}) AS byEntityType
}
CALL (state) {
  MATCH (a:Entity)-[r]->(:Entity)
  WHERE a.gen = state.gen
  WITH type(r) AS key, count(*) AS count
  RETURN collect({key: key, count: count}) AS byRelationType
}
CALL (state) {
  MATCH (d:Document)
  WHERE d.gen = state.gen
  RETURN collect({id: d.id, title: d.title, entities: COUNT { (d)-[:MENTIONS]->(:Entity) }}) AS documents
}
CALL (state) {
  MATCH (a:Entity)-[r]->(:Entity)
  WHERE a.gen = state.gen
  UNWIND r.docs AS doc
  WITH doc, count(DISTINCT r) AS count
  RETURN collect({id: doc, count: count}) AS relationsByDocument
}
RETURN coalesce(state.dataVersion, '') AS dataVersion, byEntityType, byRelationType, documents, relationsByDocument
