package org.communique.store;

import java.util.List;

/**
 * What the tracker wants one series to be after a run: an existing series ({@code seriesId}) or a new
 * one under {@code key}, with its rounds and their ordinals.
 */
public record SeriesPlan(Long seriesId, String key, String name, String acronym, List<String> parties,
                         List<Member> rounds) {
    public SeriesPlan {
        parties = List.copyOf(parties);
        rounds = List.copyOf(rounds);
    }

    /** One round of the series and its ordinal; {@code inferred} when the text gave none. */
    public record Member(long roundId, Integer ordinal, boolean inferred) {}
}
