package org.communique.reader;

import java.util.Set;

/** Marks every known country, demonym, city, office, mechanism and topic phrase, one pass per list. */
final class GazetteerTagger extends Stage {
    private final Knowledge k;

    GazetteerTagger(Knowledge k) {
        super(Set.of(), Set.of(Keys.GAZETTEER, Keys.MARKS));
        this.k = k;
    }

    @Override
    public void annotate(Doc doc) {
        tag(doc, k.countries, Labels.COUNTRY);
        tag(doc, k.demonyms, Labels.DEMONYM);
        tag(doc, k.cities, Labels.CITY);
        tag(doc, k.titles, Labels.TITLE);
        tag(doc, k.lowerCaseTitles, Labels.TITLE);
        tag(doc, k.mechanisms, Labels.MECHANISM);
        tag(doc, k.topics, Labels.TOPIC);
        doc.set(Keys.MARKS, TokenMarks.of(doc, k));
    }

    private static void tag(Doc doc, PhraseMatcher m, String label) {
        for (PhraseMatcher.Match x : m.find(doc.tokens())) {
            doc.add(new Span(x.start(), x.end(), label, x.value()));
        }
    }
}
