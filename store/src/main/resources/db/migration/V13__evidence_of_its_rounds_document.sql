-- Issue 16: evidence names its round and that round's document; one foreign key on the pair takes the place of one on
-- each. Storing a statement checked both for each of its 25-odd evidence rows (a query each), and nothing said the
-- document was the round's. Deleting a round or a document still deletes its evidence (a document's rounds go with it).
-- NOT VALID: the rows already stored were checked by the old keys; a large store need not read them all again.
ALTER TABLE rounds ADD CONSTRAINT rounds_id_document UNIQUE (id, document_id);
ALTER TABLE evidence
    DROP CONSTRAINT evidence_document_id_fkey,
    DROP CONSTRAINT evidence_round_id_fkey,
    ADD CONSTRAINT evidence_round_document_fkey FOREIGN KEY (round_id, document_id)
        REFERENCES rounds (id, document_id) ON DELETE CASCADE NOT VALID;
