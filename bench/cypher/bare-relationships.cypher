// bare-relationships: the bare load baseline's relationship batch: indexed MATCH of both ends, plain CREATE.
// Parameters: $rows (list of {source, target, type, props}). Returns nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
