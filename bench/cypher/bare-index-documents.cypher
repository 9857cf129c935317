// bare-index-documents: the index the bare baseline's MENTIONS batches find their documents by.
// Parameters: none. Returns nothing.
CREATE INDEX bare_document_id IF NOT EXISTS FOR (n:Document) ON (n.id)
