package org.communique.model;

import java.util.List;

/** What parties did in the text ("reaffirmed", "discussed"), with the topics of that sentence. */
public record Act(List<String> actors, String verb, String kind, List<String> topics, Evidence evidence) {
    public Act {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
    }
}
