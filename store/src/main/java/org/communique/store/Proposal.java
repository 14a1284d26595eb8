package org.communique.store;

/**
 * A follow-through link the tracker proposes: a later round (and its document) that bears on a
 * commitment by {@code rule} ("next-round", "mechanism" or "topic"), with a confidence and why.
 */
public record Proposal(long commitmentId, String rule, long roundId, long documentId, String seenOn, String quote,
                       double confidence, String explanation) {}
