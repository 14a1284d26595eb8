package org.communique.reader;

import org.communique.model.Act;
import org.communique.model.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the parties did, sentence by sentence: the act verb, who did it, and the topics the sentence touches. */
final class ActTagger implements Stage {
    private final Knowledge k;

    ActTagger(Knowledge k) {
        this.k = k;
    }

    record Found(List<Act> acts) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(DialogueInfo.class);
        String[] partyOf = Actors.partyOfTokens(doc, TokenMarks.of(doc, k), doc.get(People.class));
        List<Act> acts = new ArrayList<>();
        for (Span s : doc.layer(Labels.SENTENCE)) {
            if (!doc.inBody(s)) continue;
            int from = t.indexAt(s.start());
            int to = t.indexAt(s.end());
            Set<String> topics = new LinkedHashSet<>();
            for (Span topic : doc.within(Labels.TOPIC, s)) topics.add(topic.value());
            int subjectFrom = from;
            for (PhraseMatcher.Match m : k.acts.find(t, from, to)) {
                if (t.isCapitalized(m.firstToken())) continue;
                var actors = Actors.in(doc, subjectFrom, m.firstToken(), dialogue.parties(), partyOf);
                if (actors.isEmpty()) actors = Actors.in(doc, from, m.firstToken(), dialogue.parties(), partyOf);
                if (actors.isEmpty()) continue;
                acts.add(new Act(List.copyOf(actors), doc.text().substring(m.start(), m.end()), m.value(),
                        List.copyOf(topics), new Evidence(s.start(), s.end(), doc.cover(s))));
                subjectFrom = m.lastToken() + 1;
            }
        }
        doc.put(Found.class, new Found(acts));
    }
}
