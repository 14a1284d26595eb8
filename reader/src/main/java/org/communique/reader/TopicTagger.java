package org.communique.reader;

import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Gathers the taxonomy's topics that the body mentions, each with the sentences that mention it. */
final class TopicTagger extends Stage {
    /**
     * A topic with the sentences that mention it and where in each it is first mentioned; {@code label} is the
     * subject in the statement's own words, lower-cased ("defence", "counter-terrorism"), as a labeller writes it,
     * while the topic's code places it in the taxonomy.
     */
    record Found(Knowledge.Topic topic, String label, List<Span> sentences, List<Integer> firstAt) {}

    private final Knowledge k;
    private final DiscussedSubjects subjects;

    TopicTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.GAZETTEER, Keys.SENTENCES, Keys.PEOPLE, Keys.DIALOGUE), Set.of(Keys.TOPICS));
        this.k = k;
        this.subjects = new DiscussedSubjects(k.topicWords);
    }

    @Override
    public void annotate(Doc doc) {
        Map<String, Found> found = new LinkedHashMap<>();
        Map<Span, String> joinedLabels = new java.util.HashMap<>();
        Set<Span> joinedSecond = joined(doc, joinedLabels);
        List<Span> titles = new ArrayList<>();
        for (Person p : doc.get(Keys.PEOPLE).all) titles.addAll(p.titles);
        for (Span s : doc.layer(Labels.TOPIC)) {
            if (!doc.inBody(s) || joinedSecond.contains(s)) continue;
            Knowledge.Topic topic = k.topicByCode.get(s.value());
            if (topic != null && topic.track().equals("multilateral") && insideName(doc, s)) continue;
            // "Strategic Partnership" in "Strategic Partnership Dialogue" names the dialogue, not a subject
            if (insideDialogueName(doc, s)) continue;
            // "Minister of State for Foreign Trade" is who someone is, not what was discussed
            if (insideTitle(titles, s)) continue;
            Span sentence = doc.sentenceAt(s.start());
            if (topic == null || sentence == null) continue;
            Found f = found.computeIfAbsent(topic.code(), c -> new Found(topic, joinedLabels.getOrDefault(s, asWritten(doc, s)),
                    new ArrayList<>(), new ArrayList<>()));
            List<Span> seen = f.sentences();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != sentence) { // the layer's own span: one object a sentence
                seen.add(sentence);
                f.firstAt().add(s.start());
            }
        }
        situations(doc, found);
        listed(doc, found);
        doc.set(Keys.TOPICS, new FoundTopics(List.copyOf(found.values())));
    }

    /**
     * "They exchanged views on the situation in Sudan": a country that is not a party, named in a sentence about
     * a situation or a conflict, is a subject of its own, unless the taxonomy already covers it ("Ukraine").
     */
    private void situations(Doc doc, Map<String, Found> found) {
        List<String> parties = doc.get(Keys.DIALOGUE).parties();
        Set<String> cues = k.topicWords.get("situation");
        for (Span c : doc.layer(Labels.COUNTRY)) {
            if (!doc.inBody(c) || parties.contains(c.value()) || insideName(doc, c)) continue;
            Span sentence = doc.sentenceAt(c.start());
            if (sentence == null || !doc.anyWordIn(sentence, cues)) continue;
            String name = k.countryName.get(c.value());
            if (name == null || covered(found, name)) continue;
            String code = "situation." + c.value().toLowerCase(java.util.Locale.ROOT);
            Knowledge.Topic topic = new Knowledge.Topic(code, name, "regional");
            Found f = found.computeIfAbsent(code, x -> new Found(topic, name, new ArrayList<>(), new ArrayList<>()));
            if (f.sentences().isEmpty() || !f.sentences().get(f.sentences().size() - 1).equals(sentence)) {
                f.sentences().add(sentence);
                f.firstAt().add(c.start());
            }
        }
    }

    /** Subjects a list of the talks names that the taxonomy lacks, each under the track of its list's neighbours. */
    private void listed(Doc doc, Map<String, Found> found) {
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (!doc.inBody(sentence)) continue;
            List<DiscussedSubjects.Subject> listed = subjects.in(doc, sentence);
            if (listed.isEmpty()) continue;
            String track = trackOf(found, sentence);
            for (DiscussedSubjects.Subject s : listed) {
                String code = "subject." + NOT_IN_CODE.matcher(s.label()).replaceAll("-");
                if (found.containsKey(code)) continue;
                Knowledge.Topic topic = new Knowledge.Topic(code, s.label(), track);
                found.put(code, new Found(topic, s.label(), new ArrayList<>(List.of(sentence)), new ArrayList<>(List.of(s.start()))));
            }
        }
    }

    /** The track of the first taxonomy topic the sentence mentions; political-security where it names none. */
    private static String trackOf(Map<String, Found> found, Span sentence) {
        for (Found f : found.values()) if (f.sentences().contains(sentence)) return f.topic().track();
        return "political-security";
    }

    /**
     * "cultural and educational issues", "economic and trade issues": two one-word topics joined by "and" before a
     * head such as "issues" are one subject, labelled as written. Fills {@code labels} for each first topic and
     * returns the second ones, which stand in no label of their own.
     */
    private Set<Span> joined(Doc doc, Map<Span, String> labels) {
        Tokens t = doc.tokens();
        Set<String> heads = k.topicWords.get("joined-heads");
        Map<Integer, Span> oneWordAt = new java.util.HashMap<>();
        for (Span s : doc.layer(Labels.TOPIC)) {
            int i = t.indexAt(s.start());
            if (t.indexAt(s.end()) - 1 == i) oneWordAt.put(i, s);
        }
        Set<Span> second = new java.util.HashSet<>();
        for (Map.Entry<Integer, Span> e : oneWordAt.entrySet()) {
            int a = e.getKey();
            Span b = oneWordAt.get(a + 2);
            if (b == null || a + 3 >= t.size() || !endsLikeAdjective(t.lower(a)) || !t.lower(a + 1).equals("and") || !heads.contains(t.lower(a + 3))
                    || !t.joinedOnLine(a + 2)) continue;
            labels.put(e.getValue(), Words.SPACES.matcher(doc.text().substring(t.start(a), t.end(a + 3))).replaceAll(" ")
                    .toLowerCase(Locale.ROOT));
            second.add(b);
        }
        return second;
    }

    private boolean endsLikeAdjective(String w) {
        for (String ending : k.topicWords.get("joined-adjective-endings")) if (w.endsWith(ending)) return true;
        return false;
    }

    /** No white space but single spaces. */
    private static boolean spacesOnly(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != ' ' && Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static final java.util.regex.Pattern NOT_IN_CODE = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** The words of a mention as the text has them, lower-cased, on one line. */
    private static String asWritten(Doc doc, Span s) {
        String cover = doc.cover(s);
        if (cover.indexOf("  ") < 0 && spacesOnly(cover)) return cover.toLowerCase(Locale.ROOT); // no pattern to run
        return Words.SPACES.matcher(cover).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static boolean insideTitle(List<Span> titles, Span s) {
        for (Span title : titles) if (title.contains(s)) return true;
        return false;
    }

    private static boolean insideDialogueName(Doc doc, Span s) {
        for (Span d : doc.layer(Labels.DIALOGUE)) if (d.contains(s)) return true;
        return false;
    }

    private static boolean covered(Map<String, Found> found, String country) {
        String lower = country.toLowerCase(java.util.Locale.ROOT);
        for (Found f : found.values()) {
            // the taxonomy's own name for it, or the words a topic of it was found in ("north korea")
            if (f.topic().label().toLowerCase(java.util.Locale.ROOT).contains(lower) || f.label().equals(lower)) return true;
        }
        return false;
    }


    /**
     * "United Nations" in "United Nations General Assembly" names an event, not a topic; but "Infrastructure" in
     * "Partnership for Global Infrastructure and Investment" still says what was discussed.
     */
    private static boolean insideName(Doc doc, Span topic) {
        for (Span m : doc.layer(Labels.MECHANISM)) if (m.overlaps(topic.start(), topic.end())) return true;
        return false;
    }

    record FoundTopics(List<Found> all) {}
}
