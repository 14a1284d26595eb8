package org.communique.reader;

/**
 * The line around a place in the text, looked for within a reach: a dateline, a signatory's line or a preamble's
 * clause is short, and a page of one ten-megabyte line must not be scanned end to end for each of its dates.
 */
final class Lines {
    private Lines() {}

    /** Where the line holding {@code at} starts, if at most {@code reach} characters back; -1 when further. */
    static int startWithin(String text, int at, int reach) {
        for (int i = at - 1; i >= Math.max(0, at - reach - 1); i--) if (text.charAt(i) == '\n') return i + 1;
        return at <= reach ? 0 : -1;
    }

    /** Where the line holding {@code at} ends (its newline or the text's end), if at most {@code reach} on; -1 when further. */
    static int endWithin(String text, int at, int reach) {
        for (int i = at; i < Math.min(text.length(), at + reach + 1); i++) if (text.charAt(i) == '\n') return i;
        return text.length() - at <= reach ? text.length() : -1;
    }
}
