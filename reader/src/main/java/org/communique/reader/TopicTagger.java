package org.communique.reader;

import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the taxonomy's topics that the body mentions, each with the sentences that mention it. */
final class TopicTagger implements Stage {
    /** A topic with the sentences that mention it and where in each it is first mentioned. */
    record Found(Knowledge.Topic topic, List<Span> sentences, List<Integer> firstAt) {}

    private final Knowledge k;

    TopicTagger(Knowledge k) {
        this.k = k;
    }

    @Override
    public Set<Key<?>> needs() {
        return Set.of(Keys.BODY, Keys.GAZETTEER, Keys.SENTENCES);
    }

    @Override
    public Set<Key<?>> adds() {
        return Set.of(Keys.TOPICS);
    }

    @Override
    public void annotate(Doc doc) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (Span s : doc.layer(Labels.TOPIC)) {
            if (!doc.inBody(s)) continue;
            Knowledge.Topic topic = k.topicByCode.get(s.value());
            if (topic != null && topic.track().equals("multilateral") && insideName(doc, s)) continue;
            Span sentence = doc.sentenceAt(s.start());
            if (topic == null || sentence == null) continue;
            Found f = found.computeIfAbsent(topic.code(), c -> new Found(topic, new ArrayList<>(), new ArrayList<>()));
            List<Span> seen = f.sentences();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(sentence)) {
                seen.add(sentence);
                f.firstAt().add(s.start());
            }
        }
        doc.set(Keys.TOPICS, new FoundTopics(List.copyOf(found.values())));
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
