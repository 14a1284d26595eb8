-- Indexes on the columns the tracker, the pages and cascading deletes look rows up by. With 100,000 rounds
-- stored, the tracker's list of people (attendance by person) scanned every attendance row once per person.

CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX posts_person_round ON posts (person_id, round_id);
CREATE INDEX posts_round ON posts (round_id);
CREATE INDEX acts_round ON acts (round_id);
CREATE INDEX round_references_round ON round_references (round_id);
CREATE INDEX evidence_round ON evidence (round_id);
CREATE INDEX evidence_document ON evidence (document_id);
