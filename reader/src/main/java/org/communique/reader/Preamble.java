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
     * a line that opens in lower case continues a sentence wrapped at a fixed width ("dialogue on Friday in Beijing,"),
     * and so does one that the next line continues in lower case.
     */
    static boolean clauseAt(String text, int at) {
        int end = Lines.endWithin(text, at, REACH);
        if (end < 0 || !text.substring(at, end).strip().endsWith(",")) return false;
        // "... met Algerian President\nAbdelmadjid Tebboune at the Villa,\nafter a trip ...": the next line going on
        // in lower case shows a sentence wrapped at a fixed width, not a clause that ends there
        if (end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1))) return false;
        int start = Lines.startWithin(text, at, REACH);
        String line = start < 0 ? "" : text.substring(start, at).stripLeading();
        return line.isEmpty() || !Character.isLowerCase(line.charAt(0));
    }
}
