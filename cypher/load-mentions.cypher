// load-mentions: writes one batch of (:Document)-[:MENTIONS]->(:Entity) of generation $gen.
// Parameters: $gen (integer), $rows (list of {doc, entity, count, starts, ends}; offsets in UTF-16 units).
// Returns nothing.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc, gen: $gen})
MATCH (e:Entity {id: row.entity, gen: $gen})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends
