// bare-mentions: the bare load baseline's MENTIONS batch: indexed MATCH of both ends, plain CREATE.
// Parameters: $rows (list of {doc, entity, count, starts, ends}). Returns nothing.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[:MENTIONS {count: row.count, starts: row.starts, ends: row.ends}]->(e)
