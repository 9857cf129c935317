// bare-index: the one index the bare baseline needs so that its relationship batches find their ends
// by a labelled, indexed MATCH (without it the baseline would be quadratic, not fast).
// Parameters: none. Returns nothing.
CREATE INDEX bare_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)
