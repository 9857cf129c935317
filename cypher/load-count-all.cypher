// load-count-all: every Entity and Document node and relationship in the database, of any generation,
// so tests can see that leftovers of a killed load are gone after the next load.
// Parameters: none.
// Returns one row: nodes, relationships, generations (distinct gens).
MATCH (n)
WHERE n:Entity OR n:Document
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, collect(DISTINCT n.gen) AS generations
