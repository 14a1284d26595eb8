package org.communique.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heads of state and government, foreign and defence ministers by name (office-holders.tsv), so that "President
 * Biden" or "Minister Kamikawa", whose titles name no country, are known to speak for theirs, or for neither
 * party when their country is a third one.
 */
final class OfficeHolders {

    private record Holder(String country, String office, Set<String> words, String surname) {}

    /** Whom a name fits: their country, and whether every office they are known by is a leader's. */
    record Found(String country, boolean leader) {}

    private final Map<String, List<Holder>> byWord = new HashMap<>();

    static OfficeHolders load(String resource) {
        OfficeHolders holders = new OfficeHolders();
        for (String[] r : Resources.rows(resource)) {
            for (String n : Resources.values(r[2])) {
                List<String> words = words(n);
                Holder h = new Holder(r[0], r[1], new HashSet<>(words), words.get(words.size() - 1));
                // every word, as names come in either order ("Kihara Minoru", "Minoru Kihara")
                for (String w : h.words()) holders.byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(h);
            }
        }
        return holders;
    }

    /**
     * Whom a name fits, or null when no one, or holders of more than one country, fit. Every word of the name but
     * its initials must be a word of one of the holder's names, in either order ("Kihara Minoru"). Two words are
     * enough; a surname alone needs the title of the office: a leader's for a leader (kind head-of-state or
     * head-of-government), a minister's for a minister. Where holders of more than one country fit ("Donald
     * Tusk", of Poland and of the European Council), those whose office the title names, then those among the
     * parties.
     */
    Found find(String name, String titleKind, List<String> parties) {
        // officials recur from statement to statement: what a name gave is kept (bounded; a miss is kept too)
        Question key = new Question(name, titleKind, List.copyOf(parties)); // no copy where it is immutable already
        Optional<Found> known = answers.get(key);
        if (known != null) return known.orElse(null);
        Found found = lookUp(name, titleKind, parties);
        if (answers.size() > 10_000) answers.clear();
        answers.put(key, Optional.ofNullable(found));
        return found;
    }

    private final Map<Question, Optional<Found>> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** What {@link #find} was asked: a key that costs no string building. */
    private record Question(String name, String titleKind, List<String> parties) {}

    private Found lookUp(String name, String titleKind, List<String> parties) {
        // a middle initial ("Enrique A. Manalo") is often not in the list
        List<String> words = words(name);
        words.removeIf(w -> w.length() < 2);
        if (words.isEmpty()) return null;
        List<Holder> fit = new ArrayList<>();
        for (Holder h : byWord.getOrDefault(words.get(words.size() - 1), List.of())) {
            if (!h.words().containsAll(words)) continue;
            if (words.size() < 2 && (!h.surname().equals(words.get(0)) || !fits(h.office(), titleKind))) continue;
            fit.add(h);
        }
        if (countries(fit).size() > 1) fit = narrowed(fit, h -> fits(h.office(), titleKind));
        if (countries(fit).size() > 1) fit = narrowed(fit, h -> parties.contains(h.country()));
        Set<String> countries = countries(fit);
        if (countries.size() != 1) return null;
        return new Found(countries.iterator().next(), fit.stream().allMatch(h -> Offices.LEADER_KINDS.contains(h.office())));
    }

    private static List<Holder> narrowed(List<Holder> fit, java.util.function.Predicate<Holder> keep) {
        List<Holder> kept = fit.stream().filter(keep).toList();
        return kept.isEmpty() ? fit : kept;
    }

    private static Set<String> countries(List<Holder> holders) {
        Set<String> out = new HashSet<>();
        for (Holder h : holders) out.add(h.country());
        return out;
    }


    private static boolean fits(String office, String titleKind) {
        if (titleKind == null) return false;
        if (Offices.LEADER_KINDS.contains(office)) return office.equals(titleKind);
        return titleKind.equals("minister");
    }

    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s,\\-]+");

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAKS.split(name.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            String word = w.replace(".", "");
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }
}
