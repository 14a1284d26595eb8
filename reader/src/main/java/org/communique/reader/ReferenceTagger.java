package org.communique.reader;

import org.communique.model.Evidence;
import org.communique.model.Reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Other dialogues, mechanisms, initiatives, agreements and events the statement names: the known ones from the
 * mechanisms list, and capitalised phrases that end in a word such as Summit, Initiative or Agreement.
 */
final class ReferenceTagger extends Stage {
    private static final Set<String> INNER = Knowledge.get().referenceWords.get("inner");
    private static final Set<String> MONTHS = Set.copyOf(Knowledge.get().monthNames);
    private static final Set<String> TRAILING_INNER = Knowledge.get().referenceWords.get("trailing-inner");

    private final Knowledge k;
    private final Map<String, String> heads;
    private final Set<String> lowerHeads;
    private final Set<String> placeHeads;
    private final Set<String> placeOnlyHeads;
    private final Set<String> numberedOnlyHeads;
    private final Set<String> numberedInstruments;
    private final Set<String> afterCityWords;
    private final Set<String> leadingHeads;
    private final Set<String> generic;
    private final Set<String> about;
    private final Set<String> aboutEnds;
    private final Set<String> pairHeads;
    private final Set<String> officeNouns;
    /** The formats named bare ("g20", "group of seven") as lower-case tokens, by their first token. */
    private final Map<String, List<String[]>> bareFormats = new java.util.HashMap<>();

    ReferenceTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.SENTENCES, Keys.GAZETTEER, Keys.DELEGATIONS, Keys.DIALOGUE, Keys.ROUND),
                Set.of(Keys.REFERENCES));
        this.k = k;
        this.heads = k.referenceHeads;
        this.lowerHeads = k.referenceWords.get("lower-heads");
        this.placeHeads = k.referenceWords.get("place-heads");
        this.placeOnlyHeads = k.referenceWords.get("place-only-heads");
        this.numberedOnlyHeads = k.referenceWords.get("numbered-only-heads");
        this.numberedInstruments = k.referenceWords.get("numbered-instruments");
        this.afterCityWords = k.referenceWords.get("between-city-and-head");
        this.leadingHeads = k.referenceWords.get("leading-heads");
        this.generic = k.referenceWords.get("generic");
        this.about = k.referenceWords.get("about");
        this.aboutEnds = k.referenceWords.get("about-ends");
        this.pairHeads = k.referenceWords.get("pair-heads");
        this.officeNouns = k.referenceWords.get("office-nouns");
        for (String f : k.referenceWords.get("bare-formats")) {
            Tokens ft = Tokens.of(f);
            String[] words = new String[ft.size()];
            for (int i = 0; i < words.length; i++) words[i] = ft.lower(i);
            bareFormats.computeIfAbsent(words[0], x -> new ArrayList<>()).add(words);
        }
    }

    /** A meeting's name with a number of its own: not this round's number, and not "Session of the ..." (the round). */
    private static boolean anotherNumberedMeeting(Doc doc, Tokens t, int s, int head, int from) {
        Integer number = Ordinals.of(t.lower(s));
        if (number == null && s - 1 >= from) number = Ordinals.of(t.lower(s - 1));
        if (number == null || head + 1 < t.size() && t.lower(head + 1).equals("of")) return false;
        RoundInfo round = doc.get(Keys.ROUND);
        return round == null || !number.equals(round.ordinal());
    }

    /** "Batumi Joint": "Joint" after a city, before a head such as "Communique". */
    private boolean jointAfterCity(Doc doc, Tokens t, int p, int from) {
        return afterCityWords.contains(t.lower(p)) && p - 1 >= from && t.joinedOnLine(p - 1) && doc.covered(Labels.CITY, t.start(p - 1));
    }

    record Found(List<Reference> references) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(Keys.DIALOGUE);
        Map<String, Reference> found = new LinkedHashMap<>();
        for (Span m : doc.layer(Labels.MECHANISM)) {
            if (!doc.inBody(m) || isDialogue(dialogue, m) || isTheFormat(dialogue, m.value())) continue;
            // named as the text names it ("UNCLOS", "G20 Leaders' Summit"), with its acronym when one follows; one
            // reference however often and however it is named
            int last = t.indexAt(m.end()) - 1;
            int end = withAcronym(t, last, t.size());
            String name = doc.text().substring(m.start(), end);
            add(found, m.value(), name, k.mechanismKind.getOrDefault(m.value(), "mechanism"), doc, m.start(), end);
        }
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        for (int i = from; i < to; i++) {
            String kind = heads.get(t.lower(i));
            if (kind == null) continue;
            int pair = pairHeads.contains(t.lower(i)) && !t.isCapitalized(i) ? pairBefore(t, i, from) : -1;
            if (pair >= 0) {
                int end = t.end(i);
                String name = doc.text().substring(t.start(pair), end);
                if (!isDialogue(dialogue, new Span(t.start(pair), end, null, null)) && !sameAsDialogue(doc, dialogue, t.start(pair), end))
                    add(found, name.toLowerCase(Locale.ROOT), name, kind, doc, t.start(pair), end);
                continue;
            }
            boolean afterPlace = placeHeads.contains(t.lower(i)) && i > from && t.joinedOnLine(i - 1)
                    && (doc.covered(Labels.CITY, t.start(i - 1)) || jointAfterCity(doc, t, i - 1, from));
            if (placeOnlyHeads.contains(t.lower(i)) && !afterPlace) continue;
            if (!t.isCapitalized(i) && !(lowerHeads.contains(t.lower(i)) && i > from && t.isCapitalized(i - 1)) && !afterPlace) continue;
            int s = i;
            while (s - 1 >= from && t.joinedOnLine(s - 1)) {
                int p = s - 1;
                if (t.isWord(p) && (t.isCapitalized(p) || Character.isDigit(t.word(p).charAt(0)))) s = p;
                else if (INNER.contains(t.lower(p)) && p - 1 >= from && (t.isCapitalized(p - 1) || Character.isDigit(t.word(p - 1).charAt(0)))) s = p;
                else if (t.lower(p).equals("'") && p - 1 >= from && t.lower(p - 1).endsWith("s")) s = p; // "Leaders' Summit"
                else break;
            }
            // "June 2023 Roadmap", "September 2018 White House": a date before a name is not part of it
            while (s < i && (!t.isWord(s) || INNER.contains(t.lower(s)) || MONTHS.contains(t.lower(s))
                    || isYear(t.word(s)) || listNumber(t, s))) s++;
            // "the Third LMC Leaders' Meeting": a meeting or a session is a named event only with its number, and
            // not this round's ("the 19th Session of the India-Finland Joint Commission" is the round itself)
            if (numberedOnlyHeads.contains(t.lower(i)) && !anotherNumberedMeeting(doc, t, s, i, from)) continue;
            boolean lowerHead = !t.isCapitalized(i);
            if (lowerHead && i - s < 2 && !(afterPlace && i - s == 1)) continue;
            int e = i;
            // "Partnership for Global Infrastructure and Investment", "Conference of the Parties to the UN ..."
            while (!lowerHead && e + 2 < to && t.joinedOnLine(e) && TRAILING_INNER.contains(t.lower(e + 1))) {
                int next = e + 2;
                if (t.lower(next).equals("the") && next + 1 < to) {
                    // "the Accra Statement and the Rabat Communique": "and the" starts another name
                    if (t.lower(e + 1).equals("and")) break;
                    next++;
                }
                if (!t.isWord(next) || !t.isCapitalized(next) || MONTHS.contains(t.lower(next))) break;
                e = next;
                while (e + 1 < to && t.joinedOnLine(e) && t.isWord(e + 1) && t.isCapitalized(e + 1)) e++;
            }
            int described = kind.equals("agreement") && !lowerHead ? aboutEnd(t, e, to) : e;
            boolean saysWhat = described > e;
            e = described;
            int start = t.start(s);
            int end = withAcronym(t, e, to);
            String name = doc.text().substring(start, end);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!saysWhat && (s == i && e == i && !Character.isDigit(name.charAt(0)) || generic.contains(lower)) || k.isStandingBody(lower)) continue;
            if (isDialogue(dialogue, new Span(start, end, null, null)) || sameAsDialogue(doc, dialogue, start, end)) continue;
            // "European Commissioner for Enlargement and Neighbourhood Policy": an office, not a policy
            if (holdsOffice(t, s, e)) continue;
            if (insideKnown(doc, start, t.end(e)) || insideTitle(doc, start)) continue;
            add(found, lower, name, kind, doc, start, end);
            i = Math.max(e, t.indexAt(end) - 1); // past its acronym too: "(IK-CEPA)" is no second reference
        }
        bareFormats(doc, dialogue, found);
        resolutions(doc, found);
        ledNames(doc, found);
        doc.set(Keys.REFERENCES, new Found(withoutShortForms(found)));
    }

    /**
     * The last token of what an instrument's name says it is about, in lower case after "on", "for", "between"
     * ("Agreement for the reciprocal protection of investments"), up to the clause's end; {@code e} where none.
     */
    private int aboutEnd(Tokens t, int e, int to) {
        int j = e + 1;
        if (j + 1 >= to || !about.contains(t.lower(j)) || !t.joinedOnLine(e)) return e;
        int first = t.lower(j + 1).equals("the") ? j + 2 : j + 1;
        if (first >= to || !t.isWord(first) || t.isCapitalized(first)) return e;
        int last = e;
        for (int m = j + 1; m < Math.min(to, j + 16); m++) {
            String w = t.lower(m);
            if (!t.isWord(m) && !w.equals("-") || aboutEnds.contains(w)) break;
            if (w.equals("and") && m + 1 < to && t.lower(m + 1).equals("the")) break;
            if (t.isWord(m)) last = m;
        }
        return last;
    }

    /**
     * Where a partnership named by its two sides starts: "the Indo-French strategic partnership", "the China-Pakistan
     * all-weather strategic cooperative partnership"; -1 where no such pair of names stands before the head. A bare
     * "Australia-India partnership" describes the relationship: only a qualified one is named.
     */
    private static int pairBefore(Tokens t, int head, int from) {
        int j = head - 1;
        int modifiers = 0;
        while (j >= from && t.joinedOnLine(j) && modifiers < 5 && !t.isCapitalized(j)
                && (t.isWord(j) && !INNER.contains(t.lower(j)) || PhraseMatcher.isHyphen(t, j))) {
            if (t.isWord(j)) modifiers++;
            j--;
        }
        // the pair: "Indo-French", "U.S.-India", "China-Pakistan"
        if (modifiers == 0 || j - 2 < from || !t.isCapitalized(j) || !PhraseMatcher.isHyphen(t, j - 1) || !t.isCapitalized(j - 2)) return -1;
        int s = j - 2;
        while (s - 2 >= from && PhraseMatcher.isHyphen(t, s - 1) && t.isCapitalized(s - 2)) s -= 2;
        return s;
    }

    /** "1- Convention ...", "2) Agreement ...": the number of an item in a list of instruments is not in its name. */
    private static boolean listNumber(Tokens t, int s) {
        String w = t.word(s);
        if (w.length() > 2 || !Character.isDigit(w.charAt(0)) || s + 1 >= t.size()) return false;
        String next = t.lower(s + 1);
        return next.equals("-") || next.equals(")") || next.equals(".");
    }

    /**
     * "the Trade and Investment Framework" and later "the Trade and Investment Framework Agreement (TIFA)" are one
     * instrument: a name that another repeats with one more word is that other's short form.
     */
    private static List<Reference> withoutShortForms(Map<String, Reference> found) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : found.values()) {
            String shorter = bare(r.name());
            boolean shortForm = false;
            for (Reference o : found.values()) {
                String longer = bare(o.name());
                if (o != r && longer.startsWith(shorter + " ") && longer.indexOf(' ', shorter.length() + 1) < 0) shortForm = true;
            }
            if (!shortForm) out.add(r);
        }
        return out;
    }

    private static String bare(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int bracket = lower.indexOf(" (");
        return bracket > 0 ? lower.substring(0, bracket) : lower;
    }

    /** "High Representative of the Union for Foreign Affairs and Security Policy" is an office, not a policy. */
    private static boolean insideTitle(Doc doc, int at) {
        People people = doc.get(Keys.DELEGATIONS);
        if (people == null) return false;
        for (Person p : people.all) for (Span t : p.titles) if (t.start() <= at && at < t.end()) return true;
        return false;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    /** The end of a name, taking in an acronym in brackets after it: "Agreement (C-SIPA)", "(GSP+)". */
    private static int withAcronym(Tokens t, int last, int to) {
        if (last + 2 < to && t.lower(last + 1).equals("(")) {
            for (int j = last + 2; j < Math.min(to, last + 7); j++) {
                if (t.lower(j).equals(")")) return t.end(j);
                if (t.isWord(j) && !t.word(j).equals(t.word(j).toUpperCase(Locale.ROOT))) break;
            }
        }
        return t.end(last);
    }

    private static boolean isDialogue(DialogueInfo d, Span s) {
        for (Span m : d.mentions()) if (m.overlaps(s.start(), s.end())) return true;
        return false;
    }

    /**
     * The dialogue itself, named with its round ("2nd Round of ... Strategic Dialogue"), its acronym ("Global
     * Partnership Dialogue (GPD)") or its parties before a shorter form ("Italy-China Government Committee").
     */
    private boolean sameAsDialogue(Doc doc, DialogueInfo d, int start, int end) {
        if (d.name() == null) return false;
        String dialogueName = plain(d.name());
        Tokens t = doc.tokens();
        int i = t.indexAt(start);
        int last = t.indexAt(end);
        while (i < last) {
            PhraseMatcher.Match m = k.countries.longestAt(t, i, last);
            if (m == null) m = k.demonyms.longestAt(t, i, last);
            if (m != null && d.parties().contains(m.value())) i = m.lastToken() + 1;
            else if (PhraseMatcher.isHyphen(t, i)) i++;
            else break;
        }
        String rest = i < last ? plain(doc.text().substring(t.start(i), end)) : "";
        return plain(doc.text().substring(start, end)).endsWith(dialogueName) || rest.contains(" ") && dialogueName.endsWith(rest);
    }

    private static String plain(String name) {
        return bare(name).replace('\u2019', '\'');
    }

    /** A singular office ("Commissioner", "Minister") inside the words: a title, not a named thing. */
    private boolean holdsOffice(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) if (officeNouns.contains(t.lower(i)) && !t.lower(Math.min(i + 1, to)).equals("'")) return true;
        return false;
    }

    /**
     * "the G20", "the Group of Seven": formats the guideline counts as references even when named bare, unless a
     * reference named already begins with them ("the G20 Leaders' Summit").
     */
    /**
     * "UNSC Resolution 1701", "Security Council resolutions 1737 and 1747": a resolution named by its number, with the
     * capitalised words of the body that adopted it.
     */
    private void resolutions(Doc doc, Map<String, Reference> found) {
        Tokens t = doc.tokens();
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        for (int i = from; i + 1 < to; i++) {
            String w = t.lower(i);
            if (!numberedInstruments.contains(w) || !t.joinedOnLine(i) || !resolutionNumber(t.word(i + 1))) continue;
            int e = i + 1;
            // "1737 and 1747", "1267, 1373 and 2253"
            while (e + 2 < to && (t.lower(e + 1).equals("and") || t.lower(e + 1).equals(",")) && resolutionNumber(t.word(e + 2))) e += 2;
            int s = i;
            while (s - 1 >= from && t.joinedOnLine(s - 1) && t.isWord(s - 1) && t.isCapitalized(s - 1) && !t.lower(s - 1).equals("the")) s--;
            int start = t.start(s), end = t.end(e);
            String name = doc.text().substring(start, end);
            add(found, name.toLowerCase(Locale.ROOT), name, "agreement", doc, start, end);
            i = e;
        }
    }

    /** A resolution's number: three or four digits ("1701", "2231"). */
    private static boolean resolutionNumber(String w) {
        if (w.length() < 3 || w.length() > 4) return false;
        for (int c = 0; c < w.length(); c++) if (!Character.isDigit(w.charAt(c))) return false;
        return true;
    }

    private void bareFormats(Doc doc, DialogueInfo dialogue, Map<String, Reference> found) {
        Tokens t = doc.tokens();
        int to = t.indexAt(doc.bodyEnd());
        for (int i = t.indexAt(doc.bodyStart()); i < to; i++) {
            List<String[]> starting = bareFormats.get(t.lower(i));
            if (starting == null) continue;
            for (String[] words : starting) {
                int e = i + words.length;
                if (e > to || !Arrays.equals(words, 0, words.length, lowers(t, i, e), 0, words.length)) continue;
                // a whole word: not "G20s" or "G7-led" run on
                if (e < t.size() && t.touching(e - 1) && t.isWord(e)) continue;
                int start = t.start(i), end = t.end(e - 1);
                String name = doc.text().substring(start, end);
                String lower = name.toLowerCase(Locale.ROOT);
                if (isTheFormat(dialogue, name) || insideKnown(doc, start, end)) break;
                boolean named = false;
                for (String key : found.keySet()) named |= !key.equals(lower) && key.startsWith(lower + " ");
                if (!named) add(found, lower, name, "mechanism", doc, start, end);
                break;
            }
        }
    }

    private static String[] lowers(Tokens t, int from, int to) {
        String[] out = new String[to - from];
        for (int i = from; i < to; i++) out[i - from] = t.lower(i);
        return out;
    }

    /** "Operation Prosperity Guardian", "Exercise Pitch Black": a head that opens the name, and its capitalised words. */
    private void ledNames(Doc doc, Map<String, Reference> found) {
        Tokens t = doc.tokens();
        int to = t.indexAt(doc.bodyEnd());
        for (int i = t.indexAt(doc.bodyStart()); i + 1 < to; i++) {
            if (!t.isCapitalized(i) || !leadingHeads.contains(t.lower(i))) continue;
            int e = i;
            while (e + 1 < to && e - i < 3 && t.joinedOnLine(e) && t.isWord(e + 1) && t.isCapitalized(e + 1)
                    && !MONTHS.contains(t.lower(e + 1)) && !INNER.contains(t.lower(e + 1))) e++;
            if (e == i) continue;
            String name = doc.text().substring(t.start(i), t.end(e));
            add(found, name.toLowerCase(Locale.ROOT), name, "event", doc, t.start(i), t.end(e));
            i = e;
        }
    }

    /** "Quad" in a Quad foreign ministers' meeting: the format whose members are the parties is the dialogue itself. */
    private boolean isTheFormat(DialogueInfo d, String name) {
        List<String> members = k.formats.get(name);
        return members != null && !k.groups.contains(name) && new java.util.TreeSet<>(members).equals(new java.util.TreeSet<>(d.parties()));
    }


    /** A phrase inside a known mechanism's name ("Global Infrastructure" in PGI's) is that mechanism. */
    private static boolean insideKnown(Doc doc, int start, int end) {
        for (Span m : doc.layer(Labels.MECHANISM)) if (m.start() <= start && end <= m.end()) return true;
        return false;
    }

    private static void add(Map<String, Reference> found, String key, String name, String kind, Doc doc, int start, int end) {
        String k = key.toLowerCase(Locale.ROOT);
        Span sentence = doc.sentenceAt(start);
        Evidence ev = sentence == null ? new Evidence(start, end, doc.text().substring(start, end))
                : doc.evidence(sentence, start, end);
        Reference had = found.get(k);
        List<Evidence> evidence = new ArrayList<>(had == null ? List.of() : had.evidence());
        if (!evidence.contains(ev)) evidence.add(ev);
        found.put(k, new Reference(had == null ? name : had.name(), kind, evidence));
    }
}
