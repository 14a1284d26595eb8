package org.communique.model;

import java.util.List;

/**
 * A forward-looking undertaking: who, what, and when and where if stated.
 * {@code strength} is "firm" (agree, intend, will, pledge, commit) or "soft" (look forward, desire).
 * {@code cutOff}: its sentence is cut off by the end of the text, so what was undertaken may be incomplete.
 */
public record Commitment(List<String> actors, String text, String trigger, String strength,
                         String due, String place, Evidence evidence, boolean cutOff) {
    public Commitment {
        actors = List.copyOf(actors);
    }

    /** A commitment whose sentence is whole. */
    public Commitment(List<String> actors, String text, String trigger, String strength, String due, String place,
                      Evidence evidence) {
        this(actors, text, trigger, strength, due, place, evidence, false);
    }
}
