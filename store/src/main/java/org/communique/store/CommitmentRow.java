package org.communique.store;

import org.communique.model.Evidence;

import java.util.List;

/** A stored commitment with the round it was made at and the words that state it ({@code evidence} may be null). */
public record CommitmentRow(long id, long roundId, List<String> actors, String text, String trigger, String strength,
                            String due, String place, Evidence evidence) {
    public CommitmentRow {
        actors = List.copyOf(actors);
    }
}
