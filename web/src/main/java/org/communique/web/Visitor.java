package org.communique.web;

import org.communique.store.AccountStore.User;

/**
 * Who is asking: a signed-in user (by session cookie or API token) or nobody. {@code csrf} is the token a
 * form of this page must send back; {@code bearer} marks a script that signed in with an API token.
 */
public record Visitor(User user, String csrf, boolean bearer, String sessionCookie) {
    public static Visitor anonymous(String csrf) {
        return new Visitor(null, csrf, false, null);
    }

    public boolean signedIn() {
        return user != null;
    }

    public String name() {
        return user == null ? null : user.name();
    }

    public String role() {
        return user == null ? null : user.role();
    }

    public String party() {
        return user == null ? null : user.party();
    }

    public boolean isAdmin() {
        return user != null && user.isAdmin();
    }

    /** May change the record at all (import, correct): admins and editors. */
    public boolean mayEdit() {
        return user != null && (user.isAdmin() || user.isEditor());
    }
}
