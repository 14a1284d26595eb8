package org.communique.reader;

/**
 * A formal statement's preamble: "Recalling the visit of ... on September 16, 2009," — paragraphs that end in a
 * comma, each a clause recalling what came before the meeting. What they name (a date, a city, a leader) is
 * context, not the round.
 */
final class Preamble {
    /** A clause runs to a few hundred characters. */
    private static final int REACH = 600;

    private Preamble() {}

    /**
     * Whether the paragraph holding {@code at} is a preamble's clause. A clause opens with a capital ("Recalling");
     * a line that opens in lower case continues a sentence wrapped at a fixed width ("dialogue on Friday in Beijing,").
     */
    static boolean clauseAt(String text, int at) {
        int end = Lines.endWithin(text, at, REACH);
        if (end < 0 || !text.substring(at, end).strip().endsWith(",")) return false;
        int start = Lines.startWithin(text, at, REACH);
        String line = start < 0 ? "" : text.substring(start, at).stripLeading();
        return line.isEmpty() || !Character.isLowerCase(line.charAt(0));
    }
}
