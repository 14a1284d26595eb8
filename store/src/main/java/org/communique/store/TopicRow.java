package org.communique.store;

import org.communique.model.Evidence;

import java.util.List;

/** A topic a round discussed, with the spans of its statement that mention it. */
public record TopicRow(long roundId, String code, String label, String track, List<Evidence> evidence) {
    public TopicRow {
        evidence = List.copyOf(evidence);
    }
}
