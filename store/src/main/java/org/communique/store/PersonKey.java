package org.communique.store;

import java.util.Locale;

/** How people are told apart on ingest: their name, accents and case and punctuation aside. */
final class PersonKey {
    private PersonKey() {}

    static String of(String name) {
        return DialogueKey.ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
