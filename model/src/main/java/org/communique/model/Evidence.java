package org.communique.model;

/** A span of the decoded text that supports a fact: offsets are UTF-16 indices, end exclusive. */
public record Evidence(int start, int end, String quote) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** The span of {@code text} from start to end, quoted. */
    public static Evidence of(String text, int start, int end) {
        return new Evidence(start, end, text.substring(start, end));
    }
}
