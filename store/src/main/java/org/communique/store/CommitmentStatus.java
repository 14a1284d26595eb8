package org.communique.store;

import java.util.List;

/** Where a commitment stands, who decided it ("tracker" or a person) and when. */
public record CommitmentStatus(long commitmentId, String status, String decidedBy, String decidedAt, String reason) {
    public static final List<String> VALUES = List.of("open", "fulfilled", "partly-fulfilled", "not-fulfilled",
            "overdue", "superseded", "withdrawn");

    public boolean byPerson() {
        return !Who.TRACKER.equals(decidedBy);
    }
}
