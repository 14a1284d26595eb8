-- The round store. One document (by the SHA-256 of its bytes) yields at most one round.

CREATE TABLE documents (
    id           bigserial PRIMARY KEY,
    sha256       text NOT NULL UNIQUE,
    media_type   text NOT NULL,
    file_name    text,
    publisher    text,
    title        text,
    source_url   text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    text         text NOT NULL,
    body_start   int NOT NULL,
    body_end     int NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE parties (
    code  text PRIMARY KEY,
    name  text
);

-- A series of rounds. The key is stable (e.g. kz-us-espd) and is what users name.
CREATE TABLE dialogues (
    id       bigserial PRIMARY KEY,
    key      text NOT NULL UNIQUE,
    name     text,
    acronym  text
);

CREATE TABLE dialogue_parties (
    dialogue_id  bigint NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    party        text NOT NULL REFERENCES parties (code),
    PRIMARY KEY (dialogue_id, party)
);

CREATE TABLE rounds (
    id                bigserial PRIMARY KEY,
    dialogue_id       bigint NOT NULL REFERENCES dialogues (id),
    document_id       bigint NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    name              text,
    ordinal           int,
    ordinal_inferred  boolean NOT NULL DEFAULT false,
    date              text,
    place             text,
    host              text,
    next_place        text,
    next_due          text,
    -- the record exactly as the reader produced it: the original reading, kept beside any correction
    record            jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rounds_dialogue ON rounds (dialogue_id, date);

CREATE TABLE people (
    id    bigserial PRIMARY KEY,
    name  text NOT NULL,
    key   text NOT NULL
);
CREATE INDEX people_key ON people (key);

-- A title a person held, as one round's statement gives it at that round's date.
CREATE TABLE posts (
    id         bigserial PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    round_id   bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    title      text NOT NULL,
    party      text,
    seen_on    text
);

CREATE TABLE attendance (
    round_id   bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    person_id  bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    party      text,
    role       text NOT NULL CHECK (role IN ('head', 'member', 'mentioned')),
    position   int NOT NULL,
    PRIMARY KEY (round_id, person_id)
);

CREATE TABLE topics (
    code   text PRIMARY KEY,
    label  text NOT NULL,
    track  text NOT NULL
);

CREATE TABLE round_topics (
    id          bigserial PRIMARY KEY,
    round_id    bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    topic_code  text NOT NULL REFERENCES topics (code),
    UNIQUE (round_id, topic_code)
);

CREATE TABLE acts (
    id        bigserial PRIMARY KEY,
    round_id  bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    position  int NOT NULL,
    actors    text[] NOT NULL,
    verb      text NOT NULL,
    kind      text,
    topics    text[] NOT NULL
);

CREATE TABLE commitments (
    id        bigserial PRIMARY KEY,
    round_id  bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    position  int NOT NULL,
    actors    text[] NOT NULL,
    text      text NOT NULL,
    trigger   text,
    strength  text,
    due       text,
    place     text,
    status    text NOT NULL DEFAULT 'open',
    search    tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX commitments_search ON commitments USING gin (search);
CREATE INDEX commitments_round ON commitments (round_id);

-- Named dialogues, mechanisms and events a round's statement refers to ("references" is reserved).
CREATE TABLE round_references (
    id        bigserial PRIMARY KEY,
    round_id  bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    name      text NOT NULL,
    kind      text
);

-- Every stored fact points at the words that support it.
CREATE TABLE evidence (
    id           bigserial PRIMARY KEY,
    document_id  bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    round_id     bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    fact         text NOT NULL CHECK (fact IN ('participant', 'topic', 'act', 'commitment', 'reference')),
    fact_id      bigint NOT NULL,
    start_offset int NOT NULL,
    end_offset   int NOT NULL,
    quote        text NOT NULL,
    CHECK (0 <= start_offset AND start_offset <= end_offset)
);
CREATE INDEX evidence_fact ON evidence (fact, fact_id);
