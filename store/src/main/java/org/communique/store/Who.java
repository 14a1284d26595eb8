package org.communique.store;

import java.util.Locale;

/** Who decided something: the tracker, or a person named on the command line (never "tracker"). */
public final class Who {
    public static final String TRACKER = "tracker";

    private Who() {}

    /** The person's name as given, refused when blank or when it is the tracker's own name. */
    static String person(String name) {
        if (name == null || name.isBlank()) throw new StoreException("say who decides this (a person's name)");
        String n = name.strip();
        if (n.toLowerCase(Locale.ROOT).equals(TRACKER)) {
            throw new StoreException("the name 'tracker' is kept for the tracker's own entries; give a person's name");
        }
        return n;
    }
}
