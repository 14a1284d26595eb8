package org.communique.store;

/** A person's -1/0/+1 judgement of how far one party kept one commitment, with the reason. */
public record Score(long commitmentId, String party, int score, String reason, String scoredBy, String scoredAt) {}
