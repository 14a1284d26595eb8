package org.communique.web;

import org.communique.model.Evidence;
import org.communique.model.TextSpan;
import org.communique.store.StoredSentences;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A statement's text cut into paragraphs, sentences and pieces, each piece carrying the facts whose evidence
 * covers it, so that a page can highlight every fact where it stands. The sentences are those the reader split
 * (the record's {@code source.sentences}; paragraphs where it has none, {@link StoredSentences}): the page never
 * splits the text by rules of its own. Overlapping facts split the text at every boundary; a piece's facts are all
 * those that cover it.
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

    private StatementText() {}

    private record Span(int start, int end, Fact fact) {}

    /**
     * The body of {@code text} (and any line a fact's evidence reaches outside it), cut at the blank lines into
     * paragraphs and at the starts of {@code sentences} into sentences.
     */
    public static Markup of(String text, int bodyStart, int bodyEnd, List<TextSpan> sentences, List<Fact> facts) {
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

        TreeSet<Integer> sentenceStarts = new TreeSet<>();
        for (TextSpan s : StoredSentences.of(text, sentences)) sentenceStarts.add(s.start());
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        int marked = 0;
        List<Paragraph> out = new ArrayList<>();
        for (TextSpan p : StoredSentences.paragraphs(text, from, to)) {
            // a sentence runs from its start to the next one's, or to the end of its paragraph
            List<Integer> starts = new ArrayList<>();
            starts.add(p.start());
            starts.addAll(sentenceStarts.subSet(p.start(), false, p.end(), false));
            starts.add(p.end());
            List<Sentence> sentenceList = new ArrayList<>();
            for (int k = 0; k + 1 < starts.size(); k++) {
                int ss = starts.get(k);
                int se = starts.get(k + 1);
                List<Piece> pieces = new ArrayList<>();
                int at = ss;
                for (int cut : cuts.subSet(ss, false, se, false)) {
                    marked += piece(text, at, cut, spans, pieces);
                    at = cut;
                }
                marked += piece(text, at, se, spans, pieces);
                sentenceList.add(new Sentence(pieces));
            }
            out.add(new Paragraph(sentenceList));
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
}
