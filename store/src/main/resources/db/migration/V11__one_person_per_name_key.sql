-- Issue 16: one people row per name key, so that writers storing batches side by side cannot both create the same
-- person (RoundWriter inserts with ON CONFLICT (key) and takes the row whichever writer made it). A store in which two
-- writers already did so (two web uploads at once) has each such pair merged into the oldest row, the one every
-- lookup by key took (min(id)): its rounds, titles, evidence, delegates and aliases move to it.

CREATE TEMP TABLE person_merge ON COMMIT DROP AS
SELECT p.id AS dup, k.keep
  FROM people p
  JOIN (SELECT key, min(id) AS keep FROM people GROUP BY key HAVING count(*) > 1) k ON k.key = p.key
 WHERE p.id <> k.keep;

-- attendance first, so that the participant evidence has a row to point at once it moves (its foreign key, V8)
INSERT INTO attendance (round_id, person_id, party, role, position)
SELECT a.round_id, m.keep, a.party, a.role, a.position
  FROM attendance a JOIN person_merge m ON m.dup = a.person_id
 ORDER BY a.round_id, a.position
ON CONFLICT (round_id, person_id) DO NOTHING;

UPDATE evidence e SET fact_id = m.keep FROM person_merge m WHERE e.fact = 'participant' AND e.fact_id = m.dup;
UPDATE posts p SET person_id = m.keep FROM person_merge m WHERE p.person_id = m.dup;
UPDATE delegates d SET person_id = m.keep FROM person_merge m WHERE d.person_id = m.dup;

-- a name taken for the merged row is taken for the kept one; an alias of the merged row to the kept one goes
DELETE FROM person_aliases a USING person_merge m WHERE a.person_id = m.keep AND a.same_as = m.dup;
UPDATE person_aliases a SET same_as = m.keep FROM person_merge m WHERE a.same_as = m.dup;
INSERT INTO person_aliases (person_id, same_as, reason, decided_by, decided_at)
SELECT m.keep, a.same_as, a.reason, a.decided_by, a.decided_at
  FROM person_aliases a JOIN person_merge m ON m.dup = a.person_id
 WHERE a.same_as <> m.keep
ON CONFLICT (person_id) DO NOTHING;

-- the merged rows' own attendance and aliases go with them (ON DELETE CASCADE)
DELETE FROM people p USING person_merge m WHERE p.id = m.dup;

DROP INDEX people_key;
ALTER TABLE people ADD CONSTRAINT people_key UNIQUE (key);
