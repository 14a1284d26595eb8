package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Confidence;
import org.communique.store.Proposal;
import org.communique.store.ReferenceRow;
import org.communique.store.StatementText;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule (b): a commitment to launch or continue a mechanism (an inaugural dialogue on some subject, a
 * working group) is evidenced by a later statement of the same parties that names that mechanism,
 * by a reference it lists or else in its text, even under a slightly different name.
 */
final class MechanismRule extends FollowThroughRule {
    static final String NAME = "mechanism";

    private static final Pattern LAUNCH = Pattern.compile("\\b(launch|establish|set up|create|inaugurate|institute|"
            + "start|begin|continue|hold|convene|resume|reconvene|form|revive|upgrade|prepare|preparations? for|inaugural)\\b");
    private static final Pattern MET = Pattern.compile("(?i)\\b(met|meets|meeting|convened|held|session|sessions)\\b");

    MechanismRule() {
        super(NAME, Strength.FULFILS);
    }

    @Override
    boolean appliesTo(CommitmentRow c, Snapshot s) {
        return of(c, s.round(c.roundId())).isPresent();
    }

    /**
     * The later rounds whose statements may name the mechanism: the next {@value #HORIZON} rounds, of any
     * dialogue, that have all of the commitment's parties among theirs. A mechanism named ten rounds on answers
     * the commitment of a round nearer to it.
     */
    static final int HORIZON = 10;

    @Override
    List<TrackedRound> searches(CommitmentRow c, Snapshot s) {
        TrackedRound madeAt = s.round(c.roundId());
        Set<String> parties = new HashSet<>(c.actors().isEmpty() ? madeAt.parties() : c.actors());
        return s.laterWith(c.roundId(), parties, HORIZON);
    }

