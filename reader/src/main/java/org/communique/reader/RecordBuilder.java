package org.communique.reader;

import org.communique.model.Dialogue;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TextSpan;
import org.communique.model.TopicFound;

import java.util.ArrayList;
import java.util.List;

/** The last stage: turns the doc's layers and results into the round record. */
final class RecordBuilder {
    private RecordBuilder() {}

    /** A stage that failed left no result: the record says nothing there rather than failing whole. */
    private static <T> T or(T value, T empty) {
        return value != null ? value : empty;
    }

    static RoundRecord build(Doc doc, String sha256, String mediaType, String pageTitle, String siteName) {
        DialogueInfo d = or(doc.get(Keys.DIALOGUE), new DialogueInfo(null, null, List.of(), List.of()));
        RoundInfo r = or(doc.get(Keys.ROUND), new RoundInfo(null, null, null, null, null, null));
        List<Participant> participants = new ArrayList<>();
        // without delegations (a stage failed) the people are still named, with no party
        People people = or(doc.get(Keys.DELEGATIONS), or(doc.get(Keys.PEOPLE), new People()));
        for (Person p : people.all) {
            Participant.Role role = p.role == null ? Participant.Role.MENTIONED : p.role;
            List<Evidence> evidence = new ArrayList<>();
            for (Span m : p.mentions) evidence.add(Evidence.of(doc.text(), m.start(), m.end()));
            participants.add(new Participant(p.name(), p.title, p.party, role, evidence));
        }
        List<TopicFound> topics = new ArrayList<>();
        for (TopicTagger.Found f : or(doc.get(Keys.TOPICS), new TopicTagger.FoundTopics(List.of())).all()) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < f.sentences().size(); i++) {
                evidence.add(doc.evidence(f.sentences().get(i), f.firstAt().get(i), f.firstAt().get(i)));
            }
            topics.add(new TopicFound(f.topic().code(), f.label(), f.topic().track(), evidence));
        }
        CommitmentTagger.Found c = or(doc.get(Keys.COMMITMENTS), new CommitmentTagger.Found(List.of(), null));
        String publisher = siteName != null ? siteName : doc.get(Keys.PUBLISHER);
        String title = pageTitle != null ? pageTitle : doc.get(Keys.HEADLINE);
        Source source = new Source(sha256, mediaType, publisher, title, doc.get(Keys.PUBLISHED), doc.bodyStart(), doc.bodyEnd(),
                bodySentences(doc));
        if (d.name() == null) doc.warn("no dialogue name found");
        if (r.date() == null) doc.warn("no meeting date found");
        return new RoundRecord(source, new Dialogue(d.name(), d.acronym(), d.parties()),
                new Round(r.ordinal(), r.date(), r.place(), r.host()), participants, topics,
                or(doc.get(Keys.ACTS), new ActTagger.Found(List.of())).acts(), c.commitments(), c.next(),
                or(doc.get(Keys.REFERENCES), new ReferenceTagger.Found(List.of())).references(), doc.warnings());
    }

    /**
     * The sentences the stages read by, those in the body (cut at its edges), so that whoever shows or quotes the stored
     * statement cuts it where the reader did and never splits it again.
     */
    private static List<TextSpan> bodySentences(Doc doc) {
        String t = doc.text();
        List<TextSpan> out = new ArrayList<>();
        for (Span s : doc.layer(Labels.SENTENCE)) {
            int start = Math.max(s.start(), doc.bodyStart());
            int end = Math.min(s.end(), doc.bodyEnd());
            while (start < end && Character.isWhitespace(t.charAt(start))) start++;
            while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
            if (start < end) out.add(new TextSpan(start, end));
        }
        return out;
    }
}
