package org.communique.drafting;

/** Who acts: a signed-in user's name, role (admin, editor, viewer) and, for an editor, the party they act for. */
public record Actor(String name, String role, String party) {
    public static Actor admin(String name) {
        return new Actor(name, "admin", null);
    }

    public static Actor editor(String name, String party) {
        return new Actor(name, "editor", party);
    }

    public static Actor viewer(String name) {
        return new Actor(name, "viewer", null);
    }

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    public boolean isEditorFor(String p) {
        return "editor".equals(role) && party != null && party.equals(p);
    }

    /** Acts for {@code p}: an admin, or an editor of that party. */
    public boolean actsFor(String p) {
        return isAdmin() || isEditorFor(p);
    }
}
