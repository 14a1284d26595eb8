package org.communique.reader;

/**
 * A labelled stretch of the document's text, end exclusive. {@code value} carries what the stage
 * learned (an ISO code, a topic code, a resolved date), so later stages need not re-read the text.
 */
public record Span(int start, int end, String label, String value) {
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
