// load-index-states: every index with its state, so tests can see that a bulk-loaded store has the
// same schema as a transactionally loaded one, all of it online.
// Parameters: none.
// Returns one row per index: name, state.
SHOW INDEXES YIELD name, state
RETURN name, state ORDER BY name
