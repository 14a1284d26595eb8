package org.communique.web;

import org.communique.model.Act;
import org.communique.model.Commitment;
import org.communique.model.Document;
import org.communique.model.Participant;
import org.communique.model.Records;
import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.communique.store.CorrectionStore;
import org.communique.store.CorrectionStore.Correction;
import org.communique.store.CorrectionStore.CorrectedRound;
import org.communique.store.RecordIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One round as its page shows it and as the API gives it, corrections applied. */
final class RoundViews {
    private RoundViews() {}

    static Views.RoundPage page(Views.Page page, CorrectedRound cr, String seriesKey, Document doc,
                                Map<String, Long> peopleIds, Map<String, String[]> topicChoices, String notice) {
        RoundRecord r = cr.record();
        RoundRecord read = cr.read();
        Visitor v = page.visitor();
        List<StatementText.Fact> facts = new ArrayList<>();

        List<Views.ParticipantRow> participants = new ArrayList<>();
        for (int i = 0; i < r.participants().size(); i++) {
            Participant p = r.participants().get(i);
            Participant asRead = read.participants().get(i);
            Correction c = cr.correction("participant", p.name(), "title").orElse(null);
            String id = "p" + i;
            participants.add(new Views.ParticipantRow(id, p.name(), p.title(), asRead.title(), c, p.party(), p.role().code(),
                    peopleIds.get(RecordIndex.personKey(p.name())), Permissions.mayCorrect(v, read, "participant", p.name())));
            facts.add(new StatementText.Fact(id, "participant", p.name() + (p.title() == null ? "" : " — " + p.title())
                    + " (" + (p.party() == null ? "party not stated" : p.party()) + ", " + p.role().code() + ")", p.evidence()));
        }
        Map<String, List<Views.ParticipantRow>> byParty = new LinkedHashMap<>();
        for (String party : r.dialogue().parties()) byParty.put(party, new ArrayList<>());
        List<Views.ParticipantRow> mentioned = new ArrayList<>();
        for (Views.ParticipantRow p : participants) {
            if ("mentioned".equals(p.role())) mentioned.add(p);
            else byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p);
        }
        List<Views.Delegation> delegations = new ArrayList<>();
        byParty.forEach((party, people) -> {
            if (!people.isEmpty()) {
                people.sort((a, b) -> a.role().equals(b.role()) ? 0 : "head".equals(a.role()) ? -1 : "head".equals(b.role()) ? 1 : 0);
                delegations.add(new Views.Delegation(party, people));
            }
        });

        // topics: the corrected list; a removed topic is gone, a changed one keeps its evidence and its key as read
        List<Views.TopicRow> topics = new ArrayList<>();
        Map<String, List<Views.TopicRow>> byTrack = new LinkedHashMap<>();
        int ti = 0;
        for (TopicFound asRead : read.topics()) {
            Correction c = cr.correction("topic", asRead.code(), "topic").orElse(null);
            if (c != null && c.value().isEmpty()) continue;
            TopicFound t = asRead;
            if (c != null) {
                t = r.topics().stream().filter(x -> x.code().equals(c.value())).findFirst().orElse(asRead);
            }
            String id = "t" + ti++;
            Views.TopicRow row = new Views.TopicRow(id, t.code(), t.label(), t.track(), asRead.code(), c,
                    Permissions.mayCorrect(v, read, "topic", asRead.code()));
            topics.add(row);
            byTrack.computeIfAbsent(t.track() == null ? "other" : t.track(), k -> new ArrayList<>()).add(row);
            facts.add(new StatementText.Fact(id, "topic", "Topic: " + t.label() + " (" + t.track() + ")", asRead.evidence()));
        }
        List<Views.Track> tracks = new ArrayList<>();
        byTrack.forEach((track, list) -> tracks.add(new Views.Track(track, list)));

