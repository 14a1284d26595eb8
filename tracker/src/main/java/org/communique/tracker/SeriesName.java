package org.communique.tracker;

import org.communique.store.DialogueKey;
import org.communique.store.TrackedRound;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two rounds' dialogue names name one dialogue: the same acronym, or the same words once the
 * words that come and go between rounds (Enhanced, Annual, High-Level, the parties) are set aside.
 */
final class SeriesName {
    /** Words a dialogue gains or loses between rounds without becoming another dialogue. */
    static final Set<String> MODIFIERS = WordList.load("series-modifiers.txt");

    private SeriesName() {}

    /** What of a round's name decides which series it joins, worked out once per round. */
    record Features(String acronym, String initials, Set<String> core) {
        static Features of(TrackedRound r) {
            return new Features(SeriesName.acronym(r), SeriesName.initials(r.name()), SeriesName.core(r));
        }
    }

    /** How alike two rounds' names are, 0 (not one dialogue) to 1 (the same acronym). */
    static double similarity(Features a, Features b) {
        String x = a.acronym();
        String y = b.acronym();
        if (x != null && x.equals(y)) return 1.0;
        if ((x != null && x.equals(b.initials())) || (y != null && y.equals(a.initials()))) return 0.9;
        Set<String> p = a.core();
        Set<String> q = b.core();
        if (p.isEmpty() || q.isEmpty()) return 0;
        double j = Words.jaccard(p, q);
        if (j >= 0.5) return j;
        // "Strategic Dialogue" and "Strategic Partnership Dialogue": one name's words all in the other's
        return Words.within(p, q) || Words.within(q, p) ? 0.5 : 0;
    }

    /** The words of a round's dialogue name that say which dialogue it is. */
    static Set<String> core(TrackedRound r) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Words.content(r.name())) {
            if (MODIFIERS.contains(w) || w.matches("\\d+(st|nd|rd|th)?")) continue;
            if (r.parties().stream().anyMatch(p -> p.equalsIgnoreCase(w))) continue;
            out.add(w);
        }
        return out;
    }

    private static String acronym(TrackedRound r) {
        if (r.acronym() == null || r.acronym().isBlank()) return null;
        return DialogueKey.ascii(r.acronym()).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+]", "");
    }

    private static String initials(String name) {
        if (name == null) return null;
        return DialogueKey.ascii(DialogueKey.initials(name)).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+]", "");
    }
}
