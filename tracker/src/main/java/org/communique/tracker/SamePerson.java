package org.communique.tracker;

import java.util.List;

/**
 * Whether two names are one person: the surname the same up to spelling, and the given names too
 * (an initial matches the name it abbreviates). A shared surname with other given names is two people.
 */
final class SamePerson {
    private SamePerson() {}

    /** Why two names are one person, or null when they are not (or when one is a bare surname). */
    static String why(String a, String b) {
        NameParts x = NameParts.parse(a);
        NameParts y = NameParts.parse(b);
        if (x.surname() == null || y.surname() == null) return null;
        if (x.surnameOnly() || y.surnameOnly()) return null;
        if (!NameParts.sameWord(x.surname(), y.surname())) return reversed(x, y) ? "the same names in another order" : null;
        List<String> g = x.given();
        List<String> h = y.given();
        if (!NameParts.sameGiven(g.get(0), h.get(0))) return null;
        // a middle name counts only where both give one ("Daniel R. Kessler" is "Daniel Kessler")
        if (g.size() > 1 && h.size() > 1 && !NameParts.sameGiven(g.get(1), h.get(1))) return null;
        if (a.strip().equalsIgnoreCase(b.strip())) return "the same name";
        if (g.get(0).length() == 1 || h.get(0).length() == 1) return "an initial of the given name (" + a + " ~ " + b + ")";
        return "a spelling variant (" + a + " ~ " + b + ")";
    }

    /** Whether a bare surname ("Orazov") can be this full name's. */
    static boolean surnameOf(String bare, String full) {
        NameParts x = NameParts.parse(bare);
        NameParts y = NameParts.parse(full);
        return x.surnameOnly() && x.surname() != null && !y.surnameOnly() && y.surname() != null
                && NameParts.sameWord(x.surname(), y.surname());
    }

    private static boolean reversed(NameParts x, NameParts y) {
        if (x.given().size() != 1 || y.given().size() != 1) return false;
        return NameParts.sameWord(x.given().get(0), y.surname()) && NameParts.sameWord(x.surname(), y.given().get(0))
                && x.given().get(0).length() > 1 && y.given().get(0).length() > 1;
    }
}
