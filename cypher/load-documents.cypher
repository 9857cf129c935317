// load-documents: writes one batch of Document nodes of generation $gen. CREATE, not MERGE: the rows
// are unique and the generation is new, and the (id, gen) constraint still fails a batch that repeats one.
// Parameters: $gen (integer), $rows (list of maps: id, file, title, title_en, kind, publisher, authors,
//   date, date_note, language, text).
// Returns nothing.
UNWIND $rows AS row
CREATE (d:Document {gen: $gen})
SET d += row
