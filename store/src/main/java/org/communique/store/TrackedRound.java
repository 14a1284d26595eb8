package org.communique.store;

import java.util.List;

/**
 * A stored round as the tracker sees it: what its own statement says of its dialogue, meeting and
 * next-round plan. {@code parties} are sorted ISO codes; dates are ISO text as read.
 */
public record TrackedRound(long id, long documentId, String name, String acronym, List<String> parties,
                           Integer ordinal, String date, String place, String host, String nextPlace, String nextDue) {
    public TrackedRound {
        parties = List.copyOf(parties);
    }
}
