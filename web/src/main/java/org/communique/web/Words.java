package org.communique.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain words on the pages: counts with the right plural, a dialogue's name with its parties, a track's name. */
public final class Words {
    private Words() {}

    private static final Map<String, String> IRREGULAR = Map.of("person", "people");

    /** The track names of the reader's topic list, as a heading reads them. */
    private static final Map<String, String> TRACKS = Map.of("political-security", "Political and security",
            "economic", "Economic", "human-dimension", "Human dimension", "regional", "Regional", "multilateral", "Multilateral");

    /** "1 round", "3 rounds", "1 person", "2 people". */
    public static String count(long n, String one) {
        return n + " " + (n == 1 ? one : plural(one));
    }

    static String plural(String one) {
        String irregular = IRREGULAR.get(one);
        if (irregular != null) return irregular;
        // a two-word noun ("open commitment") takes the plural on its last word
        int space = one.lastIndexOf(' ');
        if (space > 0) return one.substring(0, space + 1) + plural(one.substring(space + 1));
        if (one.endsWith("y") && one.length() > 1 && "aeiou".indexOf(one.charAt(one.length() - 2)) < 0) {
            return one.substring(0, one.length() - 1) + "ies";
        }
        if (one.endsWith("s") || one.endsWith("x") || one.endsWith("ch") || one.endsWith("sh")) return one + "es";
        return one + "s";
    }

    /** "Strategic Dialogue (PL–US)": four dialogues share that name, and their parties tell them apart. */
    public static String withParties(String name, List<String> parties) {
        String n = name == null || name.isBlank() ? "Unnamed dialogue" : name;
        return parties == null || parties.isEmpty() ? n : n + " (" + String.join("–", parties) + ")";
    }

    /** "Political and security" for political-security; an unknown track with its hyphens as spaces. */
    public static String track(String code) {
        if (code == null || code.isBlank()) return "Other";
        String known = TRACKS.get(code);
        return known != null ? known : capital(code.replace('-', ' '));
    }

    /** "Partly fulfilled" for partly-fulfilled. */
    public static String status(String code) {
        return code == null ? "" : capital(code.replace('-', ' '));
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
