package org.communique.reader;

import org.communique.model.Dialogue;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;

import java.util.ArrayList;
import java.util.List;

/** The last stage: turns the doc's layers and results into the round record. */
final class RecordBuilder {
    private RecordBuilder() {}

    static RoundRecord build(Doc doc, String sha256, String mediaType, String pageTitle, String siteName) {
        DialogueInfo d = doc.get(DialogueInfo.class);
        RoundInfo r = doc.get(RoundInfo.class);
        List<Participant> participants = new ArrayList<>();
        for (Person p : doc.get(People.class).all) {
            List<Evidence> evidence = new ArrayList<>();
            for (Span m : p.mentions) evidence.add(Evidence.of(doc.text(), m.start(), m.end()));
            participants.add(new Participant(p.name, p.title, p.party, p.role, evidence));
        }
        List<TopicFound> topics = new ArrayList<>();
        for (TopicTagger.Found f : doc.get(TopicTagger.FoundTopics.class).all()) {
            List<Evidence> evidence = new ArrayList<>();
            for (Span s : f.sentences()) evidence.add(Evidence.of(doc.text(), s.start(), s.end()));
            topics.add(new TopicFound(f.topic().code(), f.topic().label(), f.topic().track(), evidence));
        }
        CommitmentTagger.Found c = doc.get(CommitmentTagger.Found.class);
        String publisher = siteName != null ? siteName : doc.fact(Labels.PUBLISHER);
        String title = pageTitle != null ? pageTitle : doc.fact(Labels.TITLE_LINE);
        Source source = new Source(sha256, mediaType, publisher, title, doc.fact(Labels.PUBLISHED), doc.bodyStart(), doc.bodyEnd());
        if (d.name() == null) doc.warn("no dialogue name found");
        if (r.date() == null) doc.warn("no meeting date found");
        return new RoundRecord(source, new Dialogue(d.name(), d.acronym(), d.parties()),
                new Round(r.ordinal(), r.date(), r.place(), r.host()), participants, topics,
                doc.get(ActTagger.Found.class).acts(), c.commitments(), c.next(),
                doc.get(ReferenceTagger.Found.class).references(), doc.warnings());
    }
}
