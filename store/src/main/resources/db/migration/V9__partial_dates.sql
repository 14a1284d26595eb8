-- Issue 15: a date known to the year, the month or the day (PartialDate in the model). Each is kept as the text the
-- record gives ("2024", "2024-05", "2024-05-17") and, beside it, as the days it covers (a daterange, its upper bound
-- the day after the last: "2024" is [2024-01-01,2025-01-01)) with its precision, so that SQL reads a date as the code
-- does: all of 2024, never one guessed day of it. The columns are generated from the text: filled for the rows already
-- stored, never out of step with it, and left out of backups (which restore the text). A text that is no date
-- (another form, a day that does not exist) has neither.

-- The parts of an ISO date, year-month or year, spaces around it aside; null for any other text.
CREATE FUNCTION partial_date_parts(iso text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT regexp_match(iso, '^\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\s*$')
$$;

-- How much of the date is known: 'year', 'month' or 'day' (PartialDate.Precision); null where the parts name no
-- day (year 0000, month 13, 30 February).
CREATE FUNCTION partial_date_precision(iso text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
         WHEN p IS NULL OR p[1]::int < 1 OR coalesce(p[2]::int, 1) NOT BETWEEN 1 AND 12 THEN NULL
         WHEN p[2] IS NULL THEN 'year'
         WHEN p[3] IS NULL THEN 'month'
         WHEN p[3]::int BETWEEN 1 AND extract(day FROM make_date(p[1]::int, p[2]::int, 1) + interval '1 month' - interval '1 day')
           THEN 'day'
       END
  FROM (SELECT partial_date_parts(iso) AS p) parts
$$;

-- The days a date covers, from its first to the day after its last.
CREATE FUNCTION partial_date_days(iso text) RETURNS daterange
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE partial_date_precision(iso)
         WHEN 'year' THEN daterange(make_date(p[1]::int, 1, 1), make_date(p[1]::int + 1, 1, 1))
         WHEN 'month' THEN daterange(make_date(p[1]::int, p[2]::int, 1),
                                     (make_date(p[1]::int, p[2]::int, 1) + interval '1 month')::date)
         WHEN 'day' THEN daterange(make_date(p[1]::int, p[2]::int, p[3]::int), make_date(p[1]::int, p[2]::int, p[3]::int), '[]')
       END
  FROM (SELECT partial_date_parts(iso) AS p) parts
$$;

-- Each stored date gets two columns beside it: COLUMN_days and COLUMN_precision. The dates: when a round met and
-- when it planned the next to meet; when a title was seen held (its round's date); when a commitment is due (overdue
-- once all of it has passed); when the later round of a follow-through link was seen; when a planned round is to meet;
-- when a deliverable on its agenda is due.
DO $$
DECLARE
    d record;
BEGIN
    FOR d IN SELECT * FROM (VALUES ('rounds', 'date'), ('rounds', 'next_due'), ('posts', 'seen_on'), ('commitments', 'due'),
                                   ('follow_through', 'seen_on'), ('plans', 'date'), ('deliverables', 'due')) AS dates (tab, col)
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN %I daterange GENERATED ALWAYS AS (partial_date_days(%I)) STORED, '
                       'ADD COLUMN %I text GENERATED ALWAYS AS (partial_date_precision(%I)) STORED',
                       d.tab, d.col || '_days', d.col, d.col || '_precision', d.col);
    END LOOP;
END
$$;
