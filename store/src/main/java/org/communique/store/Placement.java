package org.communique.store;

/**
 * Where a round sits: its series and ordinal. {@code placedBy} is "tracker" or the person who put it
 * there; the tracker never moves a round a person placed.
 */
public record Placement(long roundId, long seriesId, String seriesKey, Integer ordinal, boolean ordinalInferred,
                        String placedBy) {
    public boolean byPerson() {
        return !Who.TRACKER.equals(placedBy);
    }
}
