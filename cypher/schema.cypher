// schema: constraints and indexes for the generational graph, applied by the loader before every load.
// Every statement is idempotent (IF NOT EXISTS); the loader splits this file on ';' and drops comment lines.
// Parameters: none. Returns nothing.
// Uniqueness is on (id, gen), not id: two generations live side by side during a load.
CREATE CONSTRAINT entity_id_gen IF NOT EXISTS FOR (n:Entity) REQUIRE (n.id, n.gen) IS UNIQUE;
CREATE CONSTRAINT document_id_gen IF NOT EXISTS FOR (n:Document) REQUIRE (n.id, n.gen) IS UNIQUE;
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX entity_gen IF NOT EXISTS FOR (n:Entity) ON (n.gen);
CREATE INDEX document_id IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX document_gen IF NOT EXISTS FOR (n:Document) ON (n.gen);
CREATE INDEX load_state_id IF NOT EXISTS FOR (n:LoadState) ON (n.id);
// The cjk analyzer indexes Han text as overlapping bigrams (甬江, 江实, 实验, ...), so a query for any
// two-character run inside a name matches; 'standard' would treat a whole Han run as one token per
// character and rank poorly. Latin text (English names, pinyin) is still tokenised on words and lowercased.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name_zh, n.name_en, n.aliases_text, n.pinyin, n.pinyin_initials] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// A TEXT index (trigram-based) serves CONTAINS without a label scan: cypher/search.cypher finds its
// candidates through it. search_text is the lower-cased name_zh, name_en, aliases, pinyin and
// pinyin_initials, one per line (src/db/load/rows.ts). One index only: each index slows the load.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.search_text);
