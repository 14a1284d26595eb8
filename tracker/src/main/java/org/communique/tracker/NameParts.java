package org.communique.tracker;

import org.communique.model.NameWords;
import org.communique.store.DialogueKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's name split into given names and surname, each folded so that transliteration variants
 * meet: Bakhtiyar/Bahtiyar, Orazov/Orazow/Orazoff, Aleksandr/Alexander.
 */
record NameParts(List<String> given, String surname) {
    private static final Set<String> HONORIFICS = NameWords.honorifics();
    /** Suffixes and post-nominals, folded as the words of a name are: "jr", "mp", "kcmg". */
    private static final Set<String> SUFFIXES = Stream.concat(NameWords.suffixes().stream(), NameWords.postNominals().stream())
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Particles that belong to the word after them: "Al Khalifa" is one surname, "bin Hamad" one name. */
    private static final Set<String> PARTICLES = NameWords.particles();

    NameParts {
        given = List.copyOf(given);
    }

    static NameParts parse(String raw) {
        List<String> words = new ArrayList<>();
        if (raw != null) {
            String folded = DialogueKey.ascii(raw).toLowerCase(Locale.ROOT)
                    .replaceAll("\\bh\\.\\s?e\\.", "he ").replaceAll("\\bh\\.\\s?h\\.", "hh ").replace(".", ". ");
            for (String w : folded.split("[\\s,]+")) {
                String t = w.replaceAll("[^a-z'-]", "").replaceAll("^[-']+|[-']+$", "");
                if (!t.isEmpty()) words.add(t);
            }
        }
        // "the Hon. Penny Wong": the article goes with the form of address after it
        while (words.size() > 1 && (HONORIFICS.contains(words.get(0))
                || words.get(0).equals("the") && HONORIFICS.contains(words.get(1)))) words.remove(0);
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PARTICLES.contains(w) && i + 1 < words.size()) {
                joined.add(w + " " + words.get(++i));
            } else {
                joined.add(w);
            }
        }
        if (joined.isEmpty()) return new NameParts(List.of(), null);
        return new NameParts(joined.subList(0, joined.size() - 1), joined.get(joined.size() - 1));
    }

    boolean surnameOnly() {
        return given.isEmpty();
    }

    /** The word as it would sound: letters that transliterations swap are made one, doubled letters single. */
    static String fold(String word) {
        String s = word.toLowerCase(Locale.ROOT).replaceAll("[\\s'-]", "");
        s = s.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("ph", "f").replace("ck", "k")
                .replace("x", "ks").replace("q", "k").replace("w", "v").replace("y", "i").replace("ou", "u");
        s = s.replaceAll("off$", "ov").replaceAll("ff$", "v");
        return s.replaceAll("(.)\\1+", "$1");
    }

    /** Whether two words are one name in two spellings. */
    static boolean sameWord(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) return true;
        return Math.min(x.length(), y.length()) >= 5 && distance(x, y) <= 1;
    }

    /** Whether two given names can be one: equal as spelt, or one an initial of the other. */
    static boolean sameGiven(String a, String b) {
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
        return sameWord(a, b);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