        // an act names its topics by code; people read the topic's label, in this statement's words where it has one
        Map<String, String> labels = new LinkedHashMap<>();
        topicChoices.forEach((code, lt) -> labels.put(code, lt[0]));
        for (TopicFound t : read.topics()) labels.put(t.code(), t.label());
        List<Views.ActRow> acts = new ArrayList<>();
        for (int i = 0; i < r.acts().size(); i++) {
            Act a = r.acts().get(i);
            String id = "a" + i;
            String actors = String.join(", ", a.actors());
            acts.add(new Views.ActRow(id, actors, a.verb(), a.kind(),
                    String.join(", ", a.topics().stream().map(code -> labels.getOrDefault(code, code)).toList()),
                    a.evidence() == null ? null : a.evidence().quote()));
            facts.add(new StatementText.Fact(id, "act", actors + " " + a.verb() + (a.kind() == null ? "" : " (" + a.kind() + ")"),
                    a.evidence() == null ? List.of() : List.of(a.evidence())));
        }
        List<Views.CommitmentRow> commitments = new ArrayList<>();
        for (int i = 0; i < r.commitments().size(); i++) {
            Commitment c = r.commitments().get(i);
            String id = "c" + i;
            String actors = String.join(", ", c.actors());
            String status = cr.statuses().get(i);
            commitments.add(new Views.CommitmentRow(id, i, actors, c.trigger(), c.text(), c.due(), c.place(), status,
                    cr.correction("commitment", Integer.toString(i), "status").orElse(null),
                    Permissions.mayCorrect(v, read, "commitment", Integer.toString(i)),
                    c.evidence() == null ? null : c.evidence().quote()));
            facts.add(new StatementText.Fact(id, "commitment", "Commitment (" + actors + "): " + c.trigger() + " " + c.text()
                    + " [" + status + "]", c.evidence() == null ? List.of() : List.of(c.evidence())));
        }
        List<Views.ReferenceRow> references = new ArrayList<>();
        for (int i = 0; i < r.references().size(); i++) {
            Reference ref = r.references().get(i);
            String id = "r" + i;
            references.add(new Views.ReferenceRow(id, ref.name(), ref.kind()));
            facts.add(new StatementText.Fact(id, "reference", "Reference: " + ref.name() + (ref.kind() == null ? "" : " (" + ref.kind() + ")"),
                    ref.evidence()));
        }
        StatementText.Markup text = StatementText.of(doc.text(), r.source().bodyStart(), r.source().bodyEnd(),
                r.source().sentences(), facts);
        List<Views.Choice> choices = new ArrayList<>();
        topicChoices.forEach((code, lt) -> choices.add(new Views.Choice(code, lt[0] + " (" + lt[1] + ")")));
        boolean any = participants.stream().anyMatch(Views.ParticipantRow::mayCorrect)
                || topics.stream().anyMatch(Views.TopicRow::mayCorrect)
                || commitments.stream().anyMatch(Views.CommitmentRow::mayCorrect);
        String url = doc.sourceUrl() != null && doc.sourceUrl().matches("(?i)https?://[^\\s\"'<>]+") ? doc.sourceUrl() : null;
        return new Views.RoundPage(page, cr.roundId(), r.dialogue().name(), String.join("–", r.dialogue().parties()),
                r.round(), text, delegations, mentioned, participants, tracks, topics, acts, commitments, r.nextRound(),
                references, r.source(), doc.fileName(), url, cr.history(), CorrectionStore.STATUSES, choices,
                r.warnings(), any, notice, labels, seriesKey);
    }

    /** The round record of RECORD-FORMAT.md with corrections applied, plus: id, series, commitment statuses, what was read, and the corrections. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(CorrectedRound cr, String dialogueKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", cr.roundId());
        m.put("series", dialogueKey);
        m.putAll(Records.toMap(cr.record()));
        List<Object> people = (List<Object>) m.get("participants");
        for (int i = 0; i < people.size(); i++) {
            Map<String, Object> p = (Map<String, Object>) people.get(i);
            Participant asRead = cr.read().participants().get(i);
            if (cr.correction("participant", asRead.name(), "title").isPresent()) p.put("title_as_read", asRead.title());
        }
        List<Object> topics = (List<Object>) m.get("topics");
        for (Object o : topics) {
            Map<String, Object> t = (Map<String, Object>) o;
            for (TopicFound asRead : cr.read().topics()) {
                var c = cr.correction("topic", asRead.code(), "topic");
                if (c.isPresent() && c.get().value().equals(t.get("code")) && !asRead.code().equals(t.get("code"))) {
                    t.put("code_as_read", asRead.code());
                }
            }
        }
        List<Object> commitments = (List<Object>) m.get("commitments");
        for (int i = 0; i < commitments.size(); i++) {
            ((Map<String, Object>) commitments.get(i)).put("status", cr.statuses().get(i));
        }
        m.put("corrections", corrections(cr.history()));
        return m;
    }

    /** A correction as the API gives it (openapi.json: Correction). */
    record CorrectionJson(long id, String fact, String key, String field, String original, String value, String by, String at,
                          String note) {}

    static List<CorrectionJson> corrections(List<Correction> history) {
        return history.stream().map(c -> new CorrectionJson(c.id(), c.fact(), c.factKey(), c.field(), c.original(), c.value(),
                c.userName(), c.madeAt().toString(), c.note())).toList();
    }
}
