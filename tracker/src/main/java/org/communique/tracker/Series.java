package org.communique.tracker;

import org.communique.model.Cadence;

import java.util.List;

/** A dialogue as a series: its key, the name it goes by now, its parties, its rounds in order, how often and where it met. */
public record Series(String key, String name, String acronym, List<String> parties, List<SeriesRound> rounds,
                     Cadence cadence, HostRotation hosts) {
    public Series {
        parties = List.copyOf(parties);
        rounds = List.copyOf(rounds);
    }

    /**
     * One round in its series: the ordinal (stated or inferred), when, where, under which name, and who placed it.
     * {@code renamedFrom} is the name the series went by before this round, where this round renamed it (a mark on
     * the timeline: numbering may start afresh); {@code ordinalNote} says where the numbering does not add up (two
     * stated ordinals in conflict, no number left between two stated ones), shown and never resolved silently.
     */
    public record SeriesRound(long id, Integer ordinal, boolean ordinalInferred, String date, String place, String host,
                              String name, String placedBy, String renamedFrom, String ordinalNote) {}
}
