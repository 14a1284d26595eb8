package org.communique.model;

/** Where and when the parties intend to hold the next round; either may be null. */
public record NextRound(String place, String due) {}
