package org.communique.store;

import org.communique.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a stored statement, for whoever quotes or shows it: those the reader split (the record's
 * {@code source.sentences}, kept in {@code documents.sentences}), and wherever it split none (outside the body, or the
 * whole text of a document stored before V10, whose column is NULL) the text's paragraphs, cut at its blank lines. The
 * one place a stored text is cut without the reader; nothing splits it into sentences again.
 */
public final class StoredSentences {
    /** A blank line: two line breaks with nothing but spaces between them. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0\\r]*\\n");
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+),(\\d+)\\)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private StoredSentences() {}

    /**
     * The sentences of the whole of {@code text}, in order: each of {@code stored} that fits the text (in order, none
     * overlapping the one before), and the paragraphs of the text between them.
     */
    public static List<TextSpan> of(String text, List<TextSpan> stored) {
        List<TextSpan> out = new ArrayList<>();
        if (text == null) return out;
        int at = 0;
        for (TextSpan s : stored == null ? List.<TextSpan>of() : stored) {
            if (s.start() < at || s.end() > text.length()) continue;
            out.addAll(paragraphs(text, at, s.start()));
            out.add(s);
            at = s.end();
        }
        out.addAll(paragraphs(text, at, text.length()));
        return out;
    }

    /** The paragraphs of {@code text} from {@code from} to {@code to}: the stretches between blank lines, trimmed. */
    public static List<TextSpan> paragraphs(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            trimmed(text, start, m.start(), out);
            start = m.end();
        }
        trimmed(text, start, to, out);
        return out;
    }

    /** A sentence's words on one line: a line break or a run of spaces inside it is one space. */
    public static String oneLine(String text, TextSpan s) {
        return WHITE_SPACE.matcher(s.cover(text)).replaceAll(" ").strip();
    }

    private static void trimmed(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start < end) out.add(new TextSpan(start, end));
    }

    /** The sentences as {@code documents.sentences} gives them back ({"[0,12)","[13,40)"}); none for NULL. */
    static List<TextSpan> fromColumn(String ranges) {
        List<TextSpan> out = new ArrayList<>();
        if (ranges == null) return out;
        Matcher m = RANGE.matcher(ranges);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end > start) out.add(new TextSpan(start, end));
        }
        return out;
    }

    /** The sentences as {@code documents.sentences} takes them, one int4range each; NULL (not known) for none. */
    static List<String> toColumn(List<TextSpan> sentences) {
        if (sentences.isEmpty()) return null;
        return sentences.stream().map(s -> "[" + s.start() + "," + s.end() + ")").toList();
    }
}
