// document-quotes: every evidence quote that cites a document, with the relation it supports.
// Parameters: $id (document id), $limit (integer cap on relations).
// Returns: source, type, target, quotes (the quotes of this document's evidence rows).
MATCH (state:LoadState {id: 'current'})
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.gen = state.gen AND $id IN r.docs
RETURN a.id AS source, type(r) AS type, b.id AS target,
  [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] = $id | r.quotes[i]] AS quotes
LIMIT $limit
