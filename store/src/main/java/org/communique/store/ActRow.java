package org.communique.store;

import java.util.List;

/** What parties did at a round (signed, launched, discussed ...), on which topics, in which words. */
public record ActRow(long roundId, List<String> actors, String verb, String kind, List<String> topics, String quote) {
    public ActRow {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
    }
}
