package org.communique.web;

import org.communique.store.AccountStore;
import org.communique.store.AccountStore.User;
import org.communique.store.Database;
import org.communique.store.StoreException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Users and how they prove who they are: Argon2 password hashes, sign-in (slowed per address and per name by
 * the web server, never locked: a lock is a door an outsider could hold shut), sessions and API tokens. The command line creates users (the first admin) through this class.
 */
public final class Accounts {
    public static final Set<String> ROLES = Set.of("admin", "editor", "viewer");
    public static final int MIN_PASSWORD = 10;
    /** Sign-in attempts a minute for one name from one address: a guesser is slowed, its owner elsewhere is not. */
    public static final int ATTEMPTS_PER_NAME_A_MINUTE = 5;
    public static final Duration SESSION_LIFE = Duration.ofHours(12);
    public static final String TOKEN_PREFIX = "cq_";

    private final AccountStore store;
    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // verified against when the name is unknown, so that a wrong name takes as long as a wrong password
    private final String decoy;

    public Accounts(Database db) {
        this.store = new AccountStore(db);
        this.decoy = encoder.encode("decoy password that is never anyone's");
    }

    AccountStore store() {
        return store;
    }

    /** Creates a user; the message of the exception says what is wrong with the request. */
    public long addUser(String name, String role, String party, String password) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new StoreException("a user name is 1 to 64 letters, digits or . _ @ -");
        }
        if (name.equalsIgnoreCase("tracker")) throw new StoreException("the name 'tracker' is kept for the tracker's own decisions");
        String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) throw new StoreException("the role is admin, editor or viewer, not '" + role + "'");
        String p = party == null || party.isBlank() ? null : party.strip().toUpperCase(Locale.ROOT);
        if (p != null && !p.matches("[A-Z]{2}")) throw new StoreException("a party is a two-letter code such as US, KZ or EU");
        if (r.equals("editor") && p == null) throw new StoreException("an editor corrects for one party: give --party");
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new StoreException("a password has at least " + MIN_PASSWORD + " characters");
        }
        return store.addUser(name, encoder.encode(password), r, p);
    }

    public Optional<User> user(String name) {
        return store.userNamed(name);
    }

    /** The outcome of a sign-in: the user, or why not. */
    public record SignIn(User user, String refusal) {}

    /** Every failure has the same answer, so that no answer tells which names exist. */
    public SignIn signIn(String name, String password) {
        Optional<User> found = name == null ? Optional.empty() : store.userNamed(name.strip());
        if (found.isEmpty()) {
            encoder.matches(password == null ? "" : password, decoy);
            return new SignIn(null, "wrong name or password");
        }
        User u = found.get();
        if (password == null || !encoder.matches(password, u.passwordHash())) {
            return new SignIn(null, "wrong name or password");
        }
        return new SignIn(u, null);
    }

    /** A new session for the user; returns the cookie's value (only its hash is stored). */
    String newSession(User u) {
        String id = Secrets.random();
        store.addSession(Secrets.sha256(id), u.id(), Secrets.random(), Instant.now().plus(SESSION_LIFE));
        return id;
    }

    Optional<AccountStore.Session> session(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 100) return Optional.empty();
        return store.session(Secrets.sha256(cookie));
    }

    void endSession(String cookie) {
        if (cookie != null && !cookie.isBlank()) store.removeSession(Secrets.sha256(cookie));
    }

    /** A new API token for the user; the token is shown once, only its hash is stored. */
    public String newToken(String userName, String label) {
        User u = store.userNamed(userName).orElseThrow(() -> new StoreException("there is no user named " + userName));
        String token = TOKEN_PREFIX + Secrets.random();
        store.addToken(u.id(), label == null || label.isBlank() ? "token" : label.strip(), Secrets.sha256(token));
        return token;
    }

    Optional<User> userOfToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) return Optional.empty();
        return store.userOfToken(Secrets.sha256(token));
    }
}
