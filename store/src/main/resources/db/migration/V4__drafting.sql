-- Preparing the next round (the drafting module): the plan of a round, its delegations and agenda, the
-- deliverables carried onto it, the joint statement's sections and versions, and the sign-off by each party.

-- A planned round of a series, before (and after) it is held. status: planned, confirmed, held, published.
CREATE TABLE plans (
    id             bigserial PRIMARY KEY,
    series_key     text NOT NULL,
    name           text,
    acronym        text,
    parties        text[] NOT NULL,
    ordinal        int,
    date           text,
    host           text,
    place          text,
    status         text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'confirmed', 'held', 'published')),
    after_round    bigint REFERENCES rounds (id) ON DELETE SET NULL,
    round_id       bigint REFERENCES rounds (id) ON DELETE SET NULL,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- Who sees the drafts of a series beside its parties' editors and the admins: viewers it is shared with.
CREATE TABLE series_shares (
    series_key  text NOT NULL,
    viewer      text NOT NULL,
    shared_by   text NOT NULL,
    shared_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (series_key, viewer)
);

-- One person of one party's delegation: the head or a member, with the title they hold now.
CREATE TABLE delegates (
    id         bigserial PRIMARY KEY,
    plan_id    bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    party      text NOT NULL,
    name       text NOT NULL,
    title      text,
    role       text NOT NULL CHECK (role IN ('head', 'member')),
    person_id  bigint REFERENCES people (id) ON DELETE SET NULL,
    UNIQUE (plan_id, party, name)
);

-- An agenda item: a track, a title and the topics its working group covers.
CREATE TABLE agenda_items (
    id        bigserial PRIMARY KEY,
    plan_id   bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position  int NOT NULL,
    track     text NOT NULL,
    title     text NOT NULL,
    topics    text[] NOT NULL DEFAULT '{}'
);

-- The co-leads of an item's working group, one per party; account is the user who edits for them.
CREATE TABLE co_leads (
    item_id  bigint NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    party    text NOT NULL,
    name     text NOT NULL,
    account  text,
    PRIMARY KEY (item_id, party)
);

-- What the round is to deliver under an item: a commitment of an earlier round carried over, or a new one.
CREATE TABLE deliverables (
    id             bigserial PRIMARY KEY,
    plan_id        bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    item_id        bigint REFERENCES agenda_items (id) ON DELETE SET NULL,
    commitment_id  bigint REFERENCES commitments (id) ON DELETE SET NULL,
    actors         text[] NOT NULL,
    text           text NOT NULL,
    due            text,
    added_by       text NOT NULL
);

-- The joint statement's sections: the opening, one per track, the closing.
CREATE TABLE draft_sections (
    plan_id   bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    key       text NOT NULL,
    position  int NOT NULL,
    heading   text NOT NULL,
    track     text,
    text      text NOT NULL,
    PRIMARY KEY (plan_id, key)
);

-- Every save of the statement: the whole text, who saved it, when, and a unified diff against the one before.
CREATE TABLE draft_versions (
    plan_id      bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    number       int NOT NULL,
    section_key  text,
    author       text NOT NULL,
    made_at      timestamptz NOT NULL DEFAULT now(),
    text         text NOT NULL,
    diff         text NOT NULL,
    PRIMARY KEY (plan_id, number)
);

-- The sign-off history: drafted, edited, approved, voided, published; by whom, as what, on which version.
CREATE TABLE signoff_steps (
    id          bigserial PRIMARY KEY,
    plan_id     bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    by_name     text NOT NULL,
    as_role     text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('drafted', 'edited', 'approved', 'voided', 'published')),
    version     int
);

-- The approvals in force: one per party; an edit deletes them all (the steps keep the history).
CREATE TABLE approvals (
    plan_id   bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    party     text NOT NULL,
    version   int NOT NULL,
    by_name   text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, party)
);
