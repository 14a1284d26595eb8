package org.communique.tracker;

import java.util.ArrayList;
import java.util.List;

/** Sentences of a statement's text, roughly: enough to quote the words that support a link. */
final class Sentences {
    private static final int MAX_QUOTE = 400;

    private Sentences() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        // statements stored as HTML: blocks end sentences, tags and entities are not words
        String plain = text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)</?(p|div|h\\d|li|ul|ol|title|br|tr|td|section|article|header|footer|nav|aside)\\b[^>]*>", "\n\n")
                .replaceAll("<[^>]*>", " ").replace("&rsquo;", "’").replace("&amp;", "&")
                .replaceAll("&[a-z]+;|&#\\d+;", " ");
        for (String s : plain.split("(?<=[.!?])\\s+(?=[A-Z\"'\u201c])|\\n\\s*\\n")) {
            String t = s.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static String quote(String sentence) {
        return sentence.length() <= MAX_QUOTE ? sentence : sentence.substring(0, MAX_QUOTE - 1) + "\u2026";
    }
}
