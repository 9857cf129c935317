// load-replan: refreshes the statistics the planner uses and drops cached plans, after the node phases
// of a load. Without it the first MENTIONS batch was planned on the statistics of an empty generation
// (a full index scan per row) and ran past the transaction timeout (issue 15).
// Parameters: none. Returns nothing.
CALL db.prepareForReplanning()
