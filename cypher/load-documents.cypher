// load-documents: writes one batch of Document nodes of generation $gen.
// Parameters: $gen (integer), $rows (list of maps: id, file, title, title_en, kind, publisher, authors,
//   date, date_note, language, text).
// Returns nothing.
UNWIND $rows AS row
MERGE (d:Document {id: row.id, gen: $gen})
SET d += row
