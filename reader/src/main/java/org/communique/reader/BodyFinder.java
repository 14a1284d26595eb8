package org.communique.reader;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds where the statement itself starts and ends inside a page: after website banners, breadcrumbs
 * and headlines, or after "Begin Text:"; before "End Text.", related-article titles and footers.
 * Also notes the publisher and the headline that the lines around the body give.
 */
final class BodyFinder extends Stage {
    // website chrome and wire furniture, looked for in the lower-cased line (page-words.tsv)
    private static final Set<String> BOILERPLATE_ANYWHERE = Knowledge.get().pageWords.get("boilerplate-anywhere");
    private static final Set<String> BOILERPLATE_START = Knowledge.get().pageWords.get("boilerplate-start");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[a-z]{2}\\. [A-Z][a-z]");
    private static final Pattern AGENCY_MARK = Pattern.compile("\\s*\\([A-Za-z]{2,12}\\)$");
    private static final Pattern PUBLISHER_SEPARATOR = Pattern.compile("\\s+[-|\u2013\u2014]\\s+");
    private static final Pattern PUBLISHER = Words.anyPhrase(Knowledge.get().pageWords.get("publisher-words"));

    BodyFinder() {
        super(Set.of(), Set.of(Keys.BODY, Keys.PUBLISHER, Keys.HEADLINE));
    }

    @Override
    public void annotate(Doc doc) {
        String t = doc.text();
        List<int[]> lines = lines(t);
        int begin = -1;
        int end = -1;
        for (int[] l : lines) {
            if (begin < 0 && (isLine(t, l, "begin text:") || isLine(t, l, "begin text"))) begin = l[1];
            else if (begin >= 0 && end < 0 && (isLine(t, l, "end text.") || isLine(t, l, "end text"))) end = l[0];
        }

        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (begin >= 0 && l[0] < begin) continue;
            if (end >= 0 && l[1] > end) break;
            if (isProse(t, l)) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first >= 0 && cutOffAfter(t, lines, last, end)) last++;
        if (first < 0) {
            doc.warn("no paragraph of statement text found");
            doc.set(Keys.BODY, new Body(begin >= 0 ? begin : 0, end >= 0 ? end : t.length()));
        } else {
            doc.set(Keys.BODY, new Body(lines.get(first)[0], lines.get(last)[1]));
        }
        aroundBody(doc, lines);
    }

    /** Headline and publisher from the short lines outside the body. */
    private static void aroundBody(Doc doc, List<int[]> lines) {
        String t = doc.text();
        String publisher = null;
        String headline = null;
        for (int[] l : lines) {
            if (l[0] >= doc.bodyStart() && l[1] <= doc.bodyEnd()) continue;
            String line = t.substring(l[0], l[1]).strip();
            if (line.isEmpty() || isBoilerplate(line)) continue;
            int words = Words.count(line);
            if (publisher == null && words <= 10 && PUBLISHER.matcher(line).find()) {
                String p = PUBLISHER_SEPARATOR.split(line)[0].strip();
                publisher = p;
            } else if (headline == null && l[1] <= doc.bodyStart() && words >= 4 && words <= 30
                    && !line.endsWith(":") && Character.isUpperCase(line.charAt(0))) {
                headline = line;
            }
        }
        doc.set(Keys.PUBLISHER, publisher);
        doc.set(Keys.HEADLINE, headline);
    }

    /** A line of running prose: long enough, not boilerplate (asked last: it is the slow question). */
    private static boolean isProse(String t, int[] l) {
        String line = t.substring(l[0], l[1]).strip();
        if (line.isEmpty()) return false;
        int words = Words.count(line);
        char last = line.charAt(line.length() - 1);
        boolean endsLikeSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d'
                || last == ')' || last == ';' || last == ':';
        // a headline is long enough but does not end like a sentence; an excerpt's last line, cut off, still holds one
        if (words >= 16 && (endsLikeSentence || words >= 30 || INNER_SENTENCE_END.matcher(line).find())) return !isBoilerplate(line);
        if (words < 7) return false;
        // a short line still belongs to the body when it ends like a sentence (a bullet, a short paragraph)
        // ... and a wire's closing sentence still does with its agency mark: "... the DFA said. (PNA)"
        String bare = AGENCY_MARK.matcher(line).replaceFirst("");
        char lastBare = bare.isEmpty() ? ' ' : bare.charAt(bare.length() - 1);
        return (lastBare == '.' || lastBare == ';' || lastBare == ':')
                && !line.regionMatches(true, 0, "end text", 0, 8) && !isBoilerplate(line);
    }

    /**
     * "• Deepen cooperation in countering terrorism and violent extremism, includi": the excerpt ends inside a
     * sentence that is too short to pass for prose; right after the body it is still the statement's, and says
     * what was discussed (a commitment in it is skipped as cut off).
     */
    private static boolean cutOffAfter(String t, List<int[]> lines, int last, int end) {
        if (end >= 0 || last != lines.size() - 2) return false;
        String line = t.substring(lines.get(last + 1)[0], lines.get(last + 1)[1]).strip();
        char c = line.charAt(line.length() - 1);
        return Words.count(line) >= 7 && Character.isLetter(c) && !isBoilerplate(line);
    }

    /** The line is {@code lower} and nothing else, in any case. */
    private static boolean isLine(String t, int[] l, String lower) {
        return l[1] - l[0] == lower.length() && t.regionMatches(true, l[0], lower, 0, lower.length());
    }

    private static boolean isBoilerplate(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String b : BOILERPLATE_ANYWHERE) if (lower.contains(b)) return true;
        for (String b : BOILERPLATE_START) if (lower.startsWith(b)) return true;
        return false;
    }

    /** The text's lines, a hard-wrapped paragraph as one ({@link Words#isSoftWrap}). */
    private static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                int a = s;
                int z = i;
                while (a < z && Character.isWhitespace(t.charAt(a))) a++;
                while (z > a && Character.isWhitespace(t.charAt(z - 1))) z--;
                if (z > a) {
                    int[] previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (previous != null && runsOn(t, previous, a)) previous[1] = z;
                    else out.add(new int[] {a, z});
                }
                s = i + 1;
            }
        }
        return out;
    }

    private static boolean runsOn(String t, int[] previous, int next) {
        return Words.isSoftWrap(t, previous[1], next);
    }
}
