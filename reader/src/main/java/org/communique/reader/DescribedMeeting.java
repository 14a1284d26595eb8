package org.communique.reader;

import java.util.Set;

/**
 * "the 2nd trilateral ministerial meeting", "the first bilateral Summit", "EU-Ukraine Summit": a round of no named
 * mechanism is called what the text calls the meeting. Asked only where no name is found, so it never replaces one.
 */
final class DescribedMeeting {
    /** dialogue-words.tsv: the heads and kinds of a described meeting, who meets, ministers' offices. */
    private final WordLists words;

    DescribedMeeting(Knowledge k) {
        this.words = k.dialogueWords;
    }

    /**
     * "The foreign ministers of the United States, Mexico and Canada met", "the meeting of foreign ministers": where
     * nothing else names it, a meeting of ministers is called by their office ("Foreign Ministers' Meeting").
     */
    Span ministersMeeting(Doc doc, int from, int to) {
        Tokens t = doc.tokens();
        Set<String> heads = words.get("described-heads");
        Set<String> offices = words.get("minister-offices");
        Set<String> met = words.get("ministers-met");
        Set<String> ministers = words.get("ministers");
        for (int i = Math.max(from, 1); i < to; i++) {
            if (!ministers.contains(t.lower(i)) || !offices.contains(t.lower(i - 1)) || !t.joinedOnLine(i - 1)) continue;
            boolean meetingOf = i - 3 >= from && t.lower(i - 2).equals("of") && heads.contains(t.lower(i - 3))
                    || i - 4 >= from && t.lower(i - 2).equals("the") && t.lower(i - 3).equals("of") && heads.contains(t.lower(i - 4));
            boolean theyMet = false;
            for (int j = i + 1; j < Math.min(to, i + 14) && !theyMet; j++) {
                if (t.lower(j).equals(".")) break;
                theyMet = met.contains(t.lower(j));
            }
            if (!meetingOf && !theyMet) continue;
            String office = t.word(i - 1);
            String name = Character.toUpperCase(office.charAt(0)) + office.substring(1) + " Ministers' Meeting";
            return new Span(t.start(i - 1), t.end(i), Labels.DIALOGUE, name);
        }
        return null;
    }

    /** The first description between tokens {@code from} and {@code to}, as a span whose value is the name, or null. */
    Span find(Doc doc, TokenMarks marks, int from, int to) {
        Tokens t = doc.tokens();
        Set<String> heads = words.get("described-heads");
        Set<String> kinds = words.get("described-kinds");
        for (int i = Math.max(from, 1); i < to; i++) {
            if (!heads.contains(t.lower(i))) continue;
            int s = i;
            while (s - 1 >= from && t.joinedOnLine(s - 1) && (kinds.contains(t.lower(s - 1)) || possessive(t, s - 1))) {
                s -= possessive(t, s - 1) ? 2 : 1;
            }
            boolean said = s < i || Ordinals.isOrdinal(t.lower(s - 1)) || Ordinals.at(t, s - 1) != null || marks.country[s - 1];
            int before = Ordinals.isOrdinal(t.lower(s - 1)) ? s - 1 : s;
            if (!said || Ordinals.besideAnother(t, before) || namedBefore(t, marks, s) || another(t, marks, s)) continue;
            int e = whoMeetsAfter(t, i);
            return new Span(t.start(s), t.end(e), Labels.DIALOGUE, name(t, s, i, e));
        }
        return null;
    }

    /**
     * "to prepare a Japan-Mexico Summit", "will hold a trilateral summit": a meeting said with "a" after a verb is
     * another one; "during an intergovernmental meeting" is the round reported.
     */
    private boolean another(Tokens t, TokenMarks marks, int s) {
        int p = s - 1;
        while (p >= 0 && (marks.country[p] || !t.isWord(p) || Ordinals.isOrdinal(t.lower(p)))) p--;
        if (p < 0 || !t.lower(p).equals("a") && !t.lower(p).equals("an")) return false;
        return p == 0 || !words.get("meeting-at").contains(t.lower(p - 1));
    }


    /** "leaders'": a word for who meets, then its apostrophe (token {@code i}). */
    private boolean possessive(Tokens t, int i) {
        String w = t.word(i);
        return (w.equals("'") || w.equals("\u2019")) && i - 1 >= 0 && t.touching(i - 1)
                && words.get("who-meets").contains(t.lower(i - 1));
    }

    /** "the G20 summit", "the Nuclear Security Summit": another named event, not this round. */
    private static boolean namedBefore(Tokens t, TokenMarks marks, int s) {
        int p = s - 1;
        return p >= 0 && t.isWord(p) && !marks.country[p] && !Ordinals.isOrdinal(t.lower(p)) && Ordinals.at(t, p) == null
                && (t.isCapitalized(p) || Character.isDigit(t.word(p).charAt(0))) && t.joinedOnLine(p);
    }

    /** "meeting of the Governments", "meeting of Foreign Ministers": the last token of who meets, or the head. */
    private int whoMeetsAfter(Tokens t, int head) {
        int w = head + 1;
        if (w >= t.size() || !t.lower(w).equals("of") || !t.joinedOnLine(head)) return head;
        w++;
        if (w < t.size() && (t.lower(w).equals("the") || t.lower(w).equals("our"))) w++;
        for (int n = 0; w < t.size() && n < 3 && t.isWord(w) && t.isCapitalized(w); n++, w++) {
            if (words.get("who-meets").contains(t.lower(w))) return w;
            if (!t.joinedOnLine(w)) break;
        }
        return head;
    }

    /** The words from {@code s} to the head capitalised, then "of the" and who meets, as written. */
    private static String name(Tokens t, int s, int head, int e) {
        StringBuilder b = new StringBuilder();
        for (int i = s; i <= head; i++) {
            String w = t.word(i);
            if (i > s && !t.touching(i - 1)) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        if (e == head) return b.toString();
        int who = head + 2;
        if (t.lower(who).equals("the") || t.lower(who).equals("our")) who++;
        b.append(" of the");
        for (int i = who; i <= e; i++) b.append(' ').append(t.word(i));
        return b.toString();
    }
}
