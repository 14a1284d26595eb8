package org.communique.model;

import java.util.List;

/**
 * A forward-looking undertaking: who, what, and when and where if stated.
 * {@code strength} is "firm" (agree, intend, will, pledge, commit) or "soft" (look forward, desire).
 */
public record Commitment(List<String> actors, String text, String trigger, String strength,
                         String due, String place, Evidence evidence) {
    public Commitment {
        actors = List.copyOf(actors);
    }
}
