-- Sentences are a layer of the record: the body's sentences as the reader split them (the record's source.sentences,
-- UTF-16 offsets into documents.text, end exclusive), kept with the text they cut, so that whoever quotes or shows a
-- stored statement (the tracker's quotes, the round page, the briefing book) cuts it where the reader did rather than
-- splitting it again by rules of its own. A document stored before this migration has NULL: its users split it at its
-- blank lines (StoredSentences) until it is read again.
ALTER TABLE documents ADD COLUMN sentences int4range[];
