package org.communique.reader;

/** Every key the stages read and add, in one place so that stages agree on them. */
final class Keys {
    static final Key<Body> BODY = new Key<>("body", Body.class);
    static final Key<String> PUBLISHER = new Key<>("publisher", String.class);
    static final Key<String> HEADLINE = new Key<>("headline", String.class);
    static final Key<String> PUBLISHED = new Key<>("published", String.class);

    static final Key<Span> SENTENCES = Key.layer(Labels.SENTENCE);
    /** The gazetteer's layers: countries, demonyms, cities, titles, mechanisms and topic phrases. */
    static final Key<Span> GAZETTEER = Key.layer("gazetteer");
    static final Key<TokenMarks> MARKS = new Key<>("token marks", TokenMarks.class);
    static final Key<Span> DATES = Key.layer(Labels.DATE);
    /** The people named, with their titles as the text gives them. */
    static final Key<People> PEOPLE = new Key<>("people", People.class);
    static final Key<DialogueInfo> DIALOGUE = new Key<>("dialogue", DialogueInfo.class);
    static final Key<RoundInfo> ROUND = new Key<>("round", RoundInfo.class);
    /** The people again, each with the party they speak for and their role at the round. */
    static final Key<People> DELEGATIONS = new Key<>("delegations", People.class);
    static final Key<TopicTagger.FoundTopics> TOPICS = new Key<>("topics", TopicTagger.FoundTopics.class);
    static final Key<ActTagger.Found> ACTS = new Key<>("acts", ActTagger.Found.class);
    static final Key<CommitmentTagger.Found> COMMITMENTS = new Key<>("commitments", CommitmentTagger.Found.class);
    static final Key<ReferenceTagger.Found> REFERENCES = new Key<>("references", ReferenceTagger.Found.class);

    private Keys() {}
}
