-- Issue 16: the date functions of V9, same results, in PL/pgSQL. As SQL functions with a FROM they are never inlined,
-- and each call (the days calling the precision, both the parts) ran through the SQL function executor: about 350 µs
-- a row for a date's two generated columns, the most costly part of storing a statement (posts, rounds and commitments
-- each carry a date). PL/pgSQL keeps its plans: about 20 µs. STRICT: a null text is no date, as before, without a call.
-- The stored columns need no recomputing: every text gives what it gave (PartialDateColumnsTest checks them all).

CREATE OR REPLACE FUNCTION partial_date_precision(iso text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    p text[] := partial_date_parts(iso);
BEGIN
    IF p IS NULL OR p[1]::int < 1 OR coalesce(p[2]::int, 1) NOT BETWEEN 1 AND 12 THEN
        RETURN NULL;
    ELSIF p[2] IS NULL THEN
        RETURN 'year';
    ELSIF p[3] IS NULL THEN
        RETURN 'month';
    ELSIF p[3]::int BETWEEN 1 AND extract(day FROM make_date(p[1]::int, p[2]::int, 1) + interval '1 month' - interval '1 day') THEN
        RETURN 'day';
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION partial_date_days(iso text) RETURNS daterange
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    p text[] := partial_date_parts(iso);
BEGIN
    CASE partial_date_precision(iso)
        WHEN 'year' THEN
            RETURN daterange(make_date(p[1]::int, 1, 1), make_date(p[1]::int + 1, 1, 1));
        WHEN 'month' THEN
            RETURN daterange(make_date(p[1]::int, p[2]::int, 1), (make_date(p[1]::int, p[2]::int, 1) + interval '1 month')::date);
        WHEN 'day' THEN
            RETURN daterange(make_date(p[1]::int, p[2]::int, p[3]::int), make_date(p[1]::int, p[2]::int, p[3]::int), '[]');
        ELSE
            RETURN NULL;
    END CASE;
END
$$;
