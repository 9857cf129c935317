// load-entities: writes one batch of Entity nodes of generation $gen, each with its type label.
// CREATE, not MERGE: the rows are unique and the generation is new; the (id, gen) constraint still
// fails a batch that repeats one. The label is dynamic ($(row.type), Neo4j 5.26+); the loader checks
// every type against the allow-list in src/model/vocabulary.ts before sending it.
// Parameters: $gen (integer), $rows (list of {type, props: {id, type, subtype, name_zh, name_en, aliases,
//   aliases_text, search_text, description_en, pinyin, pinyin_initials, degree}}).
// Returns nothing.
UNWIND $rows AS row
CREATE (e:Entity:$(row.type) {gen: $gen})
SET e += row.props
