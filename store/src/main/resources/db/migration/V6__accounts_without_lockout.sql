-- Accounts are no longer locked after failed sign-ins (a lock is a door an outsider could hold shut): sign-ins
-- are slowed per address and name instead, in the server, and the columns that counted failures go.
ALTER TABLE users DROP COLUMN failed_attempts, DROP COLUMN locked_until;

-- One account per name whatever its case ("ADM" beside "adm" is refused). A store that already holds two such
-- names keeps them (the application refuses new ones) rather than failing to start.
DO $$
BEGIN
    IF NOT EXISTS (SELECT lower(name) FROM users GROUP BY lower(name) HAVING count(*) > 1) THEN
        CREATE UNIQUE INDEX users_name_lower ON users (lower(name));
    END IF;
END
$$;
