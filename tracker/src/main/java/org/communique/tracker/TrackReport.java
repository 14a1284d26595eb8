package org.communique.tracker;

/** What one run of the tracker found and changed; {@code changes} is 0 when a re-run finds nothing new. */
public record TrackReport(int series, int rounds, int inferredOrdinals, int people, int names, int links,
                          int proposalsAdded, int proposalsUpdated, int proposalsWithdrawn, int changes) {
    @Override
    public String toString() {
        return series + " series over " + rounds + " rounds (" + inferredOrdinals + " ordinals inferred), "
                + people + " people under " + names + " names, " + links + " follow-through links ("
                + proposalsAdded + " new, " + proposalsUpdated + " updated, " + proposalsWithdrawn + " withdrawn); "
                + (changes == 0 ? "nothing changed" : changes + " changes");
    }
}
