package org.communique.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * Stanford CoreNLP's pipeline as an analyst would run it on a statement: tokenize, ssplit, pos, lemma, ner, on one
 * thread. Compiled only with {@code -Pcorenlp} (the models jar is about 470 MB), found by {@link Baseline#named}.
 */
public final class CoreNlpBaseline implements Baseline {
    private StanfordCoreNLP pipeline;

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String description() {
        return "Stanford CoreNLP 4.5.10 (tokenize, ssplit, pos, lemma, ner)";
    }

    @Override
    public long process(String text) {
        if (pipeline == null) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("threads", "1");
            pipeline = new StanfordCoreNLP(p);
        }
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens().size() + (doc.entityMentions() == null ? 0 : doc.entityMentions().size());
    }
}
