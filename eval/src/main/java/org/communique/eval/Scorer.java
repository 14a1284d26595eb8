package org.communique.eval;

import org.communique.model.WordListFile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Scores produced round records against their gold records as set out in
 * {@code docs/EVALUATION.md}, summing counts over a corpus (micro-average).
 *
 * <p>Both records are JSON trees as {@code Records.parseObject} returns them. Missing keys and
 * values of the wrong type are read as null or empty, so that a half-filled record still scores.
 */
public final class Scorer {

    /** The fields of the EVALUATION.md table, in its order. */
    static final List<String> FIELDS = List.of(
            "dialogue.parties", "dialogue.name", "round.ordinal", "round.date", "round.place", "round.host",
            "participants", "participants.party", "participants.role", "participants.title",
            "topics", "commitments", "commitments.strength", "next_round.place", "next_round.due", "references");

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "by", "at", "as", "its", "their",
            "s", "u", "us", "non", "between");

    /** Name suffixes that are not a last name ("Lloyd J. Austin III" is Austin). */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Removed from every dialogue name whatever the parties, as the table says. */
    private static final List<String> ALWAYS_REMOVED = List.of("U.S.", "United States");

    /** A commitment matches when at least COMMITMENT_NUM / COMMITMENT_DEN of the gold content words are found. */
    private static final int COMMITMENT_NUM = 2;
    private static final int COMMITMENT_DEN = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    /** A hyphenated word ("non-proliferation"), which also counts joined. */
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{Nd}]+(?:[-\u2010\u2011][\\p{L}\\p{Nd}]+)+");
    /** A parenthesised part of a name, which the gold may have and a reading may leave out. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");

    private static final Map<String, List<String>> COUNTRY_WORDS = loadCountryWords();

    /** Mutable counts behind one {@link FieldScore}. */
    private static final class Count {
        int tp;
        int produced;
        int matchedGold;
        int gold;
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public Scorer() {
        for (String f : FIELDS) counts.put(f, new Count());
    }

    /** Adds one record pair; {@code name} labels its lines in {@link #misses()}. */
    public void add(String name, Map<String, Object> produced, Map<String, Object> gold) {
        Map<String, Object> pDialogue = obj(produced.get("dialogue"));
        Map<String, Object> gDialogue = obj(gold.get("dialogue"));
        List<String> gParties = strings(gDialogue.get("parties"));

        scalar(name, "dialogue.parties", partySet(pDialogue.get("parties")), partySet(gDialogue.get("parties")),
                String::equals);
        scalar(name, "dialogue.name", text(pDialogue.get("name")), text(gDialogue.get("name")),
                (got, want) -> sameDialogueName(got, want, gParties));

        Map<String, Object> pRound = obj(produced.get("round"));
        Map<String, Object> gRound = obj(gold.get("round"));
        scalar(name, "round.ordinal", text(pRound.get("ordinal")), text(gRound.get("ordinal")), String::equals);
        scalar(name, "round.date", text(pRound.get("date")), text(gRound.get("date")), String::equals);
        scalar(name, "round.place", text(pRound.get("place")), text(gRound.get("place")), Scorer::samePlace);
        scalar(name, "round.host", text(pRound.get("host")), text(gRound.get("host")), String::equals);

        participants(name, list(produced.get("participants")), list(gold.get("participants")));
        topics(name, list(produced.get("topics")), list(gold.get("topics")));
        commitments(name, list(produced.get("commitments")), list(gold.get("commitments")));

        Map<String, Object> pNext = obj(produced.get("next_round"));
        Map<String, Object> gNext = obj(gold.get("next_round"));
        scalar(name, "next_round.place", text(pNext.get("place")), text(gNext.get("place")), Scorer::samePlace);
        scalar(name, "next_round.due", text(pNext.get("due")), text(gNext.get("due")), Scorer::sameNormalised);

        references(name, list(produced.get("references")), list(gold.get("references")));
    }

    /** One score per field, in the order of the EVALUATION.md table. */
    public List<FieldScore> fields() {
        List<FieldScore> out = new ArrayList<>();
        counts.forEach((f, c) -> out.add(new FieldScore(f, c.tp, c.produced, c.matchedGold, c.gold)));
        return out;
    }

    /** Mean F1 over the fields that had any gold or produced item; 0 when nothing was scored at all. */
    public double meanF1() {
        double sum = 0;
        int n = 0;
        for (FieldScore f : fields()) {
            if (!f.counted()) continue;
            sum += f.f1();
            n++;
        }
        return n == 0 ? 0.0 : sum / n;
    }

    /** What was missed, spurious or wrong, one line each, in the order found. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    // ---- fields -------------------------------------------------------------------------------

    /** A field with at most one item on each side: an absent (null) value is no item. */
    private void scalar(String name, String field, String got, String want, BiPredicate<String, String> same) {
        Count c = counts.get(field);
        if (got != null) c.produced++;
        if (want != null) c.gold++;
        if (got != null && want != null && same.test(got, want)) {
            c.tp++;
            c.matchedGold++;
            return;
        }
        if (want != null) misses.add(name + " " + field + ": missed gold " + want);
        if (got != null) misses.add(name + " " + field + ": spurious " + got);
    }

    private void participants(String name, List<Object> produced, List<Object> gold) {
        List<Person> ps = new ArrayList<>();
        for (Object o : produced) ps.add(Person.of(obj(o)));
        List<Person> gs = new ArrayList<>();
        for (Object o : gold) gs.add(Person.of(obj(o)));

        // Candidates share a last name. Where several people do (two Al Khalifas in one record),
        // the pair sharing more name words goes first, so that the right people are compared for
        // party, role and title. Within one last name every pair is a candidate, so greedy pairing
        // still matches as many as possible.
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gs.size(); g++) {
            for (int p = 0; p < ps.size(); p++) {
                String key = gs.get(g).key;
                if (!key.isEmpty() && key.equals(ps.get(p).key)) {
                    Set<String> shared = new HashSet<>(gs.get(g).words);
                    shared.retainAll(ps.get(p).words);
                    pairs.add(new int[] {g, p, shared.size()});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(x -> -x[2]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        int[] goldToProduced = greedy(pairs, gs.size(), ps.size());

        List<String> gNames = new ArrayList<>();
        for (Person g : gs) gNames.add(g.name);
        List<String> pNames = new ArrayList<>();
        for (Person p : ps) pNames.add(p.name);
        matched(name, "participants", goldToProduced, pNames, gNames);

        for (int g = 0; g < gs.size(); g++) {
            if (goldToProduced[g] < 0) continue;
            Person want = gs.get(g);
            Person got = ps.get(goldToProduced[g]);
            accuracy(name, "participants.party", want.name, got.party, want.party, equalOrBothNull(got.party, want.party));
            accuracy(name, "participants.role", want.name, got.role, want.role, equalOrBothNull(got.role, want.role));
            accuracy(name, "participants.title", want.name, got.title, want.title, sameTitle(got.title, want.title));
        }
    }

    /** One matched pair counts as one gold and one produced item of an attribute field. */
    private void accuracy(String name, String field, String who, String got, String want, boolean right) {
        Count c = counts.get(field);
        c.produced++;
        c.gold++;
        if (right) {
            c.tp++;
            c.matchedGold++;
        } else {
            misses.add(name + " " + field + ": " + who + " got " + quoted(got) + " want " + quoted(want));
        }
    }

    private void topics(String name, List<Object> produced, List<Object> gold) {
        List<Set<String>> pWords = new ArrayList<>();
        List<String> pNames = new ArrayList<>();
        for (Object o : produced) {
            Map<String, Object> t = obj(o);
            String label = text(t.get("label"));
            String code = text(t.get("code"));
            Set<String> words = new HashSet<>(topicWords(contentWords(label)));
            words.addAll(topicWords(codeWords(code)));
            pWords.add(words);
            pNames.add(label != null ? label : code);
        }
        List<Set<String>> gWords = new ArrayList<>();
        List<String> gNames = new ArrayList<>();
        for (Object o : gold) {
            Map<String, Object> t = obj(o);
            String label = text(t.get("label"));
            // A word shared with the label or with any one "also" label is enough, so the union serves.
            Set<String> words = new HashSet<>(topicWords(contentWords(label)));
            for (String also : strings(t.get("also"))) words.addAll(topicWords(contentWords(also)));
            gWords.add(words);
            gNames.add(label);
        }
        int[] goldToProduced = maximumMatching(gold.size(), produced.size(),
                (g, p) -> !Collections.disjoint(gWords.get(g), pWords.get(p)));
        matched(name, "topics", goldToProduced, pNames, gNames);
    }

    private void commitments(String name, List<Object> allProduced, List<Object> allGold) {
        // a commitment whose sentence the end of the text cuts off is left out on both sides
        List<Object> produced = allProduced.stream().filter(o -> !cutOff(o)).toList();
        List<Object> gold = allGold.stream().filter(o -> !cutOff(o)).toList();
        List<Set<String>> pWords = new ArrayList<>();
        List<String> pNames = new ArrayList<>();
        for (Object o : produced) {
            Map<String, Object> c = obj(o);
            String text = text(c.get("text"));
            Set<String> words = new HashSet<>(contentWords(text));
            for (String quote : quotes(c.get("evidence"))) words.addAll(contentWords(quote));
            pWords.add(words);
            pNames.add(text);
        }
        List<Set<String>> gWords = new ArrayList<>();
        List<String> gNames = new ArrayList<>();
        for (Object o : gold) {
            String text = text(obj(o).get("text"));
            gWords.add(contentWords(text));
            gNames.add(text);
        }

        // Best first: the pair whose produced side covers most of the gold text wins.
        // A pair is {gold, produced, found, of}; the fraction found/of is compared by cross products.
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Set<String> want = gWords.get(g);
            // a gold text without content words cannot be checked, so it is never matched
            if (want.isEmpty()) continue;
            for (int p = 0; p < produced.size(); p++) {
                int found = 0;
                for (String w : want) if (pWords.get(p).contains(w)) found++;
                if (found * COMMITMENT_DEN >= want.size() * COMMITMENT_NUM) {
                    pairs.add(new int[] {g, p, found, want.size()});
                }
            }
        }
        pairs.sort((x, y) -> {
            int byFraction = Long.compare((long) y[2] * x[3], (long) x[2] * y[3]);
            if (byFraction != 0) return byFraction;
            return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
        });
        int[] goldToProduced = greedy(pairs, gold.size(), produced.size());
        matched(name, "commitments", goldToProduced, pNames, gNames);
        for (int g = 0; g < gold.size(); g++) {
            String want = text(obj(gold.get(g)).get("strength"));
            // a gold record from before strengths were labelled says nothing about them
            if (goldToProduced[g] < 0 || want == null) continue;
            String got = text(obj(produced.get(goldToProduced[g])).get("strength"));
            accuracy(name, "commitments.strength", gNames.get(g), got, want, want.equals(got));
        }
    }

    private static boolean cutOff(Object commitment) {
        return Boolean.TRUE.equals(obj(commitment).get("cut_off"));
    }

    private void references(String name, List<Object> produced, List<Object> gold) {
        List<String> pNames = produced.stream().map(o -> text(obj(o).get("name"))).toList();
        List<String> gNames = gold.stream().map(o -> text(obj(o).get("name"))).toList();
        List<String> pNorm = pNames.stream().map(Scorer::normalise).toList();
        List<String> gNorm = gNames.stream().map(Scorer::normalise).toList();
        int[] goldToProduced = maximumMatching(gold.size(), produced.size(), (g, p) -> {
            String a = gNorm.get(g);
            String b = pNorm.get(p);
            // an empty name would be contained in every other one
            return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
        });
        matched(name, "references", goldToProduced, pNames, gNames);
    }

    /** Counts a one-to-one matching of a list field and notes its unmatched items. */
    private void matched(String name, String field, int[] goldToProduced, List<String> produced, List<String> gold) {
        Count c = counts.get(field);
        c.produced += produced.size();
        c.gold += gold.size();
        boolean[] used = new boolean[produced.size()];
        for (int g = 0; g < gold.size(); g++) {
            if (goldToProduced[g] >= 0) {
                used[goldToProduced[g]] = true;
                c.tp++;
                c.matchedGold++;
            } else {
                misses.add(name + " " + field + ": missed gold " + gold.get(g));
            }
        }
        for (int p = 0; p < produced.size(); p++) {
            if (!used[p]) misses.add(name + " " + field + ": spurious " + produced.get(p));
        }
    }

    // ---- matching -----------------------------------------------------------------------------

    /** Takes the pairs {gold, produced, ...} in the order given, skipping any whose side is taken. */
    private static int[] greedy(List<int[]> pairs, int nGold, int nProduced) {
        int[] goldToProduced = new int[nGold];
        Arrays.fill(goldToProduced, -1);
        boolean[] taken = new boolean[nProduced];
        for (int[] pair : pairs) {
            if (goldToProduced[pair[0]] >= 0 || taken[pair[1]]) continue;
            goldToProduced[pair[0]] = pair[1];
            taken[pair[1]] = true;
        }
        return goldToProduced;
    }

    /**
     * A maximum one-to-one matching by augmenting paths (Kuhn), so that the number matched does not
     * depend on the order of either list. Returns, for each gold item, its produced item or -1.
     */
    static int[] maximumMatching(int nGold, int nProduced, BiPredicate<Integer, Integer> edge) {
        int[] producedToGold = new int[nProduced];
        Arrays.fill(producedToGold, -1);
        for (int g = 0; g < nGold; g++) {
            augment(g, edge, producedToGold, new boolean[nProduced]);
        }
        int[] goldToProduced = new int[nGold];
        Arrays.fill(goldToProduced, -1);
        for (int p = 0; p < nProduced; p++) {
            if (producedToGold[p] >= 0) goldToProduced[producedToGold[p]] = p;
        }
        return goldToProduced;
    }

    private static boolean augment(int g, BiPredicate<Integer, Integer> edge, int[] producedToGold, boolean[] seen) {
        for (int p = 0; p < producedToGold.length; p++) {
            if (seen[p] || !edge.test(g, p)) continue;
            seen[p] = true;
            if (producedToGold[p] < 0 || augment(producedToGold[p], edge, producedToGold, seen)) {
                producedToGold[p] = g;
                return true;
            }
        }
        return false;
    }

    // ---- comparing ----------------------------------------------------------------------------

    /** A participant as the matcher sees it. */
    private record Person(String name, String key, Set<String> words, String title, String party, String role) {
        static Person of(Map<String, Object> m) {
            String name = text(m.get("name"));
            List<String> words = new ArrayList<>(splitWords(normalise(name)));
            // "Lloyd J. Austin III" is matched as Austin; keep a lone word even if it looks like a suffix
            while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            String key = words.isEmpty() ? "" : words.get(words.size() - 1);
            return new Person(name, key, new HashSet<>(words), text(m.get("title")), text(m.get("party")),
                    text(m.get("role")));
        }
    }

    private static boolean equalOrBothNull(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Titles agree when the content words of the shorter are all in the longer; no title agrees only with none. */
    static boolean sameTitle(String got, String want) {
        if (got == null || want == null) return got == null && want == null;
        Set<String> a = contentWords(got);
        Set<String> b = contentWords(want);
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    private static boolean sameNormalised(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** Places agree when equal after normalising, a trailing "D.C." or "DC" left out ("Washington, D.C."). */
    static boolean samePlace(String a, String b) {
        return place(a).equals(place(b));
    }

    private static String place(String s) {
        return normalise(s).replaceFirst(" (d c|dc)$", "");
    }

    /**
     * Dialogue names agree when their content words are equal once party names and demonyms are gone
     * from both; a parenthesised part of the gold name may be left out.
     */
    static boolean sameDialogueName(String got, String want, Collection<String> parties) {
        Set<String> g = contentWords(bareDialogueName(got, parties));
        if (g.equals(contentWords(bareDialogueName(want, parties)))) return true;
        String shorter = PARENTHESISED.matcher(want).replaceAll(" ");
        return !shorter.equals(want) && g.equals(contentWords(bareDialogueName(shorter, parties)));
    }

    /**
     * The dialogue name without party names, demonyms, "U.S." and "United States". Normalising first
     * turns hyphens into spaces, so "U.S.-Kazakhstan" and "High-Level" lose their hyphens too.
     */
    static String bareDialogueName(String name, Collection<String> parties) {
        List<String> phrases = new ArrayList<>();
        for (String w : ALWAYS_REMOVED) phrases.add(normalise(w));
        for (String party : parties) phrases.addAll(COUNTRY_WORDS.getOrDefault(party, List.of()));
        // longest first, so that "united states of america" goes before "america" can split it
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        String padded = " " + normalise(name) + " ";
        for (String phrase : phrases) {
            if (phrase.isEmpty()) continue;
            String target = " " + phrase + " ";
            while (padded.contains(target)) padded = padded.replace(target, " ");
        }
        return padded.trim().replaceAll(" +", " ");
    }

    // ---- words --------------------------------------------------------------------------------

    /** NFKD, accents dropped, lower case, each run of non-letters-non-digits one space, trimmed; null is "". */
    static String normalise(String s) {
        if (s == null) return "";
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * The normalised words minus the stop list, a final "s" dropped from words longer than three letters;
     * a hyphenated word also counts joined ("non-proliferation" gives "proliferation" and "nonproliferation").
     */
    static Set<String> contentWords(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : splitWords(normalise(s))) addContentWord(out, w);
        if (s != null && s.indexOf('-') + s.indexOf('\u2010') + s.indexOf('\u2011') > -3) {
            var m = HYPHENATED.matcher(s);
            while (m.find()) addContentWord(out, normalise(m.group()).replace(" ", ""));
        }
        return out;
    }

    private static void addContentWord(Set<String> out, String w) {
        if (w.isEmpty() || STOP_WORDS.contains(w)) return;
        out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }

    /** Content words of a topic code such as "security.counterterrorism": split on every non-letter. */
    private static Set<String> codeWords(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (code == null) return out;
        String plain = MARKS.matcher(Normalizer.normalize(code, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String w : NOT_LETTER.split(plain)) if (!w.isEmpty() && !STOP_WORDS.contains(w)) out.add(w);
        return out;
    }

    /** Topic words compare without a final "s", so "sanctions" meets "sanction". */
    private static Set<String> topicWords(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.length() > 1 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        return out;
    }

    private static List<String> splitWords(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    // ---- JSON ---------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : List.of();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object e : list(o)) {
            String s = text(e);
            if (s != null) out.add(s);
        }
        return out;
    }

    /**
     * A value as text, or null when absent. A blank string says nothing, so it counts as absent;
     * a whole number reads the same whether it came as 5 or 5.0 or "5".
     */
    static String text(Object o) {
        if (o == null) return null;
        if (o instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return Long.toString(d.longValue());
        String s = o.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** The parties as one sorted text, so that equal sets give equal text; none is no item. */
    private static String partySet(Object o) {
        Set<String> set = new TreeSet<>(strings(o));
        return set.isEmpty() ? null : String.join(",", set);
    }

    /** Evidence quotes: one {start, end, quote} object, or a list of them. */
    private static List<String> quotes(Object evidence) {
        List<String> out = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        if (evidence instanceof List) items.addAll(list(evidence));
        else if (evidence != null) items.add(evidence);
        for (Object e : items) {
            String q = text(obj(e).get("quote"));
            if (q != null) out.add(q);
        }
        return out;
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    // ---- country words ------------------------------------------------------------------------

    /** Party code to its normalised names and demonyms, from scorer-country-words.tsv. */
    static Map<String, List<String>> countryWords() {
        return COUNTRY_WORDS;
    }

    private static Map<String, List<String>> loadCountryWords() {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> country : WordListFile.read(Scorer.class, "scorer-country-words.tsv")) {
            if (country.getKey().equals("code")) continue; // the header line
            List<String> words = new ArrayList<>();
            for (String w : country.getValue()) {
                String n = normalise(w);
                if (!n.isEmpty()) words.add(n);
            }
            out.put(country.getKey(), List.copyOf(words));
        }
        return Map.copyOf(out);
    }
}
