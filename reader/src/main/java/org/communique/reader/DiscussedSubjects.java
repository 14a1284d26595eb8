package org.communique.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "They discussed customs, fisheries and social development": the guideline gives every subject a list names its
 * own topic, taxonomy or not. This finds the items of such a list, after a word of discussing ("discussed",
 * "exchanged views on", "including"), that no taxonomy phrase covers, each as the few words that name it.
 */
final class DiscussedSubjects {
    /** One subject: its words in lower case and where it stands. */
    record Subject(String label, int start, int end) {}

    private static final int MAX_WORDS = 5;

    /** The cues by their first word, so a token that opens none costs one lookup. */
    private final java.util.Map<String, List<String[]>> cues = new java.util.HashMap<>();
    private final Set<String> ends;
    private final Set<String> leads;
    private final Set<String> trails;
    private final Set<String> not;
    private final Set<String> generic;
    private final Set<String> ingNouns;

    DiscussedSubjects(WordLists words) {
        for (String c : words.get("discussion")) {
            String[] w = c.split(" ");
            cues.computeIfAbsent(w[0], x -> new ArrayList<>()).add(w);
        }
        this.ends = words.get("list-ends");
        this.leads = words.get("subject-leads");
        this.trails = words.get("subject-trails");
        this.not = words.get("not-subjects");
        this.generic = words.get("generic");
        this.ingNouns = words.get("ing-nouns");
    }

    /** The uncovered subjects listed in {@code sentence}. */
    List<Subject> in(Doc doc, Span sentence) {
        Tokens t = doc.tokens();
        int first = t.indexAt(sentence.start());
        int last = t.indexAt(sentence.end());
        List<Subject> out = new ArrayList<>();
        List<Span> taken = null;
        int i = first;
        while (i < last) {
            int after = cueEnd(t, i, last);
            if (after < 0) {
                i++;
                continue;
            }
            if (taken == null) taken = taken(doc, sentence);
            i = list(doc, taken, after, last, out);
        }
        return out;
    }

    /** The sentence's spans that other stages read (places, titles, taxonomy phrases), gathered once. */
    private static List<Span> taken(Doc doc, Span sentence) {
        List<Span> out = new ArrayList<>();
        for (String label : LAYERS) out.addAll(doc.within(label, sentence));
        return out;
    }

    /** The token after a cue that starts at {@code i}, or -1. */
    private int cueEnd(Tokens t, int i, int last) {
        List<String[]> opening = cues.get(t.lower(i));
        if (opening == null) return -1;
        for (String[] c : opening) {
            if (i + c.length > last) continue;
            boolean all = true;
            for (int j = 0; j < c.length && all; j++) all = t.lower(i + j).equals(c[j]);
            if (all) return i + c.length;
        }
        return -1;
    }

    /**
     * Reads the list from {@code from} to where its clause ends, adding its items; returns where it stopped. Items
     * part at commas and at another cue ("trade, including fisheries"); "and" parts an item only where one side is
     * the taxonomy's, since "inspection and quarantine" may be one field.
     */
    private int list(Doc doc, List<Span> taken, int from, int last, List<Subject> out) {
        Tokens t = doc.tokens();
        if (from < last && t.lower(from).equals(":")) from++;
        int itemStart = from;
        int i = from;
        while (i < last) {
            String w = t.lower(i);
            if (ends.contains(w)) {
                // "respect for human rights": the item goes on past the word into a taxonomy phrase, which names it
                int reach = Math.min(last - 1, i + 4);
                if (reach > i && covered(taken, t.start(i + 1), t.end(reach))) itemStart = i;
                break;
            }
            if (w.equals(".") || w.equals(";") || w.equals("(") || verbAfterAnd(t, i)) break;
            int cue = cueEnd(t, i, last);
            if (w.equals(",") || cue >= 0) {
                item(doc, taken, itemStart, i, out);
                itemStart = cue >= 0 ? cue : i + 1;
                i = itemStart;
                continue;
            }
            i++;
        }
        item(doc, taken, itemStart, i, out);
        return Math.max(i, from + 1);
    }

    /** "and agreed to ...": a past-tense word after "and" or a comma starts a new clause, not a subject. */
    private static boolean verbAfterAnd(Tokens t, int i) {
        if (i == 0) return false;
        String before = t.lower(i - 1);
        String w = t.lower(i);
        return (before.equals("and") || before.equals(",")) && w.length() > 4 && w.endsWith("ed") && !t.isCapitalized(i);
    }

    /** One item, or the parts of it that "and" joins where the taxonomy covers one side. */
    private void item(Doc doc, List<Span> taken, int from, int to, List<Subject> out) {
        Tokens t = doc.tokens();
        if (from >= to) return;
        if (!covered(taken, t.start(from), t.end(to - 1))) {
            subject(doc, taken, from, to, out);
            return;
        }
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && !t.lower(i).equals("and") && !t.lower(i).equals("or")) continue;
            if (partStart < i && !covered(taken, t.start(partStart), t.end(i - 1))) subject(doc, taken, partStart, i, out);
            partStart = i + 1;
        }
    }

    private void subject(Doc doc, List<Span> taken, int from, int to, List<Subject> out) {
        Tokens t = doc.tokens();
        while (from < to && (leads.contains(t.lower(from)) || !t.isWord(from) || gerund(t, from))) from++;
        while (to > from && (trails.contains(t.lower(to - 1)) || !t.isWord(to - 1))) to--;
        if (from >= to || to - from > MAX_WORDS) return;
        if (aName(t, from, to)) return;
        int start = t.start(from);
        int end = t.end(to - 1);
        if (covered(taken, start, end)) return;
        StringBuilder label = new StringBuilder();
        boolean onlyGeneric = true;
        for (int i = from; i < to; i++) {
            String w = t.lower(i);
            if (not.contains(w) || Character.isDigit(w.charAt(0))) return;
            if (t.isWord(i) && !generic.contains(w)) onlyGeneric = false;
            if (label.length() > 0 && t.isWord(i) && !t.lower(i - 1).equals("-") && !t.touching(i - 1)) label.append(' ');
            label.append(w);
        }
        if (onlyGeneric) return;
        out.add(new Subject(label.toString(), start, end));
    }

    /**
     * "boosting mutual trust": a leading verb in -ing says what to do with the subject, not what it is; a noun in
     * -ing ("training", "shipbuilding") is the subject.
     */
    private boolean gerund(Tokens t, int i) {
        String w = t.lower(i);
        if (w.length() <= 5 || !w.endsWith("ing") || t.isCapitalized(i)) return false;
        for (String noun : ingNouns) if (w.endsWith(noun)) return false;
        return true;
    }

    /**
     * Capitalised words with no acronym among them are a name (a person, a body, an event: read elsewhere) or the
     * first half of one ("the East and South China Seas"); "LNG" or "COVID-19 pandemic" is a subject.
     */
    private static boolean aName(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!t.isWord(i)) continue;
            String w = t.word(i);
            if (!t.isCapitalized(i) || (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)))) return false;
        }
        return true;
    }

    /** Whether a place, a title, a dialogue or a taxonomy phrase stands in the range: those are read elsewhere. */
    private static boolean covered(List<Span> taken, int start, int end) {
        for (Span s : taken) if (s.overlaps(start, end)) return true;
        return false;
    }

    private static final String[] LAYERS = {Labels.TOPIC, Labels.COUNTRY, Labels.DEMONYM, Labels.CITY, Labels.TITLE,
            Labels.DIALOGUE, Labels.MECHANISM};
}
