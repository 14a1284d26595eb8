package org.communique.store;

/**
 * One entry of a commitment's timeline: the round or document that bears on it, the words, who
 * recorded it, and whether a person confirmed or rejected it ({@code state}).
 */
public record FollowThrough(long id, long commitmentId, String rule, Long roundId, Long documentId, String seenOn,
                            String quote, double confidence, String explanation, String recordedBy, String state,
                            String decidedBy, String decidedAt) {
    public boolean rejected() {
        return "rejected".equals(state);
    }
}
