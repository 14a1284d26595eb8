-- Issue 16: evidence_document (V5) served the cascade from a deleted document to its evidence. Since V13 that cascade
-- goes through the document's rounds and the key on (round_id, document_id), which evidence_round serves, and no query
-- looks evidence up by its document alone: the index only cost an entry for each of a statement's 25-odd evidence rows.
DROP INDEX evidence_document;
