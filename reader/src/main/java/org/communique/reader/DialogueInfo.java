package org.communique.reader;

import java.util.List;

/** The dialogue this statement is about, as the dialogue stage settles it. */
record DialogueInfo(String name, String acronym, List<String> parties, List<Span> mentions) {}
