package org.communique.web;

import org.communique.model.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's text cut into paragraphs, sentences and pieces, each piece carrying the facts whose evidence
 * covers it, so that a page can highlight every fact where it stands. Overlapping facts split the text at
 * every boundary; a piece's facts are all those that cover it.
 */
public final class StatementText {
    /** A fact to mark: its id on the page (p0, c3, ...), its kind and the words a hover shows. */
    public record Fact(String id, String kind, String title, List<Evidence> evidence) {}

    public record Piece(String text, String facts, String css, String title) {
        public boolean marked() {
            return facts != null;
        }
    }

    public record Sentence(List<Piece> pieces) {}

    public record Paragraph(List<Sentence> sentences) {}

    public record Markup(List<Paragraph> paragraphs, int marked) {}

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u024f])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "amb",
            "sen", "rep", "jr", "sr", "hon", "h.e", "h.h", "u.s", "u.k", "u.n", "e.u", "p.m", "a.m", "vs", "prof", "gov", "sec");

    private StatementText() {}

    private record Span(int start, int end, Fact fact) {}

    public static Markup of(String text, int bodyStart, int bodyEnd, List<Fact> facts) {
        int n = text.length();
        List<Span> spans = new ArrayList<>();
        for (Fact f : facts) {
            for (Evidence e : f.evidence()) {
                Span s = locate(text, e, f);
                if (s != null) spans.add(s);
            }
        }
        int from = bodyEnd > bodyStart ? Math.max(0, Math.min(bodyStart, n)) : 0;
        int to = bodyEnd > bodyStart ? Math.min(n, bodyEnd) : n;
        for (Span s : spans) {
            from = Math.min(from, s.start());
            to = Math.max(to, s.end());
        }
        // start and end on line boundaries so that no paragraph is shown cut
        while (from > 0 && text.charAt(from - 1) != '\n') from--;
        while (to < n && text.charAt(to) != '\n') to++;

        Matcher pm = PARAGRAPH_BREAK.matcher(text).region(from, to);
        List<int[]> paragraphs = new ArrayList<>();
        int start = from;
        while (pm.find()) {
            paragraphs.add(new int[] {start, pm.start()});
            start = pm.end();
        }
        paragraphs.add(new int[] {start, to});
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        int marked = 0;
        List<Paragraph> out = new ArrayList<>();
        for (int[] p : paragraphs) {
            String para = text.substring(p[0], p[1]);
            if (para.isBlank()) continue;
            List<Integer> sentenceStarts = new ArrayList<>();
            sentenceStarts.add(p[0]);
            Matcher sm = SENTENCE_END.matcher(text).region(p[0], p[1]);
            while (sm.find()) {
                if (!abbreviation(text, sm.start(), p[0])) sentenceStarts.add(sm.end());
            }
            sentenceStarts.add(p[1]);
            List<Sentence> sentences = new ArrayList<>();
            for (int k = 0; k + 1 < sentenceStarts.size(); k++) {
                int ss = sentenceStarts.get(k);
                int se = sentenceStarts.get(k + 1);
                if (se <= ss) continue;
                List<Piece> pieces = new ArrayList<>();
                int at = ss;
                for (int cut : cuts.subSet(ss, false, se, false)) {
                    marked += piece(text, at, cut, spans, pieces);
                    at = cut;
                }
                marked += piece(text, at, se, spans, pieces);
                sentences.add(new Sentence(pieces));
            }
            out.add(new Paragraph(sentences));
        }
        return new Markup(out, marked);
    }

    private static int piece(String text, int start, int end, List<Span> spans, List<Piece> out) {
        if (end <= start) return 0;
        StringBuilder ids = new StringBuilder();
        TreeSet<String> kinds = new TreeSet<>();
        List<String> titles = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() <= start && end <= s.end()) {
                if (ids.indexOf(" " + s.fact().id() + " ") >= 0 || ids.toString().startsWith(s.fact().id() + " ")) continue;
                ids.append(s.fact().id()).append(' ');
                kinds.add("k-" + s.fact().kind());
                if (!titles.contains(s.fact().title())) titles.add(s.fact().title());
            }
        }
        String piece = text.substring(start, end);
        if (ids.length() == 0) {
            out.add(new Piece(piece, null, null, null));
            return 0;
        }
        out.add(new Piece(piece, ids.toString().strip(), "fact " + String.join(" ", kinds), String.join("\n", titles)));
        return 1;
    }

    /** The span of a fact's evidence in the text: by its offsets if they hold its quote, else where the quote is found. */
    private static Span locate(String text, Evidence e, Fact f) {
        int n = text.length();
        if (e.end() <= n && e.end() > e.start()) {
            if (e.quote() == null || text.regionMatches(e.start(), e.quote(), 0, e.quote().length())) {
                return new Span(e.start(), e.end(), f);
            }
        }
        if (e.quote() != null && !e.quote().isEmpty()) {
            int at = text.indexOf(e.quote());
            if (at >= 0) return new Span(at, at + e.quote().length(), f);
        }
        return null;
    }

    private static boolean abbreviation(String text, int dot, int floor) {
        int w = dot;
        while (w > floor && !Character.isWhitespace(text.charAt(w - 1))) w--;
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT).replaceAll("^[\"'(\u201c]+", "");
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial: R. Clarke Cooper
        return ABBREVIATIONS.contains(word);
    }
}
