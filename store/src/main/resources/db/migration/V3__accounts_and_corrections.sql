-- Accounts, sessions and API tokens for the web application, and people's corrections of the record.

-- A person who signs in. Roles: admin (everything), editor (corrects the facts of one party), viewer (reads).
CREATE TABLE users (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash    text NOT NULL,
    role             text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    party            text,
    failed_attempts  int NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (role <> 'editor' OR party IS NOT NULL)
);

-- A signed-in browser. Only the SHA-256 of the cookie's value is kept, so a copy of this table signs no one in.
CREATE TABLE sessions (
    id_hash     text PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- A token for scripts (Authorization: Bearer ...), kept as its SHA-256 only.
CREATE TABLE api_tokens (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label       text NOT NULL,
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_used   timestamptz
);

-- A person's correction of one fact of one round. The reader's reading stays in rounds.record; the
-- latest correction of a (statement, fact, key, field) is what pages and the API show. A correction names
-- its statement by the SHA-256 of the document, so that reading the statement again (even into a new
-- round row) never loses it, and its fact by what stays put when a statement is read again: a participant
-- by the person's name key, a topic by its code, a commitment by its position (its text as read is kept).
CREATE TABLE corrections (
    id               bigserial PRIMARY KEY,
    document_sha256  text NOT NULL,
    round_id         bigint REFERENCES rounds (id) ON DELETE SET NULL,
    fact             text NOT NULL CHECK (fact IN ('participant', 'topic', 'commitment')),
    fact_key         text NOT NULL,
    field            text NOT NULL CHECK (field IN ('title', 'topic', 'status')),
    original         text,
    value            text NOT NULL,
    original_text    text,
    user_id          bigint NOT NULL REFERENCES users (id),
    made_at          timestamptz NOT NULL DEFAULT now(),
    note             text
);
CREATE INDEX corrections_document ON corrections (document_sha256, fact, fact_key, field, id);

-- The correction in force for each corrected field: the latest.
CREATE VIEW corrections_in_force AS
SELECT DISTINCT ON (document_sha256, fact, fact_key, field) id, document_sha256, fact, fact_key, field, value, made_at
  FROM corrections
 ORDER BY document_sha256, fact, fact_key, field, id DESC;

-- A commitment's status as people see it: a correction made on the web, unless a person set the status
-- later through the tracker (commitment_status, V2); else the tracker's status; else the stored one.
CREATE VIEW commitment_status_now AS
SELECT c.id AS commitment_id, c.round_id,
       CASE WHEN k.id IS NULL THEN COALESCE(cs.status, c.status)
            WHEN cs.commitment_id IS NOT NULL AND cs.decided_by <> 'tracker' AND cs.decided_at > k.made_at THEN cs.status
            ELSE k.value END AS status
  FROM commitments c
  JOIN rounds r ON r.id = c.round_id
  JOIN documents d ON d.id = r.document_id
  LEFT JOIN commitment_status cs ON cs.commitment_id = c.id
  LEFT JOIN corrections_in_force k ON k.document_sha256 = d.sha256 AND k.fact = 'commitment'
       AND k.field = 'status' AND k.fact_key = c.position::text;

-- The topics of each round as people see them: a topic corrected to another code, or to none ('') for removed.
CREATE VIEW round_topics_now AS
SELECT rt.round_id, CASE WHEN k.id IS NULL THEN rt.topic_code ELSE k.value END AS topic_code
  FROM round_topics rt
  JOIN rounds r ON r.id = rt.round_id
  JOIN documents d ON d.id = r.document_id
  LEFT JOIN corrections_in_force k ON k.document_sha256 = d.sha256 AND k.fact = 'topic'
       AND k.field = 'topic' AND k.fact_key = rt.topic_code
 WHERE k.id IS NULL OR k.value <> '';
