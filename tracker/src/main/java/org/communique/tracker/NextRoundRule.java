package org.communique.tracker;

import org.communique.model.PartialDate;
import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Confidence;
import org.communique.store.Proposal;
import org.communique.store.StatementText;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Rule (a): a plan to hold the next round in a place and year is fulfilled by a later round of the
 * same series held there and then. A round of another series, or one held elsewhere or in another
 * year, fulfils nothing.
 */
final class NextRoundRule extends FollowThroughRule {
    static final String NAME = "next-round";

    private static final Pattern MEETING = Pattern.compile(
            "\\b(meet|meets|meeting|convene|reconvene|hold|held|host|take place|takes place|next round|next session)\\b");
    /** Other events that meet too, and new mechanisms: their meetings are not the next round. */
    private static final Pattern OTHER = Pattern.compile("\\b(working groups?|forum|conference|summit|exercises?|visit|"
            + "business|expo|exhibition|festival|delegation|inaugural|launch|establish|set up|first time|trade mission)\\b");
    private static final Pattern ROUND = Pattern.compile("\\b(round|session|dialogue|consultations|next|again)\\b");
    /** A clause whose subject was the dialogue itself: "(the next round) will take place in Abuja in 2023". */
    private static final Pattern ELIDED = Pattern.compile("^(take place|takes place|be held|meet|reconvene|convene)\\b");

    NextRoundRule() {
        super(NAME, Strength.FULFILS);
    }

    @Override
    boolean appliesTo(CommitmentRow c, Snapshot s) {
        return isPlan(c, s.round(c.roundId()));
    }

    /** The later rounds of the commitment's series; only the first that fits counts. */
    @Override
    List<TrackedRound> searches(CommitmentRow c, Snapshot s) {
        return s.laterInSeries(c.roundId());
    }

    /** The stored texts of the rounds found are read in one query, for the sentences quoted. */
    @Override
    List<Proposal> propose(List<CommitmentRow> followed, Snapshot s, CommitmentStore store) {
        List<Proposal> found = new ArrayList<>();
        for (CommitmentRow c : followed) firstFitting(c, s).ifPresent(found::add);
        Map<Long, StatementText> texts = new HashMap<>();
        for (StatementText t : store.statements(found.stream().map(Proposal::roundId).collect(Collectors.toSet()))) {
            texts.put(t.roundId(), t);
        }
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : found) {
            out.add(new Proposal(p.commitmentId(), p.rule(), p.roundId(), p.documentId(), p.seenOn(),
                    quote(texts.get(p.roundId()), s.round(p.roundId())), p.confidence(), p.explanation()));
        }
        return out;
    }

    /** Whether a commitment is the plan for the next round of its own dialogue. */
    static boolean isPlan(CommitmentRow c, TrackedRound madeAt) {
        if (c.place() == null && c.due() == null && madeAt.nextPlace() == null && madeAt.nextDue() == null) return false;
        String t = c.text().toLowerCase(Locale.ROOT).strip();
        if (!MEETING.matcher(t).find() || OTHER.matcher(t).find()) return false;
        String acronym = madeAt.acronym() == null ? null : madeAt.acronym().toLowerCase(Locale.ROOT);
        boolean aboutRound = ROUND.matcher(t).find() || ELIDED.matcher(t).find()
                || (acronym != null && Words.tokens(t).contains(acronym));
        boolean statedPlan = (c.place() != null && Words.samePlace(c.place(), madeAt.nextPlace()))
                || (c.place() == null && c.due() != null && c.due().equals(madeAt.nextDue()));
        return aboutRound || statedPlan;
    }

    /** The first later round of the series held where and when the plan said, as a proposal still without its quote. */
    private Optional<Proposal> firstFitting(CommitmentRow c, Snapshot s) {
        TrackedRound madeAt = s.round(c.roundId());
        String place = c.place() != null ? c.place() : madeAt.nextPlace();
        String due = c.due() != null ? c.due() : madeAt.nextDue();
        if (place == null && due == null) return Optional.empty();
        PartialDate planned = PartialDate.parse(due).orElse(null);
        List<TrackedRound> later = searches(c, s);
        for (int i = 0; i < later.size(); i++) {
            // past the planned time, or (without both a place and a time) past the very next round: nothing can fit
            if (i > 0 && (place == null || planned == null)) break;
            TrackedRound r = later.get(i);
            PartialDate met = PartialDate.parse(r.date()).orElse(null);
            if (planned != null && met != null && met.isAfter(planned.latest())) break;
            boolean placeOk = place == null || Words.samePlace(place, r.place());
            boolean timeOk = planned == null || (met != null && planned.contains(met.earliest()));
            if (!placeOk || !timeOk) continue;
            boolean next = i == 0;
            double confidence;
            if (place != null && planned != null) confidence = Confidence.HELD_AS_PLANNED;
            else if (!next) continue; // with only a place or only a year, just the very next round is taken
            else confidence = place != null ? Confidence.NEXT_IN_PLACE : Confidence.NEXT_IN_TIME;
            String series = s.seriesKey(r.id());
            String explanation = "the " + (next ? "next" : "a later") + " round of " + series + " met in "
                    + (r.place() == null ? "a place not stated" : r.place()) + " on " + r.date() + ", as planned ("
                    + (place == null ? "place not stated" : place) + ", " + (due == null ? "date not stated" : due) + ")";
            return Optional.of(new Proposal(c.id(), NAME, r.id(), r.documentId(), r.date(), null, confidence, explanation));
        }
        return Optional.empty();
    }

    private static final Pattern MET = Pattern.compile("(?i)\\b(held|met|hosted|convened|took place|welcomed|meeting)\\b");

    /**
     * The sentence of the later statement that says it met there that year (else the first that names the place), as
     * the reader split the statement.
     */
    static String quote(StatementText text, TrackedRound r) {
        if (text == null || r.place() == null) return null;
        List<String> placeWords = Words.tokens(r.place());
        Integer year = PartialDate.parse(r.date()).map(PartialDate::year).orElse(null);
        String first = null;
        for (String sentence : text.sentenceTexts()) {
            List<String> words = Words.tokens(sentence);
            if (placeWords.isEmpty() || !words.containsAll(placeWords) || words.size() < 6) continue;
            boolean dated = year == null || sentence.contains(String.valueOf(year));
            if (MET.matcher(sentence).find() && words.size() >= 8 && dated) return quoted(sentence);
            if (first == null) first = sentence;
        }
        return first == null ? null : quoted(first);
    }
}
