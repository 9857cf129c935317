// load-mentions: writes one batch of (:Document)-[:MENTIONS]->(:Entity) of generation $gen; CREATE,
// since each (document, entity) pair comes once.
// Parameters: $gen (integer), $rows (list of {doc, entity, count, starts, ends}; offsets in UTF-16 units).
// Returns nothing.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc, gen: $gen})
MATCH (e:Entity {id: row.entity, gen: $gen})
CREATE (d)-[:MENTIONS {count: row.count, starts: row.starts, ends: row.ends}]->(e)
