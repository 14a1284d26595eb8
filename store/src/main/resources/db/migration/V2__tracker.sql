-- Across rounds: series, people over time, follow-through of commitments, and who decided what.
-- Rows written by the tracker say so ('tracker'); rows a person decided carry that person's name,
-- and the tracker never changes them.

-- A dialogue as a series of rounds, whatever each statement called it. The key is what users name.
CREATE TABLE series (
    id       bigserial PRIMARY KEY,
    key      text NOT NULL UNIQUE,
    name     text,
    acronym  text,
    parties  text[] NOT NULL
);

-- Old keys of series merged into another: they still lead to the series that absorbed them.
CREATE TABLE series_aliases (
    key        text PRIMARY KEY,
    series_id  bigint NOT NULL REFERENCES series (id) ON DELETE CASCADE
);

-- Which series a round belongs to, and its place in it (stated, or inferred from its neighbours).
CREATE TABLE round_series (
    round_id          bigint PRIMARY KEY REFERENCES rounds (id) ON DELETE CASCADE,
    series_id         bigint NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    ordinal           int,
    ordinal_inferred  boolean NOT NULL DEFAULT false,
    placed_by         text NOT NULL DEFAULT 'tracker',
    placed_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX round_series_series ON round_series (series_id);

-- A stored name taken to be another stored name's person (a spelling variant, initials).
CREATE TABLE person_aliases (
    person_id   bigint PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    same_as     bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    reason      text NOT NULL,
    decided_by  text NOT NULL DEFAULT 'tracker',
    decided_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (person_id <> same_as)
);

-- Where a commitment stands. One row per commitment; the audit log keeps the history.
CREATE TABLE commitment_status (
    commitment_id  bigint PRIMARY KEY REFERENCES commitments (id) ON DELETE CASCADE,
    status         text NOT NULL CHECK (status IN ('open', 'fulfilled', 'partly-fulfilled', 'not-fulfilled',
                                                   'overdue', 'superseded', 'withdrawn')),
    decided_by     text NOT NULL DEFAULT 'tracker',
    decided_at     timestamptz NOT NULL DEFAULT now(),
    reason         text
);

-- The timeline of a commitment: each entry a later round or document that bears on it.
CREATE TABLE follow_through (
    id             bigserial PRIMARY KEY,
    commitment_id  bigint NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    rule           text NOT NULL CHECK (rule IN ('next-round', 'mechanism', 'topic', 'person')),
    round_id       bigint REFERENCES rounds (id) ON DELETE CASCADE,
    document_id    bigint REFERENCES documents (id) ON DELETE CASCADE,
    seen_on        text,
    quote          text,
    confidence     real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    explanation    text NOT NULL,
    recorded_by    text NOT NULL DEFAULT 'tracker',
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    state          text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'rejected')),
    decided_by     text,
    decided_at     timestamptz,
    -- one proposal per rule and later round, so that re-running the tracker adds nothing
    UNIQUE (commitment_id, rule, round_id)
);
CREATE INDEX follow_through_commitment ON follow_through (commitment_id);

-- A person's -1/0/+1 judgement of how far a party kept a commitment (the G7 Research Group's scale).
CREATE TABLE scores (
    commitment_id  bigint NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    party          text NOT NULL,
    score          smallint NOT NULL CHECK (score IN (-1, 0, 1)),
    reason         text NOT NULL,
    scored_by      text NOT NULL,
    scored_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commitment_id, party)
);

-- Who changed what by hand, and when.
CREATE TABLE audit_log (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    who      text NOT NULL,
    action   text NOT NULL,
    details  jsonb NOT NULL DEFAULT '{}'
);
