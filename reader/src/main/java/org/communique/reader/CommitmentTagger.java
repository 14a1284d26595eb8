package org.communique.reader;

import org.communique.model.Commitment;
import org.communique.model.Evidence;
import org.communique.model.NextRound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the undertakings: a trigger ("intend to", "agreed to", "will", "look forward to") whose subject is a
 * party, the parties together, or the next meeting itself; the undertaking is the clause after the trigger,
 * with its year and city if it states them. The one about the next round of this dialogue becomes the plan.
 */
final class CommitmentTagger extends Stage {
    // the word lists of commitment-cues.tsv that the static tests below use
    private static final WordLists CUES = Knowledge.get().commitmentCues;
    private static final Set<String> NEXT_ROUND_WORDS = CUES.get("next-round-words");
    private static final Set<String> EVENTS = CUES.get("events");
    private static final Set<String> EVENT_PARTICIPLES = CUES.get("event-participles");
    private static final Set<String> EVENT_VERBS = CUES.get("event-verbs");
    private static final Set<String> MEETING_VERBS = CUES.get("meeting-verbs");
    private static final Set<String> RECONVENE_VERBS = CUES.get("reconvene-verbs");
    private static final Set<String> STATIVE = CUES.get("stative");
    private static final Set<String> PRONOUNS = CUES.get("pronouns");
    private static final Set<String> SUB_BODIES = CUES.get("sub-bodies");
    private static final Set<String> DETERMINERS = CUES.get("determiners");
    private static final Set<String> ALL_OWNERS = CUES.get("all-owners");
    private static final Set<String> NEED_NOUNS = CUES.get("need-nouns");
    private static final Set<String> COMMITMENT_WORDS = CUES.get("commitment-words");
    private static final Set<String> VERBS_DESPITE_ENDING = CUES.get("verbs-despite-ending");
    private static final Set<String> NOT_VERB_ENDINGS = CUES.get("not-verb-endings");
    /** An undertaking longer than this many tokens is cut: running text without stops is not one clause. */
    private static final int MAX_CLAUSE = 120;
    private static final Set<String> NEW_SUBJECT = CUES.get("new-subject");
    private static final Set<String> REPORTING = CUES.get("reporting");
    private static final Set<String> THING_SUBJECTS = CUES.get("thing-subjects");
    private static final Set<String> LIST_ADJECTIVES = CUES.get("list-adjectives");
    private static final Set<String> MODALS = CUES.get("modals");
    private static final Set<String> OPENING_QUOTES = CUES.get("opening-quotes");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|by|until|before|during|for|of)\\s(?:early |late |mid-)?(?:([A-Z][a-z]+)\\s)?(20\\d\\d)\\b");
    /** "in August this year", "in March next year": a month the round's year places. */
    private static final Pattern MONTH_RELATIVE = Pattern.compile("\\b([A-Z][a-z]+) (this|next) year\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

    private final Knowledge k;
    /** The instrument phrases, word by word. */
    /** The instruments' head words ("memorandum", "action plan"), by their first word. */
    private final Map<String, List<String[]>> instruments;
    private final Set<String> nounsFirm;
    private final Set<String> nounsSoft;
    private final Set<String> owners;
    private final Set<String> directiveVerbs;
    private final Set<String> directiveObjects;
    private final Set<String> supportedNotDone;

    CommitmentTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.SENTENCES, Keys.GAZETTEER, Keys.MARKS, Keys.DELEGATIONS, Keys.DIALOGUE, Keys.ROUND),
                Set.of(Keys.COMMITMENTS));
        this.k = k;
        this.instruments = k.commitmentCues.get("instrument").stream().map(p -> p.split(" "))
                .collect(java.util.stream.Collectors.groupingBy(w -> w[0], java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        this.nounsFirm = k.commitmentCues.get("gap-nouns-firm");
        this.nounsSoft = k.commitmentCues.get("gap-nouns-soft");
        this.owners = k.commitmentCues.get("gap-owners");
        this.directiveVerbs = k.commitmentCues.get("directive-verbs");
        this.directiveObjects = k.commitmentCues.get("directive-objects");
        this.supportedNotDone = k.commitmentCues.get("supported-not-done");
    }

    record Found(List<Commitment> commitments, NextRound next) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(Keys.DIALOGUE);
        People people = doc.get(Keys.DELEGATIONS);
        TokenMarks marks = doc.get(Keys.MARKS);
        RoundInfo round = doc.get(Keys.ROUND);
        String[] partyOf = Actors.partyOfTokens(doc, marks, people);
        List<Commitment> out = new ArrayList<>();
        NextRound next = null;
        Span last = lastSentence(doc);
        for (Span s : doc.layer(Labels.SENTENCE)) {
            if (!doc.inBody(s)) continue;
            doc.checkTime();
            int from = t.indexAt(s.start());
            int to = t.indexAt(s.end());
            boolean cutOff = s == last && isCutOff(doc, s);
            int covered = -1;
            for (PhraseMatcher.Match m : triggers(t, from, to)) {
                if (m.firstToken() <= covered) continue;
                int after = m.lastToken() + 1;
                // "The participants agreed to:" (or "agree to pursue the following areas:") and a list of actions, one a line
                int colon = after < t.size() && !isImportance(m, t) ? listColon(t, after, to) : -1;
                if (colon >= 0) {
                    int near = Math.max(from, m.firstToken() - Actors.SUBJECT_WINDOW);
                    Set<String> actors = new TreeSet<>(Actors.in(doc, near, m.firstToken(), dialogue.parties(), partyOf));
                    if (actors.isEmpty()) actors.addAll(dialogue.parties());
                    String strength = m.value();
                    if (anyOf(t, clauseStart(t, near, m.firstToken()), m.firstToken(), k.commitmentCues.get("restating"))) strength = "soft";
                    out.addAll(bulleted(doc, t.end(colon), List.copyOf(actors), doc.text().substring(m.start(), m.end()), strength));
                    continue;
                }
                // "agreed to “continue to call out ...”": a quoted action is still theirs
                if (after + 1 < to && OPENING_QUOTES.contains(t.lower(after)) && t.isWord(after + 1)) after++;
                if (after >= to || !t.isWord(after) || t.isCapitalized(after)) continue;
                String trigger = t.lower(m.firstToken());
                if (k.commitmentCues.get("continuing").contains(trigger) && !continuesAsParties(t, from, m.firstToken())) continue;
                // "unilateral actions that seek to change the status quo": what a thing does, nobody's undertaking
                if (ofAThing(t, from, m.firstToken())) continue;
                // "the reenergised partnership will help keep citizens safe": what a thing will do, a prediction
                // ("resolved that our cooperation will be ..." is theirs: they decided it)
                if (m.firstToken() - 1 >= from && THING_SUBJECTS.contains(t.lower(m.firstToken() - 1))
                        && !anyOf(t, from, m.firstToken(), k.commitmentCues.get("gap-verbs"))) continue;
                // "would" undertakes only in reported speech ("said the Emir would visit"), not "would undermine"
                if (trigger.equals("would") && !anyOf(t, from, m.firstToken(), k.commitmentCues.get("reporting"))) continue;
                boolean modal = MODALS.contains(trigger);
                String strength = m.value();
                if (isImportance(m, t)) {
                    // "agreed on the importance of holding ...": soft; "discussed the importance of ...": nothing
                    if (!importanceVerbBefore(t, from, m.firstToken())) continue;
                }
                // "the importance of further developing", "agreed on jointly building": a gerund, after its adverbs
                String lastWord = t.lower(m.lastToken());
                // ... or a practice they carry out ("the importance of bilateral meetings, consultations and exchanges")
                boolean importancePractice = lastWord.equals("of") && isImportance(m, t) && practiceFollows(t, after, to);
                if ((lastWord.equals("of") && isImportance(m, t) || lastWord.equals("on") || lastWord.equals("with"))
                        && !gerundAt(t, after, to) && !importancePractice) continue;
                boolean practice = false;
                // a verb of action whatever its ending: "agreed to enhance", "to advance"
                if (!modal && !k.actionVerbs.contains(t.lower(after)) && !verbLike(t.lower(after))) {
                    // "commitment to practical cooperation": a practice the parties carry out, not a state of the world
                    if (!(isCommitmentWord(trigger) && (practice = practiceFollows(t, after, to)) || importancePractice)) continue;
                }
                // "expected to become a hub": a prediction, not an undertaking
                if (!modal && STATIVE.contains(t.lower(after))) continue;
                // "attempts ... should not be tolerated": what will not be so is a statement, nobody's undertaking
                if (t.lower(after).equals("not") && after + 1 < to && STATIVE.contains(t.lower(after + 1))) continue;
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
                // "the commitment of both countries to ...": the owners the trigger names are the parties
                if (actors.isEmpty() && ownedByAll(t, m)) actors.addAll(dialogue.parties());
                // "It was agreed to ...", "An agreement was reached to ...", "The meeting also agreed to ...": every party
                // "The discussions highlighted the importance of ...": the round's own talks speak for every party
                if (actors.isEmpty() && isImportance(m, t) && from + 1 < m.firstToken() && t.lower(from).equals("the")
                        && (NEXT_ROUND_WORDS.contains(t.lower(from + 1)) || t.lower(from + 1).equals("discussions"))) actors.addAll(dialogue.parties());
                if (actors.isEmpty() && (impersonal(t, from, m) || byTheMeeting(t, from, m.firstToken())
                        && k.commitmentCues.get("gap-verbs").contains(trigger))) actors.addAll(dialogue.parties());
                int nextAt = nextRoundAt(t, subjectFrom, textEnd, dialogue, round.ordinal());
                boolean nextRound = nextAt >= 0;
                if (actors.isEmpty()) {
                    if (!nextRound) continue; // "it will remain central": no party undertakes anything
                    actors.addAll(dialogue.parties());
                }
                // a restated commitment ("reaffirmed their commitment to", "remain committed to") is soft, but for
                // the next round, which is held or not whatever words restate it
                if (!modal && !nextRound && "firm".equals(strength)
                        && anyOf(t, clauseStart(t, near, m.firstToken()), m.firstToken(), k.commitmentCues.get("restating"))) {
                    strength = "soft";
                }
                if (practice) strength = "soft";
                // "would look to extend", "will seek to": the soft verb after the modal says how far they go
                PhraseMatcher.Match softAfter = modal ? k.triggers.longestAt(t, after, to) : null;
                if (softAfter != null && "soft".equals(softAfter.value()) && !nextRound
                        && !k.commitmentCues.get("continuing").contains(t.lower(softAfter.firstToken()))) strength = "soft";
                // "said he hoped the GCC would expand ...": a hope reported, not a will
                if (modal && !nextRound && anyOf(t, near, m.firstToken(), k.commitmentCues.get("hoping"))) strength = "soft";
                String triggerText = doc.text().substring(m.start(), m.end());
                for (int[] part : actions(t, textStart, textEnd)) {
                    if (supportOnly(t, part[0], part[1])) continue;
                    // "decided to keenly look forward to X, work together on Y": the soft verb softens its own action
                    String partStrength = !nextRound && softOpening(t, part[0], part[1]) ? "soft" : strength;
                    int cs = t.start(part[0]);
                    int ce = t.end(part[1] - 1);
                    String text = doc.text().substring(cs, ce);
                    String due = due(text);
                    if (due == null) due = relativeYear(text, round.date());
                    String place = place(doc, cs, ce);
                    if (place == null && nextRound) place = place(doc, t.start(subjectFrom), cs); // "Tashkent is to host ..."
                    if (place == null && nextRound) place = nextPlace(doc, part[0], part[1]);
                    // "agreed that the next meeting will take place in Delhi ... We intend to meet in Delhi": one plan
                    if (nextRound && next != null && place != null && place.equals(next.place())) continue;
                    out.add(new Commitment(List.copyOf(actors), text, triggerText, partStrength, due, place,
                            doc.evidence(s, m.start(), ce), cutOff));
                    // "host the Summit in October 2010 and ... the fourth ministerial meeting in 2011": the year after
                    // the next round's own words is its year
                    String nextDue = nextRound && nextAt > part[0] && t.start(nextAt) < ce ? due(doc.text().substring(t.start(nextAt), ce)) : null;
                    if (nextRound && next == null && (due != null || place != null)) next = new NextRound(place, nextDue != null ? nextDue : due);
                }
                covered = textEnd - 1;
            }
            if (!datedBefore(doc, s, round.date())) out.addAll(instruments(doc, s, from, to, covered, dialogue, partyOf, cutOff));
        }
        doc.set(Keys.COMMITMENTS, new Found(withoutRepeats(out), next));
    }

    /**
     * A lede that says in short what the body says again ("would look to extend cooperation over the next twelve
     * months" and the same words with the areas after them): one commitment, the longer.
     */
    private static List<Commitment> withoutRepeats(List<Commitment> found) {
        if (found.size() < 2) return found;
        String[] texts = new String[found.size()];
        for (int i = 0; i < texts.length; i++) texts[i] = found.get(i).text().toLowerCase(java.util.Locale.ROOT);
        List<Commitment> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean repeated = false;
            for (int j = 0; j < texts.length && !repeated; j++) {
                repeated = j != i && texts[j].startsWith(texts[i]) && (texts[j].length() > texts[i].length() || j < i);
            }
            if (!repeated) out.add(found.get(i));
        }
        return out;
    }

    /**
     * The actions a list after "agreed to:" gives, one a line: "• Strengthen the platform through ...;". The list
     * ends at the first line that is not an item opening with a verb.
     */
    private List<Commitment> bulleted(Doc doc, int from, List<String> actors, String trigger, String strength) {
        Tokens t = doc.tokens();
        String text = doc.text();
        List<Commitment> out = new ArrayList<>();
        for (Line line : linesAfter(doc, from)) {
            int verb = t.indexAt(line.start());
            while (verb < t.size() && t.start(verb) < line.end() && (!t.isWord(verb) || isBulletLetter(t, verb))) verb++;
            boolean item = verb < t.size() && t.start(verb) < line.end() && t.start(verb) > line.start()
                    && t.isCapitalized(verb) && k.actionVerbs.contains(t.lower(verb));
            if (!item) break;
            int lineTokens = t.indexAt(line.end());
            int end = clauseEnd(t, verb, lineTokens);
            Span whole = new Span(line.start(), line.end(), null, null);
            // the body's last item, stopped without its stop: the excerpt cut it
            boolean cutOff = line.end() >= doc.bodyEnd() && isCutOff(doc, whole);
            for (int[] part : actions(t, verb, end)) {
                int cs = t.start(part[0]);
                int ce = t.end(part[1] - 1);
                String action = text.substring(cs, ce);
                action = Character.toLowerCase(action.charAt(0)) + action.substring(1);
                out.add(new Commitment(actors, action, trigger, strength, due(action), place(doc, cs, ce),
                        doc.evidence(whole, cs, ce), cutOff));
            }
        }
        return out;
    }

    /**
     * The colon that ends the clause after a trigger and opens a list: at once ("agreed to:"), or after "the
     * following ..." at the end of its line; -1 where the clause opens none.
     */
    private static int listColon(Tokens t, int after, int to) {
        if (t.lower(after).equals(":")) return after;
        int end = Math.min(to, t.size());
        int colon = -1;
        for (int i = after; i < end; i++) if (t.lower(i).equals(":")) colon = i;
        if (colon < 0 || colon + 1 < end && t.isWord(colon + 1) && t.joinedOnLine(colon)) return -1;
        for (int i = after; i < colon; i++) if (t.lower(i).equals("following")) return colon - after <= 10 ? colon : -1;
        return -1;
    }

    /** "o Strengthen ...": a lone "o" is a bullet, as some pages set their lists. */
    private static boolean isBulletLetter(Tokens t, int i) {
        return t.lower(i).equals("o") && i + 1 < t.size() && t.isCapitalized(i + 1);
    }

    /** The trigger phrases of a sentence in order, with those whose verb and "to" are parted by a short phrase. */
    private List<PhraseMatcher.Match> triggers(Tokens t, int from, int to) {
        List<PhraseMatcher.Match> found = new ArrayList<>(k.triggers.find(t, from, to));
        Set<String> verbs = k.commitmentCues.get("gap-verbs");
        Set<String> gap = k.commitmentCues.get("gap-words");
        for (int i = from; i < to; i++) {
            if (!verbs.contains(t.lower(i))) continue;
            int j = i + 1;
            while (j < to && j - i <= 3 && gap.contains(t.lower(j))) j++;
            if (j == i + 1 || j - i > 3 || j >= to || !t.lower(j).equals("to")) continue;
            found.add(new PhraseMatcher.Match(i, j, t.start(i), t.end(j), "firm"));
        }
        found.addAll(ownedNouns(t, from, to));
        found.addAll(directives(t, from, to));
        found.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::firstToken));
        return found;
    }

    /** An action opening, after its adverbs ("keenly"), with a soft trigger other than "continue" ("look forward to"). */
    private boolean softOpening(Tokens t, int from, int to) {
        int i = from;
        while (i + 1 < to && t.lower(i).endsWith("ly")) i++;
        PhraseMatcher.Match soft = k.triggers.longestAt(t, i, to);
        return soft != null && "soft".equals(soft.value()) && !k.commitmentCues.get("continuing").contains(t.lower(i));
    }

    /** "It was agreed to", "agreement was reached to": a passive with no one named, said of the round. */
    private static boolean impersonal(Tokens t, int from, PhraseMatcher.Match m) {
        for (int i = m.firstToken(); i <= m.lastToken(); i++) if (t.lower(i).equals("was")) return true;
        return m.firstToken() - 1 >= from && (t.lower(m.firstToken() - 1).equals("was") || t.lower(m.firstToken() - 1).equals("been"));
    }

    /** "The meeting (also) agreed to": the round itself as the subject. */
    private static boolean byTheMeeting(Tokens t, int from, int trigger) {
        int i = trigger - 1;
        if (i >= from && t.lower(i).endsWith("ly") || i >= from && t.lower(i).equals("also")) i--;
        return i - 1 >= from && NEXT_ROUND_WORDS.contains(t.lower(i)) && t.lower(i - 1).equals("the");
    }

    /** A gerund at {@code i}, or after adverbs ("further developing", "jointly building"). */
    private static boolean gerundAt(Tokens t, int i, int to) {
        while (i + 1 < to && (t.lower(i).endsWith("ly") || t.lower(i).equals("further"))) i++;
        return i < to && t.lower(i).endsWith("ing") && t.lower(i).length() > 4;
    }

    /** "The ministers instructed their departments to proceed with ...": what the parties' officials are to do. */
    private List<PhraseMatcher.Match> directives(Tokens t, int from, int to) {
        List<PhraseMatcher.Match> out = new ArrayList<>();
        for (int i = from; i + 2 < to; i++) {
            if (!directiveVerbs.contains(t.lower(i))) continue;
            int j = i + 1;
            while (j < to && j - i <= 4 && directiveObjects.contains(t.lower(j))) j++;
            // "tasked their experts with preparing a roadmap"
            if (j == i + 1 || j >= to || !(t.lower(j).equals("to") || t.lower(j).equals("with"))) continue;
            out.add(new PhraseMatcher.Match(i, j, t.start(i), t.end(j), "firm"));
        }
        return out;
    }

    private static boolean ownedByAll(Tokens t, PhraseMatcher.Match m) {
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            String w = t.lower(i);
            if (ALL_OWNERS.contains(w)) return true;
        }
        return false;
    }

    /** "marked the commitment of both countries to strengthen ...": the owners stand between the noun and "to". */
    private List<PhraseMatcher.Match> ownedNouns(Tokens t, int from, int to) {
        List<PhraseMatcher.Match> out = new ArrayList<>();
        for (int i = from; i + 3 < to; i++) {
            if (!t.lower(i + 1).equals("of")) continue;
            String w = t.lower(i);
            boolean firm = nounsFirm.contains(w);
            if (!firm && !nounsSoft.contains(w)) continue;
            int j = i + 2;
            while (j < to && j - i <= 5 && owners.contains(t.lower(j))) j++;
            if (j == i + 2 || j >= to || !t.lower(j).equals("to")) continue;
            out.add(new PhraseMatcher.Match(i, j, t.start(i), t.end(j), firm ? "firm" : "soft"));
        }
        return out;
    }

    /** The last sentence of the body, which the end of an excerpt may cut. */
    private static Span lastSentence(Doc doc) {
        Span last = null;
        for (Span s : doc.layer(Labels.SENTENCE)) if (doc.inBody(s)) last = s;
        return last;
    }

    /** A sentence that stops without its full stop: the text was cut there. */
    private static boolean isCutOff(Doc doc, Span s) {
        String text = doc.cover(s).strip();
        if (text.isEmpty()) return false;
        char c = text.charAt(text.length() - 1);
        return !(c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == ')' || c == ':' || c == ';');
    }

    private static boolean anyOf(Tokens t, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < to; i++) if (words.contains(t.lower(i))) return true;
        return false;
    }

    /**
     * The verb that says they stressed (agreed, noted) the importance or the need at {@code at}: within four words
     * before it, before an aside set off by commas ("emphasized, on Monday in Rabat, the need to"), or before an
     * earlier importance that "and" joins this one to ("noted the importance of X, and the need to").
     */
    private boolean importanceVerbBefore(Tokens t, int from, int at) {
        Set<String> verbs = k.commitmentCues.get("importance");
        if (anyOf(t, Math.max(from, at - 4), at, verbs)) return true;
        int p = at - 1;
        if (p >= from && t.lower(p).equals("the")) p--;
        if (p < from) return false;
        if (t.lower(p).equals(",")) {
            for (int c = p - 1; c >= Math.max(from, p - ASIDE_WORDS); c--) {
                if (t.lower(c).equals(",")) return anyOf(t, Math.max(from, c - 4), c, verbs);
            }
        }
        if (t.lower(p).equals("and")) {
            for (int c = p - 1; c >= from; c--) if (NEED_NOUNS.contains(t.lower(c))) return importanceVerbBefore(t, from, c);
        }
        return false;
    }

    /** The longest aside between commas that stands between a verb and its object. */
    private static final int ASIDE_WORDS = 8;

    private static boolean isImportance(PhraseMatcher.Match m, Tokens t) {
        return NEED_NOUNS.contains(t.lower(m.firstToken()));
    }

    private static boolean isCommitmentWord(String trigger) {
        return COMMITMENT_WORDS.contains(trigger);
    }

    /** "practical cooperation", "regular dialogue": up to three words before a practice, no determiner. */
    private boolean practiceFollows(Tokens t, int after, int to) {
        if (DETERMINERS.contains(t.lower(after))) return false;
        for (int i = after; i < Math.min(to, after + 3); i++) {
            if (!t.isWord(i)) return false;
            if (k.commitmentCues.get("practice").contains(t.lower(i))) return true;
        }
        return false;
    }

    /**
     * The distinct actions of one undertaking, as token ranges: "expand trade and open a consulate" is two,
     * "cooperate on energy, health and education" is one. A list is split where a known verb follows "and" or
     * a comma, and only after an action of two words or more.
     */
    private List<int[]> actions(Tokens t, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        int partStart = start;
        for (int i = start + 2; i < end - 1; i++) {
            String w = t.lower(i);
            if (!(w.equals("and") || w.equals(","))) continue;
            int verb = i + 1;
            if (w.equals(",") && verb < end && t.lower(verb).equals("and")) verb++;
            // "agreed to X, as well as to Y", "to X and to Y": a second infinitive is a second action, unless the
            // first action already has one ("provide funds to train X and to equip Y": the purposes of one act)
            if (w.equals(",") && verb + 2 < end && t.lower(verb).equals("as") && t.lower(verb + 1).equals("well")
                    && t.lower(verb + 2).equals("as")) verb += 3;
            // after a bare comma only where "and" opened an aside: "send volunteers and, for the first time, to open ..."
            int aside = w.equals(",") ? asideAfterAnd(t, partStart, i) : -1;
            if (verb > i + 1 || w.equals("and") || aside >= 0) {
                if (verb < end - 1 && t.lower(verb).equals("to")) {
                    if (infinitiveIn(t, partStart + 1, i) && !w.equals(",")) continue;
                    verb++;
                }
            }
            if (verb >= end - 1 || !k.actionVerbs.contains(t.lower(verb))) continue;
            // "take measures to safeguard their interests and promote peace", "in order to develop relations, consult on
            // issues, and ensure ...": the verbs go on the purpose's infinitive
            if (verb == i + 1 && (w.equals("and") || w.equals(",")) && infinitiveIn(t, partStart + 1, i)) continue;
            // "a stable, secure, and prosperous region": a word that takes no object is an adjective in a list
            if (t.lower(verb + 1).equals(",") || t.lower(verb + 1).equals("and")) continue;
            // "promoting a free and open Indo-Pacific": "open" is the second adjective of one thing
            if (w.equals("and") && LIST_ADJECTIVES.contains(t.lower(i - 1))) continue;
            // "extend and deepen cooperation": two verbs of one object are one action
            if (k.actionVerbs.contains(t.lower(i - 1))) continue;
            if (words(t, partStart, i) < 2) continue;
            parts.add(new int[] {partStart, trimEnd(t, partStart, aside >= 0 && t.lower(verb - 1).equals("to") ? aside : i)});
            partStart = verb;
            i = verb;
        }
        parts.add(new int[] {partStart, end});
        return parts;
    }

    /** The "and" that opens the aside a comma closes ("and, for the first time,"), or -1. */
    private static int asideAfterAnd(Tokens t, int from, int comma) {
        for (int j = comma - 1; j > from; j--) if (t.lower(j).equals(",")) return t.lower(j - 1).equals("and") ? j - 1 : -1;
        return -1;
    }

    /** "to develop", "to further develop": an infinitive, its adverb skipped, between {@code from} and {@code to}. */
    private boolean infinitiveIn(Tokens t, int from, int to) {
        Set<String> adverbs = k.commitmentCues.get("gap-words");
        for (int i = from; i + 1 < to; i++) {
            if (!t.lower(i).equals("to")) continue;
            int v = i + 1;
            if (v + 1 < to && adverbs.contains(t.lower(v))) v++;
            if (k.actionVerbs.contains(t.lower(v))) return true;
        }
        return false;
    }

    /** "support each other's candidacies", "support Ukraine's sovereignty": the guideline's support that binds to nothing. */
    private boolean supportOnly(Tokens t, int from, int to) {
        if (!t.lower(from).equals("support")) return false;
        for (int i = from + 1; i < Math.min(to, from + 8); i++) {
            if (supportedNotDone.contains(t.lower(i))) return true;
        }
        return false;
    }

    private static int words(Tokens t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (t.isWord(i)) n++;
        return n;
    }

    private static int trimEnd(Tokens t, int from, int end) {
        while (end > from + 1 && !t.isWord(end - 1) && !t.lower(end - 1).equals(")")) end--;
        return end;
    }

    /**
     * "signed a memorandum of cooperation on sharing biometric data": an instrument signed or adopted at the
     * round, whose content the sentence states, commits the parties to what it provides for. One whose content
     * is not stated adds nothing (it is a reference).
     */
    private List<Commitment> instruments(Doc doc, Span s, int from, int to, int covered, DialogueInfo dialogue,
                                         String[] partyOf, boolean cutOff) {
        Tokens t = doc.tokens();
        List<Commitment> out = new ArrayList<>();
        int signing = -1;
        Set<String> signingWords = k.commitmentCues.get("signing");
        for (int i = Math.max(from, covered + 1); i < to; i++) {
            if (signingWords.contains(t.lower(i))) {
                signing = i;
                break;
            }
        }
        if (signing < 0) return out;
        Set<String> actors = new TreeSet<>(Actors.in(doc, Math.max(from, signing - Actors.SUBJECT_WINDOW), signing,
                dialogue.parties(), partyOf));
        if (actors.isEmpty()) actors.addAll(dialogue.parties());
        if (actors.isEmpty()) return out;
        String signed = doc.text().substring(t.start(signing), t.end(signing));
        // "The following documents were signed:" and the instruments one a line
        int colon = lineEndingColon(t, signing + 1, to);
        if (colon >= 0) return listedInstruments(doc, t.end(colon), List.copyOf(actors), signed);
        // "the signing of a memorandum ... in the field of standardization, a memorandum on infrastructure, the
        // executive program for educational cooperation": each instrument whose content is stated, up to the next
        int j = signing + 1;
        while (j < to) {
            int instrumentEnd = instrumentAt(t, j, to);
            if (instrumentEnd < 0) {
                j++;
                continue;
            }
            int content = provides(t, instrumentEnd, to);
            int next = nextInstrument(t, instrumentEnd, to);
            if (content < 0 || content >= next || startsDate(doc, content)) {
                j = instrumentEnd;
                continue;
            }
            int end = Math.min(clauseEnd(t, content, to), next);
            // ", and an executive program ...": the next instrument's words before its head are not this one's
            if (end == next) {
                for (int b = next - 1; b > content && b >= next - 4; b--) {
                    if (t.lower(b).equals(",") || t.lower(b).equals("and")) {
                        end = b;
                        break;
                    }
                }
            }
            while (end > content && (!t.isWord(end - 1) || DETERMINERS.contains(t.lower(end - 1))
                    || t.lower(end - 1).equals("and"))) end--;
            if (end > content) {
                int cs = t.start(j);
                int ce = t.end(end - 1);
                out.add(new Commitment(List.copyOf(actors), doc.text().substring(cs, ce), signed, "firm",
                        due(doc.text().substring(t.start(content), ce)), place(doc, t.start(content), ce),
                        doc.evidence(s, t.start(signing), ce), cutOff));
            }
            j = Math.max(end, instrumentEnd);
        }
        return out;
    }

    /**
     * "when the Heads of State signed the Treaty ... in December 2022": a sentence dated before the round tells of
     * an earlier event, whose instruments were not signed at this one.
     */
    private static boolean datedBefore(Doc doc, Span s, String roundDate) {
        if (roundDate == null) return false;
        for (Span d : doc.within(Labels.DATE, s)) {
            int n = Math.min(d.value().length(), roundDate.length());
            if (d.value().substring(0, n).compareTo(roundDate.substring(0, n)) < 0) return true;
        }
        return false;
    }

    /**
     * "The two countries continue to work together": the present-tense "continue to" undertakes where the parties
     * go on doing something; not after a modal ("would continue to": the modal's), not after "to" ("urged both
     * countries to continue to"), not where a thing goes on ("the partnership continues to grow").
     */
    private boolean continuesAsParties(Tokens t, int from, int trigger) {
        if (trigger - 1 < from) return true;
        String before = t.lower(trigger - 1);
        if (MODALS.contains(before) || before.equals("to")) return false;
        // the subject may stand before a relative clause: "the Agreement, which entered into force in 2015, continues"
        return !anyOf(t, Math.max(from, trigger - CONTINUING_SUBJECT), trigger, THING_SUBJECTS);
    }

    /** How far before "continue to" its subject is looked for: a noun phrase with a relative clause. */
    private static final int CONTINUING_SUBJECT = 20;

    /**
     * A trigger opening a relative clause whose antecedent is a thing ("actions that seek to", "efforts which aim
     * to"): the clause says what the thing does. A party or a word for the parties before "that" still undertakes.
     */
    private boolean ofAThing(Tokens t, int from, int trigger) {
        int rel = trigger - 1;
        if (rel - 1 < from || !(t.lower(rel).equals("that") || t.lower(rel).equals("which"))) return false;
        String noun = t.lower(rel - 1);
        return t.isWord(rel - 1) && !t.isCapitalized(rel - 1)
                && !Knowledge.get().delegationWords.get("all-parties").contains(noun) && !REPORTING.contains(noun);
    }

    /** The lines of the body after the one {@code from} is on, blank ones left out: a list's items, one a line. */
    /** A line of the text: where it starts and ends (before its line break). */
    private record Line(int start, int end) {}

    private static List<Line> linesAfter(Doc doc, int from) {
        String text = doc.text();
        List<Line> lines = new ArrayList<>();
        int lineStart = text.indexOf('\n', from);
        while (lineStart >= 0 && lineStart < doc.bodyEnd()) {
            lineStart++;
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (!text.substring(lineStart, lineEnd).isBlank()) lines.add(new Line(lineStart, lineEnd));
            lineStart = lineEnd < text.length() ? lineEnd : -1;
        }
        return lines;
    }

    /** A colon that ends its line ("... were signed:"), opening a list; -1 where there is none. */
    private static int lineEndingColon(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) if (t.lower(i).equals(":") && !t.joinedOnLine(i)) return i;
        return -1;
    }

    /**
     * The instruments a list after "were signed:" gives, one a line ("2. Agreement on the mutual protection of
     * investments"): each whose content its line states commits the signatories to it. The list ends at the
     * first line that names no instrument near its start.
     */
    private List<Commitment> listedInstruments(Doc doc, int from, List<String> actors, String trigger) {
        Tokens t = doc.tokens();
        String text = doc.text();
        List<Commitment> out = new ArrayList<>();
        for (Line line : linesAfter(doc, from)) {
            int first = t.indexAt(line.start());
            int last = t.indexAt(line.end());
            // the item's number or bullet: "1-", "(b)", "•"
            while (first < last && (!t.isWord(first) || Character.isDigit(t.word(first).charAt(0))
                    || t.word(first).length() == 1 && first + 1 < last && !t.isWord(first + 1))) first++;
            int head = -1;
            for (int i = first; i < Math.min(last, first + 6) && head < 0; i++) if (instrumentAt(t, i, last) >= 0) head = i;
            if (head < 0) break;
            int content = provides(t, instrumentAt(t, head, last), last);
            if (content >= 0 && !startsDate(doc, content)) {
                int end = clauseEnd(t, first, last);
                int cs = t.start(first);
                int ce = t.end(end - 1);
                out.add(new Commitment(actors, text.substring(cs, ce), trigger, "firm", due(text.substring(cs, ce)),
                        place(doc, cs, ce), doc.evidence(new Span(line.start(), line.end(), null, null), cs, ce), false));
            }
        }
        return out;
    }

    /** The next instrument's head after {@code from}, or {@code to}. */
    private int nextInstrument(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) if (instrumentAt(t, i, to) >= 0 && !t.lower(i - 1).equals("of")) return i;
        return to;
    }

    /** The token after an instrument's head word at {@code j} ("memorandum", "action plan"), or -1. */
    private int instrumentAt(Tokens t, int j, int to) {
        if (j >= to) return -1;
        for (String[] words : instruments.getOrDefault(t.lower(j), List.of())) {
            int i = j;
            boolean match = true;
            for (String w : words) {
                if (i >= to || !t.lower(i).equals(w)) {
                    match = false;
                    break;
                }
                i++;
            }
            if (match) return i;
        }
        return -1;
    }

    /**
     * Where what an instrument provides for begins: after "on", "for", "to", "so that", ... within a few words
     * of its name ("Memorandum of Understanding on ..."); -1 when the sentence does not say.
     */
    private int provides(Tokens t, int from, int to) {
        for (int i = from; i < Math.min(to, from + 12); i++) {
            String w = t.lower(i);
            if (w.equals(",") || w.equals(";") || w.equals(".")) return -1;
            // "in the field of infrastructure", "in the area of"
            if (w.equals("in") && i + 3 < to && t.lower(i + 1).equals("the") && k.commitmentCues.get("fields").contains(t.lower(i + 2))
                    && t.lower(i + 3).equals("of")) return i + 4 < to && t.isWord(i + 4) ? i + 4 : -1;
            // the instrument's own name: "of Understanding", "of Cooperation"
            if (w.equals("of") && i + 1 < to && t.isCapitalized(i + 1)) {
                i++;
                continue;
            }
            if (!k.commitmentCues.get("provides").contains(w)) continue;
            int c = i + 1;
            if ((w.equals("so") || w.equals("aimed") || w.equals("meant")) && c < to
                    && (t.lower(c).equals("that") || t.lower(c).equals("at") || t.lower(c).equals("to"))) c++;
            return c < to && t.isWord(c) ? c : -1;
        }
        return -1;
    }

    /** "signed an agreement on Monday": a date, not what the agreement is about. */
    private static boolean startsDate(Doc doc, int token) {
        if (doc.covered(Labels.DATE, doc.tokens().start(token))) return true;
        String w = doc.tokens().lower(token);
        return w.endsWith("day") && Character.isUpperCase(doc.tokens().word(token).charAt(0));
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
            // "agreed the relationship will be strengthened and that they were committed to ...": a second "that";
            // "will widen their relationship ... and will intensify ...": a second modal, a second undertaking
            if (w.equals("and") && e + 1 < to && (t.lower(e + 1).equals("that") || e > from && MODALS.contains(t.lower(e + 1)))) break;
            if (w.equals(",") && e + 2 < to && t.lower(e + 1).equals("and") && k.acts.longestAt(t, e + 2, to) != null
                    && t.lower(e + 2).endsWith("ed")) break;
            e++;
        }
        while (e > from && !t.isWord(e - 1) && !t.lower(e - 1).equals(")")) e--;
        return withoutAttribution(t, from, e);
    }

    /** "..., and generate jobs, the Foreign Office said": who said it is not part of what was undertaken. */
    private int withoutAttribution(Tokens t, int from, int e) {
        // "..., the Foreign Ministry said on Monday": the time of the saying goes with it
        int said = e;
        while (said - 1 > from && k.commitmentCues.get("attribution-times").contains(t.lower(said - 1))) said--;
        if (said - 1 <= from || !k.commitmentCues.get("reporting").contains(t.lower(said - 1))) return e;
        for (int c = said - 2; c > from && said - c <= 14; c--) {
            if (t.lower(c).equals(",")) {
                int z = c;
                while (z > from && !t.isWord(z - 1)) z--;
                return z;
            }
        }
        return e;
    }

    /** After "intention to", "commitment to": a verb ("convene", "fully implement"), not a noun or adjective. */
    private static boolean verbLike(String w) {
        if (DETERMINERS.contains(w)) return false;
        if (VERBS_DESPITE_ENDING.contains(w)) return true;
        for (String suffix : NOT_VERB_ENDINGS) if (w.endsWith(suffix)) return false;
        return true;
    }

    private static boolean isScheduledEvent(Tokens t, int subjectFrom, int trigger, int after, int to) {
        boolean event = false;
        for (int i = subjectFrom; i < trigger; i++) {
            String w = t.lower(i);
            if (NEXT_ROUND_WORDS.contains(w) || EVENTS.contains(w)) event = true;
        }
        if (!event) return false;
        String verb = t.lower(after);
        if (verb.equals("be") && after + 1 < to) {
            return EVENT_PARTICIPLES.contains(t.lower(after + 1));
        }
        return EVENT_VERBS.contains(verb);
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
        return nextRoundAt(t, from, to, dialogue, ordinal) >= 0;
    }

    /** Where the words that name the next round start ("next", "fourth", the dialogue that "reconvenes"), or -1. */
    private static int nextRoundAt(Tokens t, int from, int to, DialogueInfo dialogue, Integer ordinal) {
        for (int i = from; i < to; i++) {
            String w = t.lower(i);
            if (RECONVENE_VERBS.contains(w) && i - 1 >= from && (namedIn(dialogue, t.lower(i - 1))
                    || dialogue.acronym() != null && t.word(i - 1).equals(dialogue.acronym()))) return i - 1;
            // "agreed to meet again in Almaty": the parties meeting again is the next round, a working group's not
            if (MEETING_VERBS.contains(w) && i + 1 < to && t.lower(i + 1).equals("again") && !anyOf(t, from, i, SUB_BODIES)) return i;
            Integer n = Ordinals.of(w);
            // "the following meeting", not "following the fourth Ministerial" (after it)
            boolean next = w.equals("next") || (w.equals("following") && i > 0 && t.lower(i - 1).equals("the"))
                    // "the first meeting" of a dialogue that replaces this one; not when this round is itself the first
                    || (n != null && ((n == 1 && !Integer.valueOf(1).equals(ordinal)) || (ordinal != null && n == ordinal + 1)));
            if (!next) continue;
            boolean round = false;
            for (int j = i + 1, words = 0; j < to && words < 7; j++) {
                if (t.isWord(j)) words++;
                String x = t.lower(j);
                // "the next meeting of the Commission's working groups"; but a working group's own next meeting, when
                // the dialogue is that working group, is its next round
                if (SUB_BODIES.contains(x) && !namedIn(dialogue, x)) {
                    round = false;
                    break;
                }
                if (NEXT_ROUND_WORDS.contains(x) || (dialogue.acronym() != null && t.word(j).equals(dialogue.acronym()))) round = true;
                if (words == 1 && MEETING_VERBS.contains(x)) round = true; // "will next meet"
            }
            if (round) return i;
        }
        return -1;
    }

    private static boolean namedIn(DialogueInfo dialogue, String word) {
        return dialogue.name() != null && Words.containsWords(dialogue.name().toLowerCase(java.util.Locale.ROOT), word);
    }

    /** "next year", "later this year", "in August this year": the year (and month) counted from the round's. */
    private static String relativeYear(String text, String roundDate) {
        if (roundDate == null) return null;
        int year = Integer.parseInt(roundDate.substring(0, 4));
        Matcher m = MONTH_RELATIVE.matcher(text);
        if (m.find()) {
            Integer month = Knowledge.get().months.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            int y = m.group(2).equals("next") ? year + 1 : year;
            if (month != null) return String.format("%d-%02d", y, month);
        }
        if (text.contains("next year")) return String.valueOf(year + 1);
        if (text.contains("this year")) return String.valueOf(year);
        return null;
    }

    /** The year an undertaking is due, with its month where the text names one before the year ("in April 2018"). */
    static String due(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            Integer month = m.group(1) == null ? null : Knowledge.get().months.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            return month == null ? m.group(2) : String.format("%s-%02d", m.group(2), month);
        }
        m = ANY_YEAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Where the next round meets when the text names no known city: "in Kazakhstan's Burabay" (the place a country's
     * possessive names) or "will be held in China" (the country).
     */
    private static String nextPlace(Doc doc, int from, int to) {
        Tokens t = doc.tokens();
        for (Span c : doc.within(Labels.COUNTRY, new Span(t.start(from), t.end(to - 1), Labels.SENTENCE, null))) {
            int i = t.indexAt(c.start());
            if (i - 1 < from || !t.lower(i - 1).equals("in")) continue;
            int after = t.indexAt(c.end());
            if (after + 2 < to && t.lower(after).equals("'") && t.lower(after + 1).equals("s") && t.isCapitalized(after + 2)) {
                int e = after + 2;
                while (e + 1 < to && t.isWord(e + 1) && t.isCapitalized(e + 1) && t.joinedOnLine(e)) e++;
                return doc.text().substring(t.start(after + 2), t.end(e));
            }
            return doc.cover(c);
        }
        return null;
    }

    private static String place(Doc doc, int start, int end) {
        for (Span c : doc.layer(Labels.CITY)) {
            if (c.start() >= start && c.end() <= end) return RoundTagger.cityName(doc.cover(c));
        }
        return null;
    }
}
