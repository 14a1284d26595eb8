-- Issue 15: one table per idea. A dialogue is a series (one table, series); a commitment's status is kept in one
-- place (commitment_status); every piece of evidence points at its fact by a foreign key; follow_through's key and
-- rule list say what the code does.

-- ---------------------------------------------------------------- dialogues are series

-- dialogues (V1) and series (V2) both held a dialogue's key, name, acronym and parties: series stays, as the
-- tracker, the pages and the plans use it. What a round's own statement calls its dialogue (its key and parties)
-- becomes two columns of the round, so a round is listed and filtered before the tracker has placed it.
ALTER TABLE rounds ADD COLUMN dialogue_key text, ADD COLUMN parties text[];
UPDATE rounds r
   SET dialogue_key = d.key,
       parties = ARRAY(SELECT dp.party FROM dialogue_parties dp WHERE dp.dialogue_id = d.id ORDER BY dp.party)
  FROM dialogues d
 WHERE d.id = r.dialogue_id;
ALTER TABLE rounds ALTER COLUMN dialogue_key SET NOT NULL, ALTER COLUMN parties SET NOT NULL;
DROP INDEX rounds_dialogue;
ALTER TABLE rounds DROP COLUMN dialogue_id;
CREATE INDEX rounds_dialogue_key ON rounds (dialogue_key);
CREATE INDEX rounds_parties ON rounds USING gin (parties);
-- parties was filled beside dialogue_parties and read by nothing else
DROP TABLE dialogue_parties, dialogues, parties;

-- A plan and a share name their series by a foreign key, not by a key that a merge leaves behind. A key that now
-- leads elsewhere (merged) follows its series; a plan whose series is gone keeps one made from the plan itself.
INSERT INTO series (key, name, acronym, parties)
SELECT DISTINCT ON (p.series_key) p.series_key, p.name, p.acronym, p.parties
  FROM plans p
 WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.key = p.series_key)
   AND NOT EXISTS (SELECT 1 FROM series_aliases a WHERE a.key = p.series_key)
 ORDER BY p.series_key, p.id;
ALTER TABLE plans ADD COLUMN series_id bigint REFERENCES series (id);
UPDATE plans p SET series_id = COALESCE((SELECT s.id FROM series s WHERE s.key = p.series_key),
                                        (SELECT a.series_id FROM series_aliases a WHERE a.key = p.series_key));
ALTER TABLE plans ALTER COLUMN series_id SET NOT NULL, DROP COLUMN series_key;
CREATE INDEX plans_series ON plans (series_id);

ALTER TABLE series_shares ADD COLUMN series_id bigint REFERENCES series (id) ON DELETE CASCADE;
UPDATE series_shares sh SET series_id = COALESCE((SELECT s.id FROM series s WHERE s.key = sh.series_key),
                                                 (SELECT a.series_id FROM series_aliases a WHERE a.key = sh.series_key));
-- a share of a series that is gone shares nothing; two keys of one series shared with one viewer are one share
DELETE FROM series_shares WHERE series_id IS NULL;
DELETE FROM series_shares sh USING series_shares other
 WHERE other.series_id = sh.series_id AND other.viewer = sh.viewer AND other.series_key < sh.series_key;
ALTER TABLE series_shares DROP CONSTRAINT series_shares_pkey, DROP COLUMN series_key,
    ALTER COLUMN series_id SET NOT NULL, ADD PRIMARY KEY (series_id, viewer);

-- ---------------------------------------------------------------- one status per commitment

-- A commitment's status was the column commitments.status (never changed from 'open'), overridden by the tracker's
-- commitment_status (V2), overridden in turn by a status correction made on the web, unless a person set the status
-- later (the view commitment_status_now, V3 and V7). commitment_status is now the one place: a correction in force
-- that the view showed becomes the correcting person's decision there, with when and their note.
INSERT INTO commitment_status (commitment_id, status, decided_by, decided_at, reason)
SELECT c.id, c.status, 'tracker', now(), NULL
  FROM commitments c
 WHERE c.status <> 'open' AND NOT EXISTS (SELECT 1 FROM commitment_status cs WHERE cs.commitment_id = c.id);

INSERT INTO commitment_status (commitment_id, status, decided_by, decided_at, reason)
SELECT c.id, k.value, u.name, k.made_at, kc.note
  FROM commitments c
  JOIN rounds r ON r.id = c.round_id
  JOIN documents d ON d.id = r.document_id
  JOIN corrections_in_force k ON k.document_sha256 = d.sha256 AND k.fact = 'commitment' AND k.field = 'status'
       AND k.fact_key = c.position::text
  JOIN corrections kc ON kc.id = k.id
  JOIN users u ON u.id = kc.user_id
  LEFT JOIN commitment_status cs ON cs.commitment_id = c.id
 WHERE NOT (cs.commitment_id IS NOT NULL AND cs.decided_by <> 'tracker' AND cs.decided_at > k.made_at)
ON CONFLICT (commitment_id) DO UPDATE
   SET status = EXCLUDED.status, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
       reason = EXCLUDED.reason;

