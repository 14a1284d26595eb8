package org.communique.tracker;

import java.util.List;

/** A dialogue as a series: its key, the name it goes by now, its parties, its rounds in order, how often and where it met. */
public record Series(String key, String name, String acronym, List<String> parties, List<SeriesRound> rounds,
                     Cadence cadence, HostRotation hosts) {
    public Series {
        parties = List.copyOf(parties);
        rounds = List.copyOf(rounds);
    }

    /** One round in its series: the ordinal (stated or inferred), when, where, under which name, and who placed it. */
    public record SeriesRound(long id, Integer ordinal, boolean ordinalInferred, String date, String place, String host,
                              String name, String placedBy) {}
}
