// load-relations: writes one batch of relationships of generation $gen, one per (source, type, target)
// with every evidence row merged into parallel lists. CREATE with a dynamic type ($(row.type), Neo4j
// 5.26+): each row is one relationship, and MERGE on a dynamic type plans an Expand(Into) over every
// type (issue 15: seconds per hub). The loader checks every type against the allow-list in
// src/model/vocabulary.ts before sending it.
// Parameters: $gen (integer), $rows (list of {source, target, type, props: {id, docs, quotes, certainty,
//   amounts, dates, notes}}).
// Returns nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source, gen: $gen})
MATCH (b:Entity {id: row.target, gen: $gen})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
