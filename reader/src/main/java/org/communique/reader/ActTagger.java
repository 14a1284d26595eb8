package org.communique.reader;

import org.communique.model.Act;
import org.communique.model.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the parties did, sentence by sentence: the act verb, who did it, and the topics the sentence touches. */
final class ActTagger extends Stage {
    private final Knowledge k;

    ActTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.SENTENCES, Keys.GAZETTEER, Keys.MARKS, Keys.DELEGATIONS, Keys.DIALOGUE),
                Set.of(Keys.ACTS));
        this.k = k;
    }

    record Found(List<Act> acts) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(Keys.DIALOGUE);
        String[] partyOf = Actors.partyOfTokens(doc, doc.get(Keys.MARKS), doc.get(Keys.DELEGATIONS));
        List<Act> acts = new ArrayList<>();
        for (Span s : doc.layer(Labels.SENTENCE)) {
            if (!doc.inBody(s)) continue;
            doc.checkTime();
            int from = t.indexAt(s.start());
            int to = t.indexAt(s.end());
            Set<String> topics = new LinkedHashSet<>();
            for (Span topic : doc.within(Labels.TOPIC, s)) topics.add(topic.value());
            int subjectFrom = from;
            for (PhraseMatcher.Match m : k.acts.find(t, from, to)) {
                if (t.isCapitalized(m.firstToken())) continue;
                // a subject stands near its verb: never look further back than a long clause
                int near = Math.max(from, m.firstToken() - Actors.SUBJECT_WINDOW);
                var actors = Actors.in(doc, Math.max(subjectFrom, near), m.firstToken(), dialogue.parties(), partyOf);
                if (actors.isEmpty()) actors = Actors.in(doc, near, m.firstToken(), dialogue.parties(), partyOf);
                if (actors.isEmpty()) continue;
                acts.add(new Act(List.copyOf(actors), doc.text().substring(m.start(), m.end()), m.value(),
                        List.copyOf(topics), doc.evidence(s, m.start(), m.end())));
                subjectFrom = m.lastToken() + 1;
            }
        }
        doc.set(Keys.ACTS, new Found(acts));
    }
}
