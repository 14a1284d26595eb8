package org.communique.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The round record as the JSON of RECORD-FORMAT.md, both ways. */
public final class RecordJson {
    private RecordJson() {}

    public static String write(RoundRecord r) {
        return Json.write(toMap(r));
    }

    public static Map<String, Object> toMap(RoundRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Source s = r.source();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sha256", s.sha256());
        source.put("media_type", s.mediaType());
        source.put("publisher", s.publisher());
        source.put("title", s.title());
        source.put("published", s.published());
        source.put("body", map("start", s.bodyStart(), "end", s.bodyEnd()));
        m.put("source", source);
        Dialogue d = r.dialogue();
        m.put("dialogue", map("name", d.name(), "acronym", d.acronym(), "parties", d.parties()));
        Round round = r.round();
        m.put("round", map("ordinal", round.ordinal(), "date", round.date(), "place", round.place(), "host", round.host()));
        List<Object> people = new ArrayList<>();
        for (Participant p : r.participants()) {
            people.add(map("name", p.name(), "title", p.title(), "party", p.party(), "role", p.role().code(),
                    "evidence", evidence(p.evidence())));
        }
        m.put("participants", people);
        List<Object> topics = new ArrayList<>();
        for (TopicFound t : r.topics()) {
            topics.add(map("code", t.code(), "label", t.label(), "track", t.track(), "evidence", evidence(t.evidence())));
        }
        m.put("topics", topics);
        List<Object> acts = new ArrayList<>();
        for (Act a : r.acts()) {
            acts.add(map("actors", a.actors(), "verb", a.verb(), "kind", a.kind(), "topics", a.topics(),
                    "evidence", evidence(a.evidence())));
        }
        m.put("acts", acts);
        List<Object> commitments = new ArrayList<>();
        for (Commitment c : r.commitments()) {
            Map<String, Object> cm = map("actors", c.actors(), "text", c.text(), "trigger", c.trigger(),
                    "strength", c.strength(), "due", c.due(), "place", c.place());
            if (c.cutOff()) cm.put("cut_off", true);
            cm.put("evidence", evidence(c.evidence()));
            commitments.add(cm);
        }
        m.put("commitments", commitments);
        NextRound n = r.nextRound();
        m.put("next_round", n == null ? null : map("place", n.place(), "due", n.due()));
        List<Object> refs = new ArrayList<>();
        for (Reference ref : r.references()) {
            refs.add(map("name", ref.name(), "kind", ref.kind(), "evidence", evidence(ref.evidence())));
        }
        m.put("references", refs);
        m.put("warnings", r.warnings());
        return m;
    }

    /** Reads a record written by {@link #write}; fields it lacks become null or empty. */
    public static RoundRecord read(String json) {
        Map<String, Object> m = Json.parseObject(json);
        Map<String, Object> s = obj(m.get("source"));
        Map<String, Object> body = obj(s.get("body"));
        Source source = new Source(str(s.get("sha256")), str(s.get("media_type")), str(s.get("publisher")),
                str(s.get("title")), str(s.get("published")), num(body.get("start"), 0), num(body.get("end"), 0));
        Map<String, Object> d = obj(m.get("dialogue"));
        Dialogue dialogue = new Dialogue(str(d.get("name")), str(d.get("acronym")), strings(d.get("parties")));
        Map<String, Object> r = obj(m.get("round"));
        Round round = new Round(r.get("ordinal") == null ? null : num(r.get("ordinal"), 0), str(r.get("date")),
                str(r.get("place")), str(r.get("host")));
        List<Participant> people = new ArrayList<>();
        for (Object o : list(m.get("participants"))) {
            Map<String, Object> p = obj(o);
            String role = str(p.get("role"));
            people.add(new Participant(str(p.get("name")), str(p.get("title")), str(p.get("party")),
                    role == null ? Participant.Role.MENTIONED : Participant.Role.of(role), evidenceList(p.get("evidence"))));
        }
        List<TopicFound> topics = new ArrayList<>();
        for (Object o : list(m.get("topics"))) {
            Map<String, Object> t = obj(o);
            topics.add(new TopicFound(str(t.get("code")), str(t.get("label")), str(t.get("track")), evidenceList(t.get("evidence"))));
        }
        List<Act> acts = new ArrayList<>();
        for (Object o : list(m.get("acts"))) {
            Map<String, Object> a = obj(o);
            acts.add(new Act(strings(a.get("actors")), str(a.get("verb")), str(a.get("kind")), strings(a.get("topics")),
                    evidenceOne(a.get("evidence"))));
        }
        List<Commitment> commitments = new ArrayList<>();
        for (Object o : list(m.get("commitments"))) {
            Map<String, Object> c = obj(o);
            commitments.add(new Commitment(strings(c.get("actors")), str(c.get("text")), str(c.get("trigger")),
                    str(c.get("strength")), str(c.get("due")), str(c.get("place")), evidenceOne(c.get("evidence")),
                    Boolean.TRUE.equals(c.get("cut_off"))));
        }
        Map<String, Object> n = m.get("next_round") == null ? null : obj(m.get("next_round"));
        NextRound next = n == null ? null : new NextRound(str(n.get("place")), str(n.get("due")));
        List<Reference> refs = new ArrayList<>();
        for (Object o : list(m.get("references"))) {
            Map<String, Object> ref = obj(o);
            refs.add(new Reference(str(ref.get("name")), str(ref.get("kind")), evidenceList(ref.get("evidence"))));
        }
        return new RoundRecord(source, dialogue, round, people, topics, acts, commitments, next, refs,
                strings(m.get("warnings")));
    }

    private static List<Object> evidence(List<Evidence> list) {
        List<Object> out = new ArrayList<>();
        for (Evidence e : list) out.add(evidence(e));
        return out;
    }

    private static Map<String, Object> evidence(Evidence e) {
        return e == null ? null : map("start", e.start(), "end", e.end(), "quote", e.quote());
    }

    private static List<Evidence> evidenceList(Object o) {
        List<Evidence> out = new ArrayList<>();
        for (Object e : list(o)) {
            Evidence one = evidenceOne(e);
            if (one != null) out.add(one);
        }
        return out;
    }

    private static Evidence evidenceOne(Object o) {
        if (o == null) return null;
        Map<String, Object> e = obj(o);
        return new Evidence(num(e.get("start"), 0), num(e.get("end"), 0), str(e.get("quote")));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], kv[k + 1]);
        return m;
    }

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
        for (Object e : list(o)) if (e != null) out.add(e.toString());
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int num(Object o, int dflt) {
        return o instanceof Number n ? n.intValue() : dflt;
    }
}
