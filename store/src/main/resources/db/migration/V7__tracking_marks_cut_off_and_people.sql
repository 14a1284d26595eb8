-- Issue 13: the store never shows a state the tracker has not caught up with; what is not a commitment stays
-- off the boards; one person per set of names on every page.

-- A commitment in a sentence that the end of an excerpt cuts short (the record's cut_off): kept as read, never
-- given a status, a link or a place on a board or an agenda.
ALTER TABLE commitments ADD COLUMN cut_off boolean NOT NULL DEFAULT false;

-- Whether the tracker has run over a round: set in the tracker's last step, so a process killed between storing
-- and the end of tracking leaves its rounds untracked, and the next command (or the server at start) tracks them.
-- Rounds stored before this migration are tracked once more on the first command after it.
ALTER TABLE rounds ADD COLUMN tracked boolean NOT NULL DEFAULT false;
CREATE INDEX rounds_untracked ON rounds (id) WHERE NOT tracked;

-- What the planner should know about a proposed round, in one sentence (a series that looks dormant, a planned
-- date already past).
ALTER TABLE plans ADD COLUMN note text;

-- A commitment's status as people see it (V3), now without the commitments cut off by the end of a text.
CREATE OR REPLACE VIEW commitment_status_now AS
SELECT c.id AS commitment_id, c.round_id,
       CASE WHEN k.id IS NULL THEN COALESCE(cs.status, c.status)
            WHEN cs.commitment_id IS NOT NULL AND cs.decided_by <> 'tracker' AND cs.decided_at > k.made_at THEN cs.status
            ELSE k.value END AS status
  FROM commitments c
  JOIN rounds r ON r.id = c.round_id
  JOIN documents d ON d.id = r.document_id
  LEFT JOIN commitment_status cs ON cs.commitment_id = c.id
  LEFT JOIN corrections_in_force k ON k.document_sha256 = d.sha256 AND k.fact = 'commitment'
       AND k.field = 'status' AND k.fact_key = c.position::text
 WHERE NOT c.cut_off;

-- Each stored name with its person: the name its alias chain ends at (person_aliases, V2), itself when it has no
-- alias. The pages list people through this, as the tracker's people command does through the same aliases.
CREATE INDEX person_aliases_same_as ON person_aliases (same_as);
CREATE VIEW person_of_name AS
WITH RECURSIVE chain (name_id, person_id) AS (
    SELECT p.id, p.id FROM people p
     WHERE NOT EXISTS (SELECT 1 FROM person_aliases a WHERE a.person_id = p.id)
    UNION
    SELECT a.person_id, chain.person_id FROM person_aliases a JOIN chain ON a.same_as = chain.name_id
)
SELECT name_id, person_id FROM chain;
