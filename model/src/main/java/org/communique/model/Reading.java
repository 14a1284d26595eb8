package org.communique.model;

/** What the reader makes of one statement: the decoded document and the round record read from it. */
public record Reading(Document document, RoundRecord record) {}
