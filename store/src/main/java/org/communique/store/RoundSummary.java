package org.communique.store;

import java.util.List;

/** One stored round as lists show it. */
public record RoundSummary(long id, String dialogueKey, String dialogueName, Integer ordinal, String date,
                           String place, String host, List<String> parties, String fileName) {}
