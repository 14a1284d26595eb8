package org.communique.store;

/**
 * One person in one round: the name and title as that round's statement gives them, dated by the
 * round (a Popolo-style membership observed at a date, not a term of office).
 */
public record PostSeen(long personId, String name, long roundId, String date, String seriesKey, String party,
                       String role, String title) {}
