package org.communique.model;

import java.util.List;

/** The dialogue a round belongs to, as one statement names it. Parties are sorted ISO codes. */
public record Dialogue(String name, String acronym, List<String> parties) {
    public Dialogue {
        parties = List.copyOf(parties);
    }
}
