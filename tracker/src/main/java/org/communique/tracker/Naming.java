package org.communique.tracker;

import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name a round was held under, as far as numbering goes: the words of its dialogue's name without those that
 * come and go from one statement to the next while the name stays ("annual", "round", "meeting", an ordinal).
 * "Enhanced Strategic Partnership Dialogue" and "Strategic Partnership Dialogue" are two names of one series: a
 * rename, after which the series may count its rounds afresh.
 */
final class Naming {
    /** Words a statement adds to a name without renaming anything. */
    private static final Set<String> NOT_THE_NAME = Set.copyOf(WordList.load("naming-not-the-name.txt"));

    private Naming() {}

    /**
     * One key per round of a series in date order. A round whose statement names no dialogue, or gives only an
     * acronym that another round's name spells out, takes that round's name; else the name of the round before.
     */
    static List<String> keys(List<TrackedRound> rounds) {
        List<String> own = new ArrayList<>();
        for (TrackedRound r : rounds) own.add(words(r));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            String key = own.get(i);
            if (key == null) key = spelledOut(rounds.get(i).acronym(), own);
            if (key == null && rounds.get(i).acronym() != null) key = "acronym " + norm(rounds.get(i).acronym());
            out.add(key);
        }
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null && i > 0) out.set(i, out.get(i - 1));
        for (int i = out.size() - 1; i >= 0; i--) if (out.get(i) == null && i + 1 < out.size()) out.set(i, out.get(i + 1));
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, "");
        return out;
    }

    /** For each round of a series in date order, the name it was held under before, where this round renamed it. */
    static List<String> renamedFrom(List<TrackedRound> rounds) {
        List<String> keys = keys(rounds);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            boolean renamed = i > 0 && !keys.get(i).equals(keys.get(i - 1));
            out.add(renamed ? shown(rounds.get(i - 1)) : null);
        }
        return out;
    }

    private static String shown(TrackedRound r) {
        return r.name() != null ? r.name() : r.acronym();
    }

    /** The name's words that name it, or null when the statement gives no name. */
    private static String words(TrackedRound r) {
        if (r.name() == null || r.name().isBlank()) return null;
        List<String> kept = new ArrayList<>();
        for (String w : Words.tokens(r.name())) {
            if (Words.STOP.contains(w) || NOT_THE_NAME.contains(w) || w.matches("\\d+(st|nd|rd|th)?")) continue;
            if (r.parties().stream().anyMatch(p -> p.equalsIgnoreCase(w))) continue;
            kept.add(w);
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    /** The name key of a round whose words begin with the letters of {@code acronym} (ESPD: enhanced strategic ...). */
    private static String spelledOut(String acronym, List<String> own) {
        if (acronym == null) return null;
        String letters = norm(acronym);
        for (String key : own) {
            if (key == null) continue;
            StringBuilder initials = new StringBuilder();
            for (String w : key.split(" ")) initials.append(w.charAt(0));
            if (initials.toString().equals(letters)) return key;
        }
        return null;
    }

    private static String norm(String acronym) {
        return acronym.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]", "");
    }
}
