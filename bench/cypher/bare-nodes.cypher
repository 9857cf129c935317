// bare-nodes: the bare load baseline's entity batch: plain CREATE with the type as a dynamic label.
// Parameters: $rows (list of {type, props}). Returns nothing.
UNWIND $rows AS row
CREATE (e:Entity:$(row.type))
SET e = row.props
