// document-titles: id, title and date of every document, to label evidence and mention lists.
// Parameters: none.
// Returns: id, title, title_en, date.
MATCH (state:LoadState {id: 'current'})
MATCH (d:Document)
WHERE d.gen = state.gen
RETURN d.id AS id, d.title AS title, d.title_en AS title_en, d.date AS date
ORDER BY d.date, d.id
