// entity: one entity with every relation (either direction, most connected neighbours first), the
// neighbour nodes, and the ids of the documents that mention it.
// Parameters: $id (entity id), $relationLimit (integer cap on relations).
// Returns one row: entity (properties), relations (maps with parallel evidence lists), neighbours
//   (graph nodes), mentionedIn (document ids), relationCount (before the cap). No row for an unknown id.
MATCH (state:LoadState {id: 'current'})
MATCH (e:Entity {id: $id})
WHERE e.gen = state.gen
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WITH r, other
  ORDER BY other.degree DESC, other.id ASC
  LIMIT $relationLimit
  RETURN collect({id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), docs: r.docs,
      quotes: r.quotes, certainty: r.certainty, amounts: r.amounts, dates: r.dates, notes: r.notes}) AS relations,
    collect(DISTINCT other {.id, .type, .subtype, .name_zh, .name_en, .degree}) AS neighbours
}
CALL (e) {
  MATCH (d:Document)-[:MENTIONS]->(e)
  RETURN collect(d.id) AS mentionedIn
}
RETURN e {.id, .type, .subtype, .name_zh, .name_en, .aliases, .description_en, .pinyin, .pinyin_initials, .degree} AS entity,
  relations, neighbours, mentionedIn, COUNT { (e)-[]-(:Entity) } AS relationCount
