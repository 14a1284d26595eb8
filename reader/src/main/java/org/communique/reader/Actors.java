package org.communique.reader;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a stretch of text names as acting: party names and demonyms ("the Kazakh side"), people by their
 * party ("Assistant Secretary Lu"), and the words for all parties at once ("the two sides", "both delegations").
 */
final class Actors {
    private static final Set<String> ALL = Knowledge.get().delegationWords.get("all-parties");

    /** How far before a verb its subject may start, in tokens. */
    static final int SUBJECT_WINDOW = 60;

    private Actors() {}

    static Set<String> in(Doc doc, int fromToken, int toToken, List<String> parties, String[] partyOfToken) {
        Tokens t = doc.tokens();
        Set<String> out = new TreeSet<>();
        boolean all = false;
        for (int i = fromToken; i < toToken; i++) {
            String p = partyOfToken[i];
            if (p != null && parties.contains(p)) out.add(p);
            if (ALL.contains(t.lower(i))) all = true;
        }
        // "The Taskforce also agreed to ...": the dialogue acting is every party
        if (!all && toToken > fromToken && (!doc.within(Labels.DIALOGUE,
                new Span(t.start(fromToken), t.end(toToken - 1), null, null)).isEmpty() || namesDialogue(doc, fromToken, toToken))) all = true;
        if (all) out.addAll(parties);
        return out;
    }

    /** "the Taskforce", "the Council": the last word of the dialogue's name, capitalised after "the". */
    private static boolean namesDialogue(Doc doc, int fromToken, int toToken) {
        DialogueInfo d = doc.get(Keys.DIALOGUE);
        if (d == null || d.name() == null) return false;
        String name = d.name();
        String head = name.substring(name.lastIndexOf(' ') + 1);
        Tokens t = doc.tokens();
        for (int i = fromToken + 1; i < toToken; i++) {
            if (t.word(i).equals(head) && t.lower(i - 1).equals("the")) return true;
        }
        return false;
    }

    /** The party of every token that names one: country words, and the mentions of people whose party is known. */
    static String[] partyOfTokens(Doc doc, TokenMarks marks, People people) {
        Tokens t = doc.tokens();
        String[] party = marks.party.clone();
        for (Span s : doc.layer(Labels.CITY)) {
            // a capital stands for its government: "Washington praised Bahrain"
            int i = t.indexAt(s.start());
            if (party[i] == null && i < party.length) party[i] = capitalOf(doc, s);
        }
        for (Span s : doc.layer(Labels.PERSON)) {
            Person p = people.all.get(Integer.parseInt(s.value()));
            if (p.party == null) continue;
            for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) party[i] = p.party;
        }
        return party;
    }

    private static String capitalOf(Doc doc, Span city) {
        String name = RoundTagger.cityName(doc.cover(city));
        String capital = Knowledge.get().capital.get(city.value());
        return name.equals(capital) ? city.value() : null;
    }
}
