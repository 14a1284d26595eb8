package org.communique.reader;

/** One step of the reading pipeline: it looks at the doc and adds a layer of spans. */
public interface Stage {
    void annotate(Doc doc);
}
