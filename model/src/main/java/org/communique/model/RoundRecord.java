package org.communique.model;

import java.util.List;

/** Everything one published statement says about one round: the unit the reader produces and the store keeps. */
public record RoundRecord(Source source, Dialogue dialogue, Round round, List<Participant> participants,
                          List<TopicFound> topics, List<Act> acts, List<Commitment> commitments,
                          NextRound nextRound, List<Reference> references, List<String> warnings) {
    public RoundRecord {
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
        acts = List.copyOf(acts);
        commitments = List.copyOf(commitments);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }
}
