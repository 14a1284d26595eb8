package org.communique.reader;

import java.util.List;

/** Bytes turned into text: the text every offset points into, how it was decoded, and what the page said of itself. */
record Decoded(String text, String mediaType, String title, String publisher, List<String> warnings) {}
