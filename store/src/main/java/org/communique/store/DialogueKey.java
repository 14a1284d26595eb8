package org.communique.store;

import org.communique.model.Dialogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** The stable key of a dialogue series: its parties and its acronym (or the initials of its name), e.g. kz-us-espd. */
public final class DialogueKey {
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "on", "the", "for", "in");

    private DialogueKey() {}

    public static String of(Dialogue d) {
        String parties = d.parties().isEmpty() ? "unknown" : String.join("-", d.parties()).toLowerCase(Locale.ROOT);
        String tag = d.acronym() != null && !d.acronym().isBlank() ? d.acronym() : initials(d.name());
        tag = ascii(tag).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]+", "");
        return tag.isEmpty() ? parties : parties + "-" + tag;
    }

    public static String initials(String name) {
        if (name == null) return "";
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            char c = w.charAt(0);
            b.append(Character.isDigit(c) ? w : String.valueOf(c));
        }
        return b.toString();
    }

    public static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
