// bare-nodes: the bare load baseline's node batch: plain CREATE, the type as a dynamic label.
// Parameters: $rows (list of {type, props}). Returns nothing.
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props
SET e:$(row.type)
