package org.communique.model;

/**
 * A stretch of a document's decoded text that is not a fact: {@code start} and {@code end} are UTF-16 indices into
 * the text, as evidence offsets are, end exclusive, and never empty. A source's sentences are spans.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** Whether this span and {@code [from, to)} share a character. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The words of {@code text} this span covers. */
    public String cover(String text) {
        return text.substring(start, end);
    }
}
