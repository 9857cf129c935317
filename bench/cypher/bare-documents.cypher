// bare-documents: the bare load baseline's document batch: plain CREATE.
// Parameters: $rows (list of document maps). Returns nothing.
UNWIND $rows AS row
CREATE (d:Document)
SET d = row