    /**
     * The statements of the rounds searched are searched in the store for the mechanisms, all in one go, and once more
     * for the acronyms that what was found gives them.
     */
    @Override
    List<Proposal> propose(List<CommitmentRow> followed, Snapshot s, CommitmentStore store) {
        List<Mechanism> mechanisms = new ArrayList<>();
        List<List<TrackedRound>> candidates = new ArrayList<>();
        List<Acronyms> acronyms = new ArrayList<>();
        List<CommitmentStore.TextSearch> searches = new ArrayList<>();
        for (CommitmentRow c : followed) {
            Mechanism m = of(c, s.round(c.roundId())).orElseThrow();
            List<TrackedRound> later = searches(c, s);
            Acronyms a = acronyms(c, m, s, later);
            List<Long> rounds = new ArrayList<>(List.of(c.roundId()));
            for (TrackedRound r : later) rounds.add(r.id());
            mechanisms.add(m);
            candidates.add(later);
            acronyms.add(a);
            searches.add(search(m, a, rounds));
        }
        List<List<StatementText>> found = new ArrayList<>(store.statementsMentioning(searches));
        searchByNewAcronyms(store, mechanisms, candidates, acronyms, found);
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < followed.size(); i++) {
            out.addAll(propose(followed.get(i), mechanisms.get(i), acronyms.get(i), s, candidates.get(i), found.get(i)));
        }
        return out;
    }

    /**
     * The statements found may give a mechanism an acronym in brackets, by which the other candidate rounds may name it
     * alone: those rounds are searched once more for it, and what is found joins {@code found}.
     */
    private static void searchByNewAcronyms(CommitmentStore store, List<Mechanism> mechanisms,
                                            List<List<TrackedRound>> candidates, List<Acronyms> acronyms,
                                            List<List<StatementText>> found) {
        List<Integer> again = new ArrayList<>();
        List<CommitmentStore.TextSearch> searches = new ArrayList<>();
        for (int i = 0; i < mechanisms.size(); i++) {
            Set<String> searched = Set.copyOf(acronyms.get(i).all());
            Set<Long> seen = new HashSet<>();
            for (StatementText t : found.get(i)) {
                acronyms.get(i).learn(t);
                seen.add(t.roundId());
            }
            List<Long> rest = candidates.get(i).stream().map(TrackedRound::id).filter(id -> !seen.contains(id)).toList();
            if (rest.isEmpty() || searched.containsAll(acronyms.get(i).all())) continue;
            again.add(i);
            searches.add(search(mechanisms.get(i), acronyms.get(i), rest));
        }
        List<List<StatementText>> more = store.statementsMentioning(searches);
        for (int k = 0; k < again.size(); k++) {
            List<StatementText> all = new ArrayList<>(found.get(again.get(k)));
            all.addAll(more.get(k));
            found.set(again.get(k), all);
        }
    }

    /** The mechanism a commitment undertakes to launch or continue, if it is one and not the dialogue itself. */
    static Optional<Mechanism> of(CommitmentRow c, TrackedRound madeAt) {
        if (!LAUNCH.matcher(c.text().toLowerCase(Locale.ROOT)).find()) return Optional.empty();
        for (Mechanism m : Mechanism.all(c.text())) if (!itself(m, madeAt)) return Optional.of(m);
        return Optional.empty();
    }

    /**
     * Whether a mechanism named is the dialogue itself ("the next 2+2 Ministerial Meeting" at a 2+2 Foreign and Defence
     * Ministerial Meeting): its words among the dialogue's, and the dialogue's name a name of its kind.
     */
    private static boolean itself(Mechanism m, TrackedRound madeAt) {
        if (!Words.within(m.words(), SeriesName.core(madeAt))) return false;
        if (m.kind().equals("dialogue")) return true;
        List<String> words = List.of(madeAt.name() == null ? new String[0] : madeAt.name().strip().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            if (m.kind().equals(Mechanism.kindAtStart(String.join(" ", words.subList(i, words.size()))))) return true;
        }
        return false;
    }

    /**
     * The acronyms the mechanism goes by as far as the commitment's own words tell (its initials, an acronym in brackets
     * after its name); the acronyms of the commitment's own series (ESPD) are none of them. Statements found name more.
     */
    static Acronyms acronyms(CommitmentRow c, Mechanism m, Snapshot s, List<TrackedRound> later) {
        List<String> dialogues = new ArrayList<>();
        dialogues.add(s.round(c.roundId()).acronym());
        String series = s.seriesKey(c.roundId());
        for (TrackedRound r : later) if (series != null && series.equals(s.seriesKey(r.id()))) dialogues.add(r.acronym());
        Acronyms a = new Acronyms(m, dialogues);
        a.learn(c.text());
        if (c.evidence() != null) a.learn(c.evidence().quote());
        return a;
    }

    /**
     * What to search the statements of {@code rounds} for: the mechanism's kind and any of its words, or any of its
     * acronyms. The commitment's own statement is searched too, for the acronyms it gives.
     */
    static CommitmentStore.TextSearch search(Mechanism m, Acronyms a, List<Long> rounds) {
        return new CommitmentStore.TextSearch(m.kind(), new ArrayList<>(m.words()), Acronyms.pattern(a.all()), rounds);
    }

    /**
     * One proposal per later round of {@code later} (those it {@link #searches}) that names the mechanism, among its
     * references or in the text of {@code found}, the statements that {@link #search} found; by its name or, as the
     * statements found (and the commitment) give them, by its acronyms.
     */
    private static List<Proposal> propose(CommitmentRow c, Mechanism m, Acronyms acronyms, Snapshot s, List<TrackedRound> later,
                                  List<StatementText> found) {
        Map<Long, StatementText> texts = new HashMap<>();
        for (StatementText t : found) {
            texts.put(t.roundId(), t);
            acronyms.learn(t);
        }
        TrackedRound madeAt = s.round(c.roundId());
        List<Proposal> out = new ArrayList<>();
        for (TrackedRound r : later) {
            StatementText text = texts.get(r.id());
            Proposal p = listed(c, m, acronyms, madeAt, r, s.referencesOf(r.id()), text);
            if (p == null && text != null) {
                for (String sentence : text.sentenceTexts()) {
                    Optional<Mechanism> byName = Mechanism.all(sentence).stream().filter(m::sameAs).findFirst();
                    Optional<Mechanism> named = byName.isPresent() ? byName : acronyms.mentionIn(sentence);
                    if (named.isEmpty()) continue;
                    p = proposal(c, m, madeAt, r, sentence, "the " + named.get().name(), named.get().ordinal(), false,
                            byName.isEmpty());
                    break;
                }
            }
            if (p != null) out.add(p);
        }
        return out;
    }

    /** A link to a round whose statement lists the mechanism among its references, or null. */
    private static Proposal listed(CommitmentRow c, Mechanism m, Acronyms acronyms, TrackedRound madeAt, TrackedRound r,
                                   List<ReferenceRow> references, StatementText text) {
        for (ReferenceRow ref : references) {
            boolean byName = Mechanism.all(ref.name()).stream().anyMatch(m::sameAs);
            if (!byName && acronyms.mentionIn(ref.name()).isEmpty()) continue;
            String quote = ref.quote() != null ? ref.quote() : sentenceNaming(text, ref.name());
            Mechanism named = quote == null ? null : named(quote, m, acronyms).orElse(null);
            return proposal(c, m, madeAt, r, quote, named == null ? ref.name() : "the " + named.name(),
                    named == null ? null : named.ordinal(), true, !byName);
        }
        return null;
    }

    /** The mechanism as a sentence names it: by a name like its own, else by one of its acronyms alone. */
    private static Optional<Mechanism> named(String sentence, Mechanism m, Acronyms acronyms) {
        Optional<Mechanism> byName = Mechanism.all(sentence).stream().filter(m::sameAs).findFirst();
        return byName.isPresent() ? byName : acronyms.mentionIn(sentence);
    }

    /**
     * A link to a later statement that names the mechanism. It is strongest where that statement numbers a meeting
     * at or past the one committed to ("the third annual ..." answers "the inaugural meeting of ..."): a later
     * meeting shows the earlier ones took place; then a sentence saying it met; then a mention.
     */
    private static Proposal proposal(CommitmentRow c, Mechanism m, TrackedRound madeAt, TrackedRound r, String quote,
                                     String name, Integer ordinal, boolean listed, boolean byAcronym) {
        int committed = m.ordinal() == null ? 1 : m.ordinal();
        boolean numbered = ordinal != null && ordinal >= committed && ordinal >= 2;
        boolean met = quote != null && MET.matcher(quote).find();
        double confidence = numbered ? Confidence.LATER_MEETING_NUMBERED
                : met ? (listed ? Confidence.LISTED_MEETING : Confidence.MENTIONED_MEETING)
                : (listed ? Confidence.LISTED : Confidence.MENTIONED);
        // an acronym may stand for something else too: a little less sure than the name
        if (byAcronym) confidence -= Confidence.BY_ACRONYM_ONLY;
        String explanation = numbered
                ? "the statement of " + r.date() + " reports the " + ordinalWord(ordinal) + " meeting of " + name
                + ", so the " + ordinalWord(committed) + " meeting of the " + m.kind() + " committed to on "
                + madeAt.date() + " has taken place"
                : "the statement of " + r.date() + (listed ? " names " : " mentions ") + name + (met ? " meeting" : "")
                + ", the " + m.kind() + " committed to on " + madeAt.date();
        return new Proposal(c.id(), NAME, r.id(), r.documentId(), r.date(), quote == null ? null : quoted(quote),
                confidence, explanation);
    }

    private static String ordinalWord(int n) {
        List<String> words = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth");
        return n >= 1 && n <= words.size() ? words.get(n - 1) : n + "th";
    }

    /** The first sentence of a statement that holds a reference's name (for references stored without their words). */
    private static String sentenceNaming(StatementText text, String name) {
        if (text == null || name == null) return null;
        for (String sentence : text.sentenceTexts()) if (sentence.contains(name)) return sentence;
        return null;
    }
}
