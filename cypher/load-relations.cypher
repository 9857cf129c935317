// load-relations: writes one batch of relationships of generation $gen, one per (source, type, target)
// with every evidence row merged into parallel lists. The type is dynamic ($(row.type), Neo4j 5.26+);
// the loader checks every type against the allow-list in src/model/vocabulary.ts before sending it.
// Parameters: $gen (integer), $rows (list of {source, target, type, props: {id, docs, quotes, certainty,
//   amounts, dates, notes}}).
// Returns nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source, gen: $gen})
MATCH (b:Entity {id: row.target, gen: $gen})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.props
