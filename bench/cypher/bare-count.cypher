// bare-count: every relationship in the database, to check the bare baseline wrote them all.
// Parameters: none. Returns one row: n.
MATCH ()-[r]->()
RETURN count(r) AS n
