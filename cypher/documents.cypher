// documents: every document's metadata, without its text, oldest first.
// Parameters: none.
// Returns: document {id, title, title_en, kind, publisher, authors, date, date_note, language, length}.
MATCH (state:LoadState {id: 'current'})
MATCH (d:Document)
WHERE d.gen = state.gen
RETURN d {.id, .title, .title_en, .kind, .publisher, .authors, .date, .date_note, .language,
  length: size(coalesce(d.text, ''))} AS document
ORDER BY d.date, d.id
