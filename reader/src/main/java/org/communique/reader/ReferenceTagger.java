package org.communique.reader;

import org.communique.model.Evidence;
import org.communique.model.Reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Other dialogues, mechanisms, initiatives, agreements and events the statement names: the known ones from the
 * mechanisms list, and capitalised phrases that end in a word such as Summit, Initiative or Agreement.
 */
final class ReferenceTagger implements Stage {
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("summit", "event"), Map.entry("initiative", "initiative"), Map.entry("agreement", "agreement"),
            Map.entry("accords", "agreement"), Map.entry("accord", "agreement"), Map.entry("program", "program"),
            Map.entry("programme", "program"), Map.entry("forum", "mechanism"), Map.entry("framework", "agreement"),
            Map.entry("charter", "agreement"), Map.entry("corridor", "initiative"), Map.entry("strategy", "initiative"),
            Map.entry("treaty", "agreement"), Map.entry("convention", "agreement"), Map.entry("declaration", "agreement"),
            Map.entry("conference", "event"), Map.entry("compact", "agreement"), Map.entry("mechanism", "mechanism"),
            Map.entry("dialogue", "mechanism"), Map.entry("partnership", "initiative"), Map.entry("plan", "initiative"),
            Map.entry("memorandum", "agreement"), Map.entry("alliance", "initiative"), Map.entry("fund", "program"),
            Map.entry("act", "agreement"), Map.entry("group", "mechanism"), Map.entry("commission", "mechanism"),
            Map.entry("council", "mechanism"), Map.entry("assembly", "event"), Map.entry("games", "event"),
            Map.entry("expo", "event"), Map.entry("cop", "event"));
    private static final Set<String> INNER = Set.of("of", "for", "and", "on", "in", "to", "the", "-", "+", "&");
    private static final Set<String> TRAILING_INNER = Set.of("of", "for", "and", "on");
    private static final Set<String> GENERIC = Set.of("strategic partnership", "comprehensive strategic partnership",
            "partnership", "agreement", "working group", "the dialogue", "dialogue", "joint statement", "council",
            "commission", "group", "forum", "summit", "program", "initiative", "plan", "strategy");

    private final Knowledge k;

    ReferenceTagger(Knowledge k) {
        this.k = k;
    }

    record Found(List<Reference> references) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(DialogueInfo.class);
        Map<String, Reference> found = new LinkedHashMap<>();
        for (Span m : doc.layer(Labels.MECHANISM)) {
            if (!doc.inBody(m) || isDialogue(dialogue, m)) continue;
            add(found, m.value(), k.mechanismKind.getOrDefault(m.value(), "mechanism"), doc, m.start(), m.end());
        }
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        for (int i = from; i < to; i++) {
            String kind = HEADS.get(t.lower(i));
            if (kind == null || !t.isCapitalized(i)) continue;
            int s = i;
            while (s - 1 >= from && t.joinedOnLine(s - 1)) {
                int p = s - 1;
                if (t.isWord(p) && (t.isCapitalized(p) || Character.isDigit(t.word(p).charAt(0)))) s = p;
                else if (INNER.contains(t.lower(p)) && p - 1 >= from && (t.isCapitalized(p - 1) || Character.isDigit(t.word(p - 1).charAt(0)))) s = p;
                else break;
            }
            while (s < i && (!t.isWord(s) || INNER.contains(t.lower(s)))) s++;
            int e = i;
            // "... Agreement (C-SIPA)", "Partnership for Global Infrastructure and Investment"
            while (e + 2 < to && t.joinedOnLine(e) && TRAILING_INNER.contains(t.lower(e + 1))
                    && t.isCapitalized(e + 2) && t.isWord(e + 2)) {
                e += 2;
                while (e + 1 < to && t.joinedOnLine(e) && t.isWord(e + 1) && t.isCapitalized(e + 1)) e++;
            }
            int start = t.start(s);
            int end = t.end(e);
            if (e + 3 < to && t.lower(e + 1).equals("(") && t.lower(e + 3).equals(")")) end = t.end(e + 3);
            else if (e + 5 < to && t.lower(e + 1).equals("(") && t.lower(e + 5).equals(")")) end = t.end(e + 5);
            String name = doc.text().substring(start, end);
            String lower = name.toLowerCase(Locale.ROOT);
            if (s == i && !Character.isDigit(name.charAt(0)) || GENERIC.contains(lower)) continue;
            if (isDialogue(dialogue, new Span(start, end, null, null)) || sameAsDialogue(dialogue, name)) continue;
            if (insideKnown(doc, start, end)) continue;
            add(found, name, kind, doc, start, end);
            i = e;
        }
        doc.put(Found.class, new Found(new ArrayList<>(found.values())));
    }

    private static boolean isDialogue(DialogueInfo d, Span s) {
        for (Span m : d.mentions()) if (m.overlaps(s.start(), s.end())) return true;
        return false;
    }

    private static boolean sameAsDialogue(DialogueInfo d, String name) {
        return d.name() != null && name.toLowerCase(Locale.ROOT).endsWith(d.name().toLowerCase(Locale.ROOT));
    }

    /** A phrase inside a known mechanism's name ("Global Infrastructure" in PGI's) is that mechanism. */
    private static boolean insideKnown(Doc doc, int start, int end) {
        for (Span m : doc.layer(Labels.MECHANISM)) if (m.start() <= start && end <= m.end()) return true;
        return false;
    }

    private static void add(Map<String, Reference> found, String name, String kind, Doc doc, int start, int end) {
        String key = name.toLowerCase(Locale.ROOT);
        Span sentence = doc.sentenceAt(start);
        Evidence ev = sentence == null ? new Evidence(start, end, doc.text().substring(start, end))
                : new Evidence(sentence.start(), sentence.end(), doc.cover(sentence));
        Reference had = found.get(key);
        List<Evidence> evidence = new ArrayList<>(had == null ? List.of() : had.evidence());
        if (!evidence.contains(ev)) evidence.add(ev);
        found.put(key, new Reference(name, kind, evidence));
    }
}
