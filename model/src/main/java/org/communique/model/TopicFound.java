package org.communique.model;

import java.util.List;

/** A topic of the taxonomy that a round discussed, with the sentences that mention it. */
public record TopicFound(String code, String label, String track, List<Evidence> evidence) {
    public TopicFound {
        evidence = List.copyOf(evidence);
    }
}
