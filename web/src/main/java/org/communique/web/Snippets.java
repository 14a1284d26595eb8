package org.communique.web;

import org.communique.store.RecordIndex;

import java.util.ArrayList;
import java.util.List;

/** A search snippet cut into plain and matched parts, so the page escapes every part and marks only the matches. */
public final class Snippets {
    private Snippets() {}

    /** Parts as choices: value "m" for a match, "t" for text; the label is the words. */
    public static List<Views.Choice> parts(String snippet) {
        List<Views.Choice> out = new ArrayList<>();
        if (snippet == null) return out;
        StringBuilder b = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == RecordIndex.MATCH_START || c == RecordIndex.MATCH_END) {
                if (b.length() > 0) out.add(new Views.Choice(inMatch ? "m" : "t", b.toString()));
                b.setLength(0);
                inMatch = c == RecordIndex.MATCH_START;
            } else {
                b.append(c == '\n' ? ' ' : c);
            }
        }
        if (b.length() > 0) out.add(new Views.Choice(inMatch ? "m" : "t", b.toString()));
        return out;
    }

    /** The snippet as plain text, marks removed. */
    static String plain(String snippet) {
        if (snippet == null) return null;
        return snippet.replace(String.valueOf(RecordIndex.MATCH_START), "").replace(String.valueOf(RecordIndex.MATCH_END), "")
                .replace('\n', ' ');
    }
}
