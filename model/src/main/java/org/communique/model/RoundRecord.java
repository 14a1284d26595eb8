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

    /** Why a statement is not stored: read, it names no round of a dialogue. */
    public static final String NO_ROUND = "no dialogue round found in this text (it names no two parties, no dialogue"
            + " and no date of a meeting)";

    /**
     * Whether this reads as a round of a dialogue at all: two parties, or a dialogue named, or a date with a party.
     * Junk (a page of one letter, a text named .pdf) is none of these and is not stored.
     */
    public boolean namesARound() {
        int parties = dialogue.parties().size();
        return parties >= 2 || dialogue.name() != null || (round.date() != null && parties >= 1);
    }
}
