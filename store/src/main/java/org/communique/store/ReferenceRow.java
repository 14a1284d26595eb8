package org.communique.store;

/** A mechanism, dialogue, initiative or event a round's statement names, with the words that name it. */
public record ReferenceRow(long roundId, String name, String kind, String quote) {}
