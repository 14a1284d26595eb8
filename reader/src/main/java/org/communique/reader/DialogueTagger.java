package org.communique.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names the dialogue ("Enhanced Strategic Partnership Dialogue", "Binational Commission", "2+2 Ministerial
 * Dialogue") from capitalised phrases that end in a word such as Dialogue, Commission or Consultations,
 * with the party names in front of them taken off; and settles the parties.
 */
final class DialogueTagger implements Stage {
    static final Set<String> HEADS = Set.of("dialogue", "commission", "consultations", "council", "committee",
            "ministerial", "forum", "talks", "consultation", "summit", "meeting", "conference");
    private static final Set<String> STRONG_HEADS = Set.of("dialogue", "commission", "consultations", "council",
            "committee", "ministerial", "forum", "talks", "consultation");
    private static final Set<String> INNER = Set.of("on", "and", "of", "for", "+", "-", "&");
    private static final Set<String> LEADING_SMALL_WORDS = Set.of("the", "and");

    private final Knowledge k;

    DialogueTagger(Knowledge k) {
        this.k = k;
    }

    private record Candidate(String name, int start, int end, String acronym, Set<String> parties, int nameStart) {}

    @Override
    public Set<Key<?>> needs() {
        return Set.of(Keys.BODY, Keys.HEADLINE, Keys.SENTENCES, Keys.GAZETTEER, Keys.MARKS);
    }

    @Override
    public Set<Key<?>> adds() {
        return Set.of(Keys.DIALOGUE);
    }

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        List<Candidate> found = new ArrayList<>();
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        String headline = doc.get(Keys.HEADLINE);
        int headlineAt = headline == null ? -1 : doc.text().indexOf(headline);
        for (int i = 0; i < t.size(); i++) {
            if (!HEADS.contains(t.lower(i)) || !t.isCapitalized(i)) continue;
            doc.checkTime();
            // "Ministerial Dialogue": the name runs on to the last head word
            if (i + 1 < t.size() && HEADS.contains(t.lower(i + 1)) && t.isCapitalized(i + 1) && t.joinedOnLine(i)) continue;
            boolean inBody = i >= from && i < to;
            boolean inHeadline = headlineAt >= 0 && t.start(i) >= headlineAt && t.end(i) <= headlineAt + headline.length();
            if (!inBody && !inHeadline) continue;
            Candidate c = candidate(doc, marks, i);
            if (c != null) found.add(c);
        }
        int firstSentenceEnd = doc.bodyStart();
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (sentence.start() >= doc.bodyStart()) {
                firstSentenceEnd = sentence.end();
                break;
            }
        }
        Map<String, Integer> score = new HashMap<>();
        Map<String, Candidate> firstOf = new LinkedHashMap<>();
        for (Candidate c : found) {
            String key = c.name().toLowerCase(Locale.ROOT);
            int s = 1;
            if (!c.parties().isEmpty()) s += 2;
            if (c.acronym() != null) s += 2;
            if (ordinalBefore(t, t.indexAt(c.start()))) s += 3;
            if (c.start() < firstSentenceEnd) s += 2; // the statement names its subject first
            score.merge(key, s, Integer::sum);
            firstOf.putIfAbsent(key, c);
        }
        Candidate best = null;
        int bestScore = 0;
        for (Map.Entry<String, Candidate> e : firstOf.entrySet()) {
            int s = score.get(e.getKey());
            if (s > bestScore) {
                best = e.getValue();
                bestScore = s;
            }
        }
        String name = best == null ? null : best.name();
        String acronym = null;
        Set<String> parties = new TreeSet<>();
        List<Span> mentions = new ArrayList<>();
        if (best != null) {
            for (Candidate c : found) {
                if (!c.name().equalsIgnoreCase(name)) continue;
                mentions.add(new Span(c.start(), c.end(), Labels.DIALOGUE, c.name()));
                if (acronym == null) acronym = c.acronym();
                if (parties.isEmpty()) parties.addAll(c.parties());
            }
            for (Map.Entry<String, List<String>> f : k.formats.entrySet()) {
                if (name.contains(f.getKey())) parties.addAll(f.getValue());
            }
        }
        if (acronym != null) {
            for (int i = from; i < to; i++) {
                if (t.word(i).equals(acronym)) mentions.add(new Span(t.start(i), t.end(i), Labels.DIALOGUE, name));
            }
        }
        if (parties.size() < 2) parties.addAll(mostMentioned(doc, parties));
        mentions.forEach(doc::add);
        doc.set(Keys.DIALOGUE, new DialogueInfo(name, acronym, List.copyOf(parties), mentions));
    }


    private Candidate candidate(Doc doc, TokenMarks marks, int head) {
        Tokens t = doc.tokens();
        int s = head;
        while (s - 1 >= 0 && t.joinedOnLine(s - 1)) {
            int p = s - 1;
            String w = t.lower(p);
            boolean word = t.isWord(p) && (t.isCapitalized(p) || Character.isDigit(t.word(p).charAt(0)));
            boolean inner = INNER.contains(w) && p - 1 >= 0 && t.joinedOnLine(p - 1)
                    && (t.isCapitalized(p - 1) || Character.isDigit(t.word(p - 1).charAt(0)) || marks.country[p - 1]);
            // "Political, Security and Defense Dialogue": a list of capitalised words closed by "and"
            boolean listComma = w.equals(",") && p - 1 >= 0 && t.isCapitalized(p - 1) && andBetween(t, p, head);
            if ((word && !Ordinals.isOrdinal(w)) || inner || listComma || (marks.country[p] && !t.isWord(p))) s = p;
            else break;
        }
        int e = head;
        // "Dialogue on Energy Security"
        if (e + 2 < t.size() && t.lower(e + 1).equals("on") && t.isCapitalized(e + 2) && t.joinedOnLine(e) && t.joinedOnLine(e + 1)) {
            e += 2;
            while (e + 1 < t.size() && t.joinedOnLine(e) && t.isWord(e + 1) && (t.isCapitalized(e + 1)
                    || (t.lower(e + 1).equals("and") && e + 2 < t.size() && t.isCapitalized(e + 2)))) e++;
        }
        // drop the party names and the small words in front: "U.S.-Kazakhstan", "the Bahrain-US"
        Set<String> parties = new TreeSet<>();
        int n = s;
        while (n < head) {
            String w = t.lower(n);
            if (marks.country[n]) {
                if (marks.party[n] != null) parties.add(marks.party[n]);
                n++;
            } else if (!t.isWord(n) || LEADING_SMALL_WORDS.contains(w)) {
                n++;
            } else {
                break;
            }
        }
        String name = doc.text().substring(t.start(n), t.end(e));
        int words = 0;
        for (int i = n; i <= e; i++) if (t.isWord(i)) words++;
        boolean format = false;
        for (String f : k.formats.keySet()) format |= name.contains(f);
        if (words < 2 && !format) return null;
        // "Meeting", "Summit", "Conference" name a dialogue only after words that say which: "Ministerial Meeting",
        // "Joint Commission Meeting", "Foreign Ministers' Meeting"
        if (!STRONG_HEADS.contains(t.lower(head)) && !format && !qualifiedWeakHead(t, n, head)) return null;
        String acronym = null;
        if (e + 3 < t.size() && t.lower(e + 1).equals("(") && t.lower(e + 3).equals(")")) {
            String a = t.word(e + 2);
            if (a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT))) acronym = a;
        }
        return new Candidate(name, t.start(n), t.end(e), acronym, parties, n);
    }

    private static boolean andBetween(Tokens t, int from, int head) {
        for (int i = from; i < head; i++) if (t.lower(i).equals("and")) return true;
        return false;
    }

    private static boolean qualifiedWeakHead(Tokens t, int from, int head) {
        for (int i = from; i < head; i++) {
            String w = t.lower(i);
            if (STRONG_HEADS.contains(w) || w.equals("ministers") || w.equals("joint") || w.equals("bilateral")) return true;
        }
        return false;
    }

    private static boolean ordinalBefore(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) if (Ordinals.isOrdinal(t.lower(k))) return true;
        return false;
    }

    /** With no parties in the dialogue's name, the two countries the body names most. */
    private static List<String> mostMentioned(Doc doc, Set<String> have) {
        Map<String, Integer> count = new HashMap<>();
        for (String layer : List.of(Labels.COUNTRY, Labels.DEMONYM)) {
            for (Span s : doc.layer(layer)) if (doc.inBody(s)) count.merge(s.value(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ranked) {
            if (have.size() + out.size() >= 2) break;
            if (!have.contains(e.getKey())) out.add(e.getKey());
        }
        return out;
    }
}
