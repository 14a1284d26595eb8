package org.communique.reader;

/** When, where and which meeting of the dialogue this was, with the spans that say so. */
record RoundInfo(Integer ordinal, String date, String place, String host, Span dateSpan, Span placeSpan) {}
