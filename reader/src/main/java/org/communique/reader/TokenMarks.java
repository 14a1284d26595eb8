package org.communique.reader;

/** Per-token flags from the gazetteer layers, so that stages can ask "is this word an office, a place?" cheaply. */
final class TokenMarks {
    final boolean[] officeWord;
    final boolean[] country;
    final boolean[] place;
    final String[] party;

    private TokenMarks(int n) {
        officeWord = new boolean[n];
        country = new boolean[n];
        place = new boolean[n];
        party = new String[n];
    }

    /** The doc's marks, made once from its gazetteer layers (by {@link GazetteerTagger}) and read by later stages. */
    static TokenMarks of(Doc doc, Knowledge k) {
        Tokens t = doc.tokens();
        TokenMarks m = new TokenMarks(t.size());
        for (int i = 0; i < t.size(); i++) m.officeWord[i] = t.isCapitalized(i) && k.officeWords.contains(t.lower(i));
        for (Span s : doc.layer(Labels.TITLE)) mark(t, s, m.officeWord);
        for (Span s : doc.layer(Labels.COUNTRY)) {
            mark(t, s, m.country);
            party(t, s, m);
        }
        for (Span s : doc.layer(Labels.DEMONYM)) {
            mark(t, s, m.country);
            party(t, s, m);
        }
        for (Span s : doc.layer(Labels.CITY)) mark(t, s, m.place);
        return m;
    }

    boolean office(int i) {
        return officeWord[i] || country[i];
    }

    String partyAt(int i) {
        return party[i];
    }

    private static void mark(Tokens t, Span s, boolean[] flags) {
        for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) flags[i] = true;
    }

    private static void party(Tokens t, Span s, TokenMarks m) {
        for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) m.party[i] = s.value();
    }
}
