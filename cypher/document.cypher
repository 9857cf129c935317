// document: one document with its text, and every place where it mentions an entity.
// Parameters: $id (document id).
// Returns one row: document (all properties), mentions ([{entity, starts, ends}]). No row for an unknown id.
MATCH (state:LoadState {id: 'current'})
MATCH (d:Document {id: $id})
WHERE d.gen = state.gen
CALL (d) {
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  RETURN collect({entity: e.id, starts: m.starts, ends: m.ends}) AS mentions
}
RETURN d {.id, .title, .title_en, .kind, .publisher, .authors, .date, .date_note, .language, .text} AS document, mentions
