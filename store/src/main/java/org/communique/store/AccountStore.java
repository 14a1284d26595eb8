package org.communique.store;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users, their sessions and their API tokens. Secrets are never stored: only hashes of them. */
public final class AccountStore {
    private final Jdbi jdbi;

    public AccountStore(Database db) {
        this.jdbi = db.jdbi();
    }

    /** A person who may sign in; {@code party} is set for editors (the party whose facts they may correct). */
    public record User(long id, String name, String role, String party, String passwordHash) {
        public boolean isAdmin() {
            return "admin".equals(role);
        }

        public boolean isEditor() {
            return "editor".equals(role);
        }
    }

    /** A signed-in browser: whose, its CSRF token and when it ends. */
    public record Session(String idHash, User user, String csrf, Instant expiresAt) {}

    public record Token(long id, String label, Instant createdAt, Instant lastUsed) {}

    private static final String USER_COLUMNS = "u.id, u.name, u.role, u.party, u.password_hash";

    public long addUser(String name, String passwordHash, String role, String party) {
        // "ADM" beside "adm" would be two accounts that people take for one
        boolean taken = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM users WHERE lower(name) = lower(:n)")
                .bind("n", name).mapTo(Integer.class).one()) > 0;
        if (taken) throw new StoreException("there is already a user named " + name + " (names are the same in any case)");
        return jdbi.withHandle(h -> h.createUpdate(
                        "INSERT INTO users (name, password_hash, role, party) VALUES (:n, :h, :r, :p)")
                .bind("n", name).bind("h", passwordHash).bind("r", role).bind("p", party)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public Optional<User> userNamed(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users u WHERE u.name = :n")
                .bind("n", name).mapTo(User.class).findOne());
    }

    public Optional<User> user(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users u WHERE u.id = :id")
                .bind("id", id).mapTo(User.class).findOne());
    }

    public List<User> users() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users u ORDER BY u.name")
                .mapTo(User.class).list());
    }

    public long countAdmins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM users WHERE role = 'admin'").mapTo(Long.class).one());
    }

    public void setPassword(long userId, String passwordHash) {
        jdbi.useHandle(h -> h.execute("UPDATE users SET password_hash = ? WHERE id = ?",
                passwordHash, userId));
    }

    public void setRole(long userId, String role, String party) {
        jdbi.useHandle(h -> h.execute("UPDATE users SET role = ?, party = ? WHERE id = ?", role, party, userId));
    }


    public void addSession(String idHash, long userId, String csrf, Instant expiresAt) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO sessions (id_hash, user_id, csrf, expires_at) VALUES (:id, :u, :csrf, :exp)")
                .bind("id", idHash).bind("u", userId).bind("csrf", csrf)
                .bind("exp", expiresAt).execute());
    }

    /** The live session with this hashed id, if any (expired ones are not found). */
    public Optional<Session> session(String idHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.id_hash, s.csrf, s.expires_at, " + USER_COLUMNS
                        + " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = :id AND s.expires_at > now()")
                .bind("id", idHash)
                .map((rs, ctx) -> new Session(rs.getString("id_hash"), ctx.findRowMapperFor(User.class).orElseThrow().map(rs, ctx),
                        rs.getString("csrf"), ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "expires_at", ctx)))
                .findOne());
    }

    public void removeSession(String idHash) {
        jdbi.useHandle(h -> h.execute("DELETE FROM sessions WHERE id_hash = ?", idHash));
    }

    public void removeExpiredSessions() {
        jdbi.useHandle(h -> h.execute("DELETE FROM sessions WHERE expires_at <= now()"));
    }

    public long addToken(long userId, String label, String tokenHash) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "INSERT INTO api_tokens (user_id, label, token_hash) VALUES (:u, :l, :h)")
                .bind("u", userId).bind("l", label).bind("h", tokenHash)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The user a token belongs to; marks the token used. */
    public Optional<User> userOfToken(String tokenHash) {
        return jdbi.withHandle(h -> {
            Optional<User> u = h.createQuery("SELECT " + USER_COLUMNS
                            + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :h")
                    .bind("h", tokenHash).mapTo(User.class).findOne();
            if (u.isPresent()) h.execute("UPDATE api_tokens SET last_used = now() WHERE token_hash = ?", tokenHash);
            return u;
        });
    }

    public List<Token> tokens(long userId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, label, created_at, last_used FROM api_tokens WHERE user_id = :u ORDER BY id")
                .bind("u", userId).mapTo(Token.class).list());
    }

    public boolean removeToken(long userId, long tokenId) {
        return jdbi.withHandle(h -> h.execute("DELETE FROM api_tokens WHERE id = ? AND user_id = ?", tokenId, userId)) > 0;
    }
}
