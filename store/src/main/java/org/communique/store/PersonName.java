package org.communique.store;

import java.util.List;

/** A name as stored from the statements, with the parties it appeared for and in how many rounds. */
public record PersonName(long id, String name, List<String> parties, int rounds) {
    public PersonName {
        parties = List.copyOf(parties);
    }
}
