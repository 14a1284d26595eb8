package org.communique.store;

/** A stored name taken to be the same person as another ({@code sameAs}), with why and who decided. */
public record PersonAlias(long personId, long sameAs, String reason, String decidedBy) {}