DROP VIEW commitment_status_now;
ALTER TABLE commitments DROP COLUMN status;

-- Where each commitment stands, for every reader: its row in commitment_status, 'open' before the tracker has given
-- it one; the commitments cut off by the end of a text have none (V7).
CREATE VIEW commitment_status_now AS
SELECT c.id AS commitment_id, c.round_id, COALESCE(cs.status, 'open') AS status, cs.decided_by, cs.decided_at, cs.reason
  FROM commitments c
  LEFT JOIN commitment_status cs ON cs.commitment_id = c.id
 WHERE NOT c.cut_off;

-- ---------------------------------------------------------------- follow-through

-- One proposal per rule and later round, also where the round is unknown (a NULL round_id was never equal to
-- another, so the old key let such rows repeat). Of repeated rows the one a person decided stays, else the latest.
DELETE FROM follow_through f
 USING follow_through g
 WHERE f.round_id IS NULL AND g.round_id IS NULL AND f.commitment_id = g.commitment_id AND f.rule = g.rule
   AND f.id <> g.id
   AND ((f.state = 'proposed') > (g.state = 'proposed') OR ((f.state = 'proposed') = (g.state = 'proposed') AND f.id < g.id));
ALTER TABLE follow_through DROP CONSTRAINT follow_through_commitment_id_rule_round_id_key,
    ADD CONSTRAINT follow_through_one_per_rule_and_round UNIQUE NULLS NOT DISTINCT (commitment_id, rule, round_id);

-- The rules the tracker has: 'person' was listed and never emitted (FollowThroughRulesTest ties this list to the code).
DELETE FROM follow_through WHERE rule NOT IN ('next-round', 'mechanism', 'topic');
ALTER TABLE follow_through DROP CONSTRAINT follow_through_rule_check,
    ADD CONSTRAINT follow_through_rule_check CHECK (rule IN ('next-round', 'mechanism', 'topic'));

-- ---------------------------------------------------------------- evidence points at its fact

-- evidence.fact_id names a row of the table its fact says (a participant by the person's id in that round's
-- attendance). One generated column per kind of fact carries the id for that kind alone, so that each has a foreign
-- key of its own while the store keeps writing (fact, fact_id). Evidence whose fact is gone goes first.
DELETE FROM evidence e WHERE e.fact = 'participant'
   AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.round_id = e.round_id AND a.person_id = e.fact_id);
DELETE FROM evidence e WHERE e.fact = 'topic' AND NOT EXISTS (SELECT 1 FROM round_topics t WHERE t.id = e.fact_id);
DELETE FROM evidence e WHERE e.fact = 'act' AND NOT EXISTS (SELECT 1 FROM acts a WHERE a.id = e.fact_id);
DELETE FROM evidence e WHERE e.fact = 'commitment' AND NOT EXISTS (SELECT 1 FROM commitments c WHERE c.id = e.fact_id);
DELETE FROM evidence e WHERE e.fact = 'reference'
   AND NOT EXISTS (SELECT 1 FROM round_references x WHERE x.id = e.fact_id);

ALTER TABLE evidence
    ADD COLUMN participant_id bigint GENERATED ALWAYS AS (CASE WHEN fact = 'participant' THEN fact_id END) STORED,
    ADD COLUMN topic_id bigint GENERATED ALWAYS AS (CASE WHEN fact = 'topic' THEN fact_id END) STORED
        REFERENCES round_topics (id) ON DELETE CASCADE,
    ADD COLUMN act_id bigint GENERATED ALWAYS AS (CASE WHEN fact = 'act' THEN fact_id END) STORED
        REFERENCES acts (id) ON DELETE CASCADE,
    ADD COLUMN commitment_id bigint GENERATED ALWAYS AS (CASE WHEN fact = 'commitment' THEN fact_id END) STORED
        REFERENCES commitments (id) ON DELETE CASCADE,
    ADD COLUMN reference_id bigint GENERATED ALWAYS AS (CASE WHEN fact = 'reference' THEN fact_id END) STORED
        REFERENCES round_references (id) ON DELETE CASCADE,
    ADD CONSTRAINT evidence_participant_fkey FOREIGN KEY (round_id, participant_id)
        REFERENCES attendance (round_id, person_id) ON DELETE CASCADE;
-- a fact deleted deletes its evidence through these (the partial indexes hold each kind's rows only), and a fact's
-- evidence is found by them: the index on (fact, fact_id) goes, its text column made every insert compare by collation
DROP INDEX evidence_fact;
CREATE INDEX evidence_participant ON evidence (round_id, participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX evidence_topic ON evidence (topic_id) WHERE topic_id IS NOT NULL;
CREATE INDEX evidence_act ON evidence (act_id) WHERE act_id IS NOT NULL;
CREATE INDEX evidence_commitment ON evidence (commitment_id) WHERE commitment_id IS NOT NULL;
CREATE INDEX evidence_reference ON evidence (reference_id) WHERE reference_id IS NOT NULL;
