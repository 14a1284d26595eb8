package org.communique.store;

/** The decoded text of the statement of one round. */
public record StatementText(long roundId, long documentId, String date, String text) {}
