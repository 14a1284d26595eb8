package org.communique.reader;

import org.communique.model.Commitment;
import org.communique.model.Evidence;
import org.communique.model.NextRound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the undertakings: a trigger ("intend to", "agreed to", "will", "look forward to") whose subject is a
 * party, the parties together, or the next meeting itself; the undertaking is the clause after the trigger,
 * with its year and city if it states them. The one about the next round of this dialogue becomes the plan.
 */
final class CommitmentTagger implements Stage {
    private static final Set<String> NEXT_ROUND_WORDS = Set.of("round", "session", "meeting", "dialogue",
            "consultations", "plenary", "commission", "council", "committee", "talks", "ministerial", "edition");
    private static final Set<String> EVENTS = Set.of("summit", "visit", "conference", "forum", "exercise", "exercises",
            "symposium", "seminar", "workshop", "groups", "group");
    private static final Set<String> STATIVE = Set.of("become", "remain", "be", "seem", "appear");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    private static final Set<String> SUB_BODIES = Set.of("working", "group", "groups", "subcommittee", "subcommittees",
            "sub-committee", "task", "expert", "experts", "technical");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "our", "this", "these",
            "that", "those", "his", "her", "such", "all", "any", "each");
    /** An undertaking longer than this many tokens is cut: running text without stops is not one clause. */
    private static final int MAX_CLAUSE = 120;
    private static final Set<String> NEW_SUBJECT = Set.of("the", "both", "they", "we", "it", "each");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|by|until|before|during|for|of)\\s(?:early |late |mid-)?(?:[A-Z][a-z]+\\s)?(20\\d\\d)\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

    private final Knowledge k;

    CommitmentTagger(Knowledge k) {
        this.k = k;
    }

    record Found(List<Commitment> commitments, NextRound next) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(DialogueInfo.class);
        People people = doc.get(People.class);
        TokenMarks marks = TokenMarks.of(doc, k);
        RoundInfo round = doc.get(RoundInfo.class);
        String[] partyOf = Actors.partyOfTokens(doc, marks, people);
        List<Commitment> out = new ArrayList<>();
        NextRound next = null;
        for (Span s : doc.layer(Labels.SENTENCE)) {
            if (!doc.inBody(s)) continue;
            doc.checkTime();
            int from = t.indexAt(s.start());
            int to = t.indexAt(s.end());
            int covered = -1;
            for (PhraseMatcher.Match m : k.triggers.find(t, from, to)) {
                if (m.firstToken() <= covered) continue;
                int after = m.lastToken() + 1;
                if (after >= to || !t.isWord(after) || t.isCapitalized(after)) continue;
                String trigger = t.lower(m.firstToken());
                boolean modal = trigger.equals("will") || trigger.equals("shall");
                if (!modal && !verbLike(t.lower(after))) continue;
                // "expected to become a hub": a prediction, not an undertaking
                if (!modal && STATIVE.contains(t.lower(after))) continue;
                int textStart = after;
                int textEnd = clauseEnd(t, after, to);
                if (textEnd <= textStart) continue;
                int near = Math.max(from, m.firstToken() - Actors.SUBJECT_WINDOW);
                int subjectFrom = modal ? clauseStart(t, near, m.firstToken()) : near;
                Set<String> actors = new TreeSet<>(Actors.in(doc, subjectFrom, m.firstToken(), dialogue.parties(), partyOf));
                // "The American side announced that it will provide ...": the pronoun is the main clause's subject;
                // "... that it will remain central": a prediction
                if (modal && actors.isEmpty() && subjectFrom > near && isPronoun(t, subjectFrom, m.firstToken())
                        && !STATIVE.contains(t.lower(after))) {
                    actors.addAll(Actors.in(doc, near, subjectFrom, dialogue.parties(), partyOf));
                }
                // "the next meeting of the working groups will be held in Kyiv": an event scheduled for the parties
                if (modal && actors.isEmpty() && isScheduledEvent(t, subjectFrom, m.firstToken(), after, to)) {
                    actors.addAll(dialogue.parties());
                }
                boolean nextRound = isNextRound(t, subjectFrom, textEnd, dialogue, round.ordinal());
                if (actors.isEmpty()) {
                    if (!nextRound) continue; // "it will remain central": no party undertakes anything
                    actors.addAll(dialogue.parties());
                }
                int cs = t.start(textStart);
                int ce = t.end(textEnd - 1);
                String text = doc.text().substring(cs, ce);
                String due = due(text);
                String place = place(doc, cs, ce);
                if (place == null && nextRound) place = place(doc, t.start(subjectFrom), cs); // "Tashkent is to host ..."
                String triggerText = doc.text().substring(m.start(), m.end());
                out.add(new Commitment(List.copyOf(actors), text, triggerText, m.value(), due, place,
                        doc.evidence(s, m.start(), ce)));
                covered = textEnd - 1;
                if (nextRound && next == null && (due != null || place != null)) next = new NextRound(place, due);
            }
        }
        doc.put(Found.class, new Found(out, next));
    }

    /** The clause ends at the sentence's end, a semicolon, or "and" that opens a new act ("..., and reaffirmed"). */
    private int clauseEnd(Tokens t, int from, int to) {
        to = Math.min(to, from + MAX_CLAUSE);
        int e = from;
        while (e < to) {
            String w = t.lower(e);
            if (w.equals(";") || w.equals(":")) break;
            // ", and U.S. Assistant Secretary Lu reaffirmed ...": a new subject opens a new clause
            if (w.equals(",") && e + 2 < to && t.lower(e + 1).equals("and")
                    && (t.isCapitalized(e + 2) || NEW_SUBJECT.contains(t.lower(e + 2)))) break;
            if (w.equals("and") && e + 1 < to && k.acts.longestAt(t, e + 1, to) != null && t.lower(e + 1).endsWith("ed")) break;
            if (w.equals(",") && e + 2 < to && t.lower(e + 1).equals("and") && k.acts.longestAt(t, e + 2, to) != null
                    && t.lower(e + 2).endsWith("ed")) break;
            e++;
        }
        while (e > from && !t.isWord(e - 1) && !t.lower(e - 1).equals(")")) e--;
        return e;
    }

    /** After "intention to", "commitment to": a verb ("convene", "fully implement"), not a noun or adjective. */
    private static boolean verbLike(String w) {
        if (DETERMINERS.contains(w)) return false;
        if (w.equals("implement") || w.equals("augment") || w.equals("complement") || w.equals("establish")) return true;
        for (String suffix : NOT_VERB_ENDINGS) if (w.endsWith(suffix)) return false;
        return true;
    }

    private static final List<String> NOT_VERB_ENDINGS = List.of("tion", "sion", "ment", "ity", "ness", "ance", "ence",
            "ism", "ship", "al", "ic", "ive", "ous", "ary", "ful", "ent", "ant", "ies", "ers");

    private static boolean isScheduledEvent(Tokens t, int subjectFrom, int trigger, int after, int to) {
        boolean event = false;
        for (int i = subjectFrom; i < trigger; i++) {
            String w = t.lower(i);
            if (NEXT_ROUND_WORDS.contains(w) || EVENTS.contains(w)) event = true;
        }
        if (!event) return false;
        String verb = t.lower(after);
        if (verb.equals("be") && after + 1 < to) {
            String participle = t.lower(after + 1);
            return participle.equals("held") || participle.equals("hosted") || participle.equals("convened")
                    || participle.equals("organized") || participle.equals("organised");
        }
        return verb.equals("take") || verb.equals("meet") || verb.equals("convene") || verb.equals("gather");
    }

    private static boolean isPronoun(Tokens t, int from, int to) {
        return to - from == 1 && PRONOUNS.contains(t.lower(from));
    }

    /** The subject of "will": the words after the last comma, "that" or "which" before it. */
    private static int clauseStart(Tokens t, int from, int trigger) {
        for (int i = trigger - 1; i > from; i--) {
            String w = t.lower(i);
            if (w.equals(",") || w.equals("that") || w.equals("which") || w.equals(";")) return i + 1;
        }
        return from;
    }

    /**
     * Whether an undertaking is about the next meeting of this dialogue: "the next round", "the next ESPD",
     * "the 10th BSD" after the 9th, "the Dialogue's first session" of a dialogue being set up; but not the
     * next meeting of a working group.
     */
    private static boolean isNextRound(Tokens t, int from, int to, DialogueInfo dialogue, Integer ordinal) {
        for (int i = from; i < to; i++) {
            String w = t.lower(i);
            Integer n = Ordinals.of(w);
            boolean next = w.equals("next") || w.equals("following")
                    || (n != null && (n == 1 || (ordinal != null && n == ordinal + 1)));
            if (!next) continue;
            boolean round = false;
            for (int j = i + 1, words = 0; j < to && words < 7; j++) {
                if (t.isWord(j)) words++;
                String x = t.lower(j);
                if (SUB_BODIES.contains(x)) {
                    round = false; // "the next meeting of the Commission's working groups"
                    break;
                }
                if (NEXT_ROUND_WORDS.contains(x) || (dialogue.acronym() != null && t.word(j).equals(dialogue.acronym()))) round = true;
                if (words == 1 && (x.equals("meet") || x.equals("convene") || x.equals("gather"))) round = true; // "will next meet"
            }
            if (round) return true;
        }
        return false;
    }

    static String due(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) return m.group(1);
        m = ANY_YEAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String place(Doc doc, int start, int end) {
        for (Span c : doc.layer(Labels.CITY)) {
            if (c.start() >= start && c.end() <= end) return RoundTagger.cityName(doc.cover(c));
        }
        return null;
    }
}
