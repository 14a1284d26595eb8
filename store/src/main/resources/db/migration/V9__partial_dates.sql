-- Issue 15: a date known to the year, the month or the day (PartialDate in the model). Each is kept as the text the
-- record gives ("2024", "2024-05", "2024-05-17") and, beside it, as the days it covers with its precision, so that SQL
-- reads a date as the code does: "2024" is every day from 2024-01-01 to 2024-12-31, never one guessed day of it.
-- The columns are generated from the text: filled for the rows already stored, never out of step with it, and left
-- out of backups (which restore the text). A text that is no date (another form, a day that does not exist) has none.

-- The parts of an ISO date, year-month or year, spaces around it aside; null for any other text.
CREATE FUNCTION partial_date_parts(iso text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_match(iso, '^\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\s*$')
$$;

-- The first day a date covers; null where the parts name no day (year 0000, month 13, 30 February).
CREATE FUNCTION partial_date_from(iso text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
         WHEN p IS NULL OR p[1]::int < 1 OR coalesce(p[2]::int, 1) NOT BETWEEN 1 AND 12 THEN NULL
         WHEN p[3] IS NULL THEN make_date(p[1]::int, coalesce(p[2]::int, 1), 1)
         WHEN p[3]::int BETWEEN 1 AND extract(day FROM make_date(p[1]::int, p[2]::int, 1) + interval '1 month' - interval '1 day')
           THEN make_date(p[1]::int, p[2]::int, p[3]::int)
       END
  FROM (SELECT partial_date_parts(iso) AS p) parts
$$;

-- How much of the date is known: 'year', 'month' or 'day' (PartialDate.Precision), or null.
CREATE FUNCTION partial_date_precision(iso text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
         WHEN partial_date_from(iso) IS NULL THEN NULL
         WHEN p[2] IS NULL THEN 'year'
         WHEN p[3] IS NULL THEN 'month'
         ELSE 'day'
       END
  FROM (SELECT partial_date_parts(iso) AS p) parts
$$;

-- The last day a date covers: 31 December of a year, the last day of a month, the day itself.
CREATE FUNCTION partial_date_to(iso text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE partial_date_precision(iso)
         WHEN 'year' THEN (partial_date_from(iso) + interval '1 year' - interval '1 day')::date
         WHEN 'month' THEN (partial_date_from(iso) + interval '1 month' - interval '1 day')::date
         WHEN 'day' THEN partial_date_from(iso)
       END
$$;

-- When a round met, and when it planned the next to meet.
ALTER TABLE rounds
    ADD COLUMN date_from date GENERATED ALWAYS AS (partial_date_from(date)) STORED,
    ADD COLUMN date_to date GENERATED ALWAYS AS (partial_date_to(date)) STORED,
    ADD COLUMN date_precision text GENERATED ALWAYS AS (partial_date_precision(date)) STORED,
    ADD COLUMN next_due_from date GENERATED ALWAYS AS (partial_date_from(next_due)) STORED,
    ADD COLUMN next_due_to date GENERATED ALWAYS AS (partial_date_to(next_due)) STORED,
    ADD COLUMN next_due_precision text GENERATED ALWAYS AS (partial_date_precision(next_due)) STORED;

-- When a title was seen held (its round's date).
ALTER TABLE posts
    ADD COLUMN seen_on_from date GENERATED ALWAYS AS (partial_date_from(seen_on)) STORED,
    ADD COLUMN seen_on_to date GENERATED ALWAYS AS (partial_date_to(seen_on)) STORED,
    ADD COLUMN seen_on_precision text GENERATED ALWAYS AS (partial_date_precision(seen_on)) STORED;

-- When a commitment is due: overdue once all of its due date has passed.
ALTER TABLE commitments
    ADD COLUMN due_from date GENERATED ALWAYS AS (partial_date_from(due)) STORED,
    ADD COLUMN due_to date GENERATED ALWAYS AS (partial_date_to(due)) STORED,
    ADD COLUMN due_precision text GENERATED ALWAYS AS (partial_date_precision(due)) STORED;

-- When the later round or statement of a follow-through link was seen.
ALTER TABLE follow_through
    ADD COLUMN seen_on_from date GENERATED ALWAYS AS (partial_date_from(seen_on)) STORED,
    ADD COLUMN seen_on_to date GENERATED ALWAYS AS (partial_date_to(seen_on)) STORED,
    ADD COLUMN seen_on_precision text GENERATED ALWAYS AS (partial_date_precision(seen_on)) STORED;

-- When a planned round is to meet, and when a deliverable is due.
ALTER TABLE plans
    ADD COLUMN date_from date GENERATED ALWAYS AS (partial_date_from(date)) STORED,
    ADD COLUMN date_to date GENERATED ALWAYS AS (partial_date_to(date)) STORED,
    ADD COLUMN date_precision text GENERATED ALWAYS AS (partial_date_precision(date)) STORED;
ALTER TABLE deliverables
    ADD COLUMN due_from date GENERATED ALWAYS AS (partial_date_from(due)) STORED,
    ADD COLUMN due_to date GENERATED ALWAYS AS (partial_date_to(due)) STORED,
    ADD COLUMN due_precision text GENERATED ALWAYS AS (partial_date_precision(due)) STORED;
