package org.communique.reader;

import org.communique.model.NameWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds people by the offices that introduce them: "TITLE Name" ("U.S. Assistant Secretary of State for
 * South and Central Asian Affairs Donald Lu") and "Name, [the] TITLE"; then later short mentions
 * ("Secretary Lu", "Umarov") of the same person. A title's country words give the person's party.
 */
final class PersonTagger extends Stage {
    private static final Set<String> CONNECTORS = Knowledge.get().personWords.get("title-connectors");
    private static final Set<String> HONORIFICS = NameWords.honorifics();
    private static final Set<String> POST_NOMINALS = NameWords.postNominals();
    private static final Set<String> PARTICLES = NameWords.particles();
    private static final int MAX_NAME_WORDS = 8;
    /** The small words of a list of countries after an office ("of Chile, Peru and the Philippines"). */
    private static final Set<String> LIST_GLUE = Set.of("of", "the", ",", "and");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", ":");
    /** Delegations run to dozens; a list of thousands of names is not a delegation list to resolve. */
    static final int MAX_PEOPLE = 300;
    private static final Set<String> SUFFIXES = NameWords.suffixes();
    // words that name a department rather than a person: "Secretary of Foreign Relations Alicia Bárcena"
    private static final Set<String> INSTITUTION_ENDINGS = Knowledge.get().personWords.get("institution-endings");

    private final Knowledge k;

    PersonTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.GAZETTEER, Keys.MARKS), Set.of(Keys.PEOPLE));
        this.k = k;
    }

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        boolean[] named = new boolean[doc.tokens().size()]; // tokens already part of a person's name
        People people = new People();
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        java.util.Set<Integer> titleEnds = new java.util.HashSet<>();
        java.util.Set<Integer> titleStarts = new java.util.HashSet<>();
        for (Span title : doc.layer(Labels.TITLE)) {
            titleEnds.add(t.indexAt(title.end()) - 1);
            titleStarts.add(t.indexAt(title.start()));
        }
        for (Span title : doc.layer(Labels.TITLE)) {
            // the lines that name the signatories above a release ("The Hon Julie Bishop MP, Minister for Foreign
            // Affairs") are outside the body but name who met
            int lo = doc.inBody(title) ? from : signatoryLineStart(doc, title);
            if (lo < 0) continue;
            doc.checkTime();
            if (people.all.size() >= MAX_PEOPLE) {
                doc.warn("more than " + MAX_PEOPLE + " people named: the rest are left out");
                break;
            }
            int i0 = t.indexAt(title.start());
            int i1 = t.indexAt(title.end()) - 1;
            if (i0 > i1 || named[i0]) continue;
            int l = titleStart(t, marks, i0, lo);
            int r = extendTitle(t, marks, i1, to);
            int nameStart = r + 1;
            int titleEnd = r;
            // honorifics between the office and the name belong to neither ("... Affairs Ambassador John Bass")
            while (titleEnd > i0 && (isHonorific(t, titleEnd) || CONNECTORS.contains(t.lower(titleEnd)) || !t.isWord(titleEnd))) titleEnd--;
            // "National Security Advisor (NSA) Ajit Doval": the office's acronym stands between it and the name
            if (nameStart + 3 < to && t.lower(nameStart).equals("(") && isAcronym(t.word(nameStart + 1))
                    && t.lower(nameStart + 2).equals(")")) nameStart += 3;
            // "Ambassador", "Dr.", "Senator the Hon": forms of address between the office and the name
            // (a stop only after an honorific: "Dr." is one, "his counterpart. Later" ends a sentence)
            while (nameStart < to && t.joinedOnLine(nameStart - 1) && (isHonorific(t, nameStart)
                    || t.lower(nameStart).equals(".") && isHonorific(t, nameStart - 1)
                    || (t.lower(nameStart).equals("the") && nameStart + 1 < to && isHonorific(t, nameStart + 1)))) {
                nameStart++;
            }
            int nameEnd = nameEnd(t, marks, nameStart, to);
            // one word is a name only right after an office ("Secretary Blinken"), not after words the title ran
            // on to ("... for Economic Growth, Energy ...": "Growth" is no one)
            boolean oneWord = wordsIn(t, nameStart, nameEnd) == 1;
            if (oneWord && !titleEnds.contains(r) && !isHonorific(t, nameStart - 1)) nameEnd = nameStart;
            // a title in the plural names people only where a list of names follows it ("Presidents X and Y")
            if (isPlural(t, i0, i1)) {
                if (nameEnd > nameStart && t.joinedOnLine(nameStart - 1) && listFollows(t, marks, nameEnd, to)) {
                    mention(doc, people, marks, named, nameStart, nameEnd, l, titleEnd, title.value());
                    listedAfter(doc, people, marks, named, nameEnd, to, l, titleEnd, title.value());
                } else {
                    namesAfterDash(doc, people, marks, named, r + 1, to, l, i1, title.value());
                }
                continue;
            }
            if (nameEnd > nameStart && t.joinedOnLine(nameStart - 1)) {
                mention(doc, people, marks, named, nameStart, nameEnd, l, titleEnd, title.value());
                continue;
            }
            // "Minister of International Relations and Cooperation, Maite Nkoana-Mashabane, welcomed ..."
            if (r + 2 < to && t.lower(r + 1).equals(",")) {
                int ns = r + 2;
                // "Secretary of Trade and Industry, the Hon Gregory Domingo"
                while (ns + 1 < to && (isHonorific(t, ns) || t.lower(ns).equals(".")
                        || (t.lower(ns).equals("the") && isHonorific(t, ns + 1)))) ns++;
                int ne = nameEnd(t, marks, ns, to);
                int after = ne; // "the Hon Craig Emerson MP, along with": post-nominals end the name
                while (after < to && POST_NOMINALS.contains(t.word(after))) after++;
                // "Minister of Foreign Affairs, Jeenbek Kulubaev, Minister of Foreign Affairs of Kyrgyzstan, ...": a
                // name with a title after it is a list's "Name, Title"; the title before belongs to the one before.
                // Only where that title itself follows a comma, as a list item does: "The Minister of External
                // Affairs of India, H.E. Mr. Krishna, the Minister of ..." opens a list of "Title, Name"
                boolean titleAfter = afterComma(t, l, lo) && after + 1 < to && t.lower(after).equals(",")
                        && titleSoonAfter(t, titleStarts, after + 1, to);
                if (ne - ns >= 2 && !titleAfter && (after >= to || !t.isWord(after) || !t.isCapitalized(after))) {
                    mention(doc, people, marks, named, ns, ne, l, titleEnd, title.value());
                    continue;
                }
            }
            // "Name, [the] TITLE"; "the election of Name as TITLE", where the title is the first the name is given
            int c = l - 1;
            if (c > lo && t.lower(c).equals("the")) c--;
            boolean as = c > lo && t.lower(c).equals("as");
            if (c > lo && (t.lower(c).equals(",") || as)) {
                int ne = c;
                while (ne - 1 > lo && POST_NOMINALS.contains(t.word(ne - 1))) ne--; // "Jeremy Hunt MP, Chancellor"
                // "Hon. Ana Rojas, MP, Minister of Defence": post-nominals set off by commas of their own
                if (ne < c && ne - 1 > lo && t.lower(ne - 1).equals(",")) ne--;
                int ns = ne;
                while (ns - 1 >= lo && t.joinedOnLine(ns - 1) && ne - ns < MAX_NAME_WORDS * 2
                        && (isNameToken(t, marks, ns - 1) || PhraseMatcher.isHyphen(t, ns - 1) || t.lower(ns - 1).equals(".")
                            || (PARTICLES.contains(t.lower(ns - 1)) && ns - 2 >= lo && isNameToken(t, marks, ns - 2)))) ns--;
                while (ns < ne && !t.isCapitalized(ns)) ns++;
                if (as && ne - ns >= 2 && untitled(doc, people, ns, ne)) {
                    mention(doc, people, marks, named, ns, ne, l, extendTitle(t, marks, i1, to), title.value());
                } else if (!as && (ne - ns >= 2 || (ne - ns == 1 && people.bySurname(t.word(ns)) != null))) {
                    mention(doc, people, marks, named, ns, ne, l, extendTitle(t, marks, i1, to), title.value());
                }
            }
        }
        titlesSaidBefore(doc, people, marks, from);
        knownNames(doc, people, marks, named, from, to);
        shortMentions(doc, people, marks, named, from, to);
        people.all.sort((a, b) -> Integer.compare(a.mentions.get(0).start(), b.mentions.get(0).start()));
        for (int i = 0; i < people.all.size(); i++) {
            for (Span m : people.all.get(i).mentions) doc.add(new Span(m.start(), m.end(), Labels.PERSON, String.valueOf(i)));
        }
        doc.set(Keys.PEOPLE, people);
    }

    /**
     * The first token of a line above the body that is one signatory, "[forms of address] Name [post-nominals],
     * TITLE" with the title closing the line; -1 for any other title outside the body.
     */
    private static int signatoryLineStart(Doc doc, Span title) {
        if (title.start() >= doc.bodyStart()) return -1;
        String text = doc.text();
        int lineStart = Lines.startWithin(text, title.start(), 80);
        int lineEnd = Lines.endWithin(text, title.end(), 80);
        if (lineStart < 0 || lineEnd < 0) return -1;
        String before = text.substring(lineStart, title.start()).strip();
        if (!text.substring(title.end(), lineEnd).isBlank() || before.indexOf(',') != before.length() - 1) return -1;
        return doc.tokens().indexAt(lineStart);
    }

    /** Where the office and country words before the title's first token {@code i0} begin ("Chinese Foreign Ministry"). */
    private static int titleStart(Tokens t, TokenMarks marks, int i0, int lo) {
        int l = i0;
        while (l - 1 >= lo && t.joinedOnLine(l - 1) && (marks.office(l - 1) || PhraseMatcher.isHyphen(t, l - 1)
                || (marks.country[l - 1] && !t.isWord(l - 1)))) {
            l--;
        }
        // "Egypt's Ambassador", "Australia's Foreign Minister"
        if (l - 3 >= lo && t.lower(l - 1).equals("s") && t.lower(l - 2).equals("'") && marks.country[l - 3]
                && marks.party[l - 3] != null) {
            l -= 3;
            while (l - 1 >= lo && marks.country[l - 1] && t.joinedOnLine(l - 1)) l--;
        }
        while (l < i0 && !t.isWord(l)) l++;
        return l;
    }

    /**
     * "... vowed a Chinese Foreign Ministry spokesman. '...,' said spokesman Hong Lei": a bare lower-case office before
     * a name is the one the text gave in full before it, with no name.
     */
    private void titlesSaidBefore(Doc doc, People people, TokenMarks marks, int from) {
        Tokens t = doc.tokens();
        for (Person p : people.all) {
            if (p.title == null || !p.titleParties.isEmpty() || p.titles.size() != 1
                    || !k.personWords.get("lower-case-titles").contains(p.title)) continue;
            Span own = p.titles.get(0);
            int said = -1; // the office's last full mention before
            int saidFrom = -1;
            for (Span s : doc.layer(Labels.TITLE)) {
                if (s.start() >= own.start()) break;
                int i0 = t.indexAt(s.start());
                if (!t.lower(i0).equals(p.title) || anyonesTitle(people, s)) continue;
                int l = titleStart(t, marks, i0, from);
                if (l < i0) {
                    said = i0;
                    saidFrom = l;
                }
            }
            if (said < 0) continue;
            p.title = doc.text().substring(t.start(saidFrom), t.end(said));
            for (int i = saidFrom; i < said; i++) {
                String code = marks.partyAt(i);
                if (code != null && !p.titleParties.contains(code)) p.titleParties.add(code);
            }
        }
    }

    /**
     * Whether a title starts at token {@code i}, or after "the" or a few capitalised words joined to it ("State
     * Councillor and Minister of Foreign Affairs": the gazetteer knows the minister, not the councillor).
     */
    private static boolean titleSoonAfter(Tokens t, java.util.Set<Integer> titleStarts, int i, int to) {
        for (int j = i; j < Math.min(to, i + 5); j++) {
            if (titleStarts.contains(j)) return true;
            boolean joins = t.isWord(j) && (t.isCapitalized(j) || j > i && t.lower(j).equals("and")) || j == i && t.lower(j).equals("the");
            if (!joins || !t.joinedOnLine(j)) return false;
        }
        return false;
    }

    private static boolean anyonesTitle(People people, Span s) {
        for (Person p : people.all) for (Span title : p.titles) if (title.contains(s)) return true;
        return false;
    }

    /** Whether the name between tokens {@code ns} and {@code ne} is no one's yet, or someone's given no title so far. */
    private static boolean untitled(Doc doc, People people, int ns, int ne) {
        Person p = find(people, doc.text().substring(doc.tokens().start(ns), doc.tokens().end(ne - 1)));
        return p == null || p.title == null;
    }

    /** Whether a comma stands just before the title that starts at {@code l} (", the Minister ..."). */
    private static boolean afterComma(Tokens t, int l, int lo) {
        int c = l - 1;
        if (c >= lo && t.lower(c).equals("the")) c--;
        return c >= lo && t.lower(c).equals(",");
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private boolean isPlural(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) if (k.pluralTitleHeads.containsKey(t.lower(i))) return true;
        return false;
    }

    /** Whether another name follows {@code after}: ", Name" or "and Name". */
    private boolean listFollows(Tokens t, TokenMarks marks, int after, int to) {
        int ns = after + 1;
        if (ns < to && t.lower(after).equals(",") && t.lower(ns).equals("and")) ns++;
        if (ns >= to || !(t.lower(after).equals("and") || t.lower(after).equals(","))) return false;
        return nameEnd(t, marks, ns, to) > ns;
    }

    /** "Presidents Ollanta Humala and Juan Manuel Santos": the names after the first, each in full, share its title. */
    private void listedAfter(Doc doc, People people, TokenMarks marks, boolean[] named, int after, int to, int ts, int te, String kind) {
        Tokens t = doc.tokens();
        int j = after;
        while (j + 1 < to && (t.lower(j).equals("and") || t.lower(j).equals(","))) {
            int ns = t.lower(j).equals(",") && t.lower(j + 1).equals("and") ? j + 2 : j + 1;
            if (ns >= to || named[ns]) return;
            int ne = nameEnd(t, marks, ns, to);
            if (wordsIn(t, ns, ne) < 2) return;
            mention(doc, people, marks, named, ns, ne, ts, te, kind);
            j = ne;
        }
    }

    /**
     * "the Foreign Ministers of Chile, Peru and Bolivia - Ana Rojas, Luis Quispe and Jorge Mamani": after a plural
     * office, its countries and a dash (or colon), a list of names each holding the office (the title without the
     * countries: which country is whose is for the delegations to tell).
     */
    private void namesAfterDash(Doc doc, People people, TokenMarks marks, boolean[] named, int from, int to, int ts, int te, String kind) {
        Tokens t = doc.tokens();
        int j = from;
        while (j < to && j - from < 30 && t.joinedOnLine(j - 1) && (marks.country[j] || LIST_GLUE.contains(t.lower(j)))) j++;
        if (j + 1 >= to || !t.joinedOnLine(j) || !DASHES.contains(t.lower(j))) return;
        int ns = j + 1;
        int ne = nameEnd(t, marks, ns, to);
        if (named[ns] || wordsIn(t, ns, ne) < 2 || !listFollows(t, marks, ne, to)) return;
        mention(doc, people, marks, named, ns, ne, ts, te, kind);
        listedAfter(doc, people, marks, named, ne, to, ts, te, kind);
    }

    /** "... and his counterparts, Wang Yi and Cho Tae-yul": office holders named in full with no title beside them. */
    private void knownNames(Doc doc, People people, TokenMarks marks, boolean[] named, int from, int to) {
        Tokens t = doc.tokens();
        for (int i = from; i < to; i++) {
            if (named[i] || !t.isCapitalized(i) || (i > from && t.joinedOnLine(i - 1) && isNameToken(t, marks, i - 1))) continue;
            PhraseMatcher.Match m = k.officeHolderNames.longestAt(t, i, to);
            if (m == null) continue;
            int end = m.lastToken() + 1;
            // the whole name or nothing: "Wang Yi" is not a mention inside "Wang Yiming Li"
            if (end < to && t.joinedOnLine(end - 1) && isNameToken(t, marks, end)) continue;
            if (people.all.size() >= MAX_PEOPLE) return;
            int[] title = titleBefore(t, marks, i, from);
            if (title == null) mention(doc, people, marks, named, i, end, i, i - 1, null);
            else mention(doc, people, marks, named, i, end, title[0], title[1], titleKind(doc, title[0], title[1]));
            i = end - 1;
        }
    }

    /**
     * The office run that ends just before a known name, as token bounds: "Minister for Petroleum and Natural
     * Resources Shahid Khaqan Abbasi", "The Australian Minister for Foreign Affairs, the Hon Kevin Rudd", where
     * the name tells where a portfolio the title list does not know ends.
     */
    private static int[] titleBefore(Tokens t, TokenMarks marks, int ns, int from) {
        int j = ns - 1;
        while (j >= from && t.joinedOnLine(j) && (isHonorific(t, j) || t.lower(j).equals("the") || t.lower(j).equals("."))) j--;
        boolean comma = j >= from && t.lower(j).equals(",");
        if (comma) j--;
        int te = j;
        int ts = -1;
        for (int steps = 0; j >= from && steps < 10 && (j == te || t.joinedOnLine(j)); j--, steps++) {
            boolean office = marks.office(j) || (marks.country[j] && ts >= 0);
            if (office) ts = j;
            else if (!(t.isWord(j) && (t.isCapitalized(j) || CONNECTORS.contains(t.lower(j))))) break;
        }
        if (ts < 0 || !t.isWord(te) || CONNECTORS.contains(t.lower(te))) return null;
        // "... minister of foreign affairs of Kazakhstan, Wang Yi": a country alone, after a lower-case "... of" and
        // before a comma, ends the title of the one named before (but "the Foreign Ministers of Australia, Penny Wong,
        // India, S Jaishankar" gives each name its country)
        boolean countryOnly = true;
        for (int k = ts; k <= te; k++) if (marks.officeWord[k] && !marks.country[k]) countryOnly = false;
        if (countryOnly && comma && ts - 2 >= from && t.lower(ts - 1).equals("of") && t.isWord(ts - 2)
                && !t.isCapitalized(ts - 2)) return null;
        return new int[] {ts, te};
    }

    /** The kind of the office phrase that opens a title ("head-of-government" for "Prime Minister ..."). */
    private String titleKind(Doc doc, int ts, int te) {
        for (Span s : doc.layer(Labels.TITLE)) {
            int i = doc.tokens().indexAt(s.start());
            if (i >= ts && i <= te) return s.value();
        }
        return null;
    }

    private static int wordsIn(Tokens t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (t.isWord(i)) n++;
        return n;
    }

    /** The office phrase runs on over office words, country words and the small words between them. */
    private static int extendTitle(Tokens t, TokenMarks marks, int r, int to) {
        while (r + 1 < to && t.joinedOnLine(r)) {
            int next = r + 1;
            if (t.isWord(next) && t.isCapitalized(next) && marks.office(next)) {
                r = next;
            } else if (t.isWord(next) && t.isCapitalized(next) && marks.office(r) && isInstitutionWord(t.word(next))) {
                r = next;
            } else if (marks.country[next] && (!t.isWord(next) || marks.country[r])) {
                r = next; // the stops of "U.S.", the "'s" of "People's Republic of China"
            } else if (CONNECTORS.contains(t.lower(next)) && next + 1 < to && t.joinedOnLine(next)
                    && t.isCapitalized(next + 1) && marks.office(next + 1)) {
                // "Minister to Secretary Kerry" is a headline's "to": an office is attached to a country ("Ambassador
                // to Japan") or to "the" office it serves ("Adviser to the President"), not to a bare title
                if (t.lower(next).equals("to") && !marks.country[next + 1]) break;
                r = next;
            } else if (CONNECTORS.contains(t.lower(next)) && next + 2 < to && t.lower(next + 1).equals("the")
                    && t.isCapitalized(next + 2) && marks.office(next + 2)) {
                r = next + 1; // "of the Republic of Kazakhstan"
            } else if (CONNECTORS.contains(t.lower(next)) && !t.lower(next).equals("the") && t.joinedOnLine(next)) {
                // "for European and Eurasian Affairs", "for Indo-Pacific Security Affairs": words the list does not
                // know, closed by an office word
                int close = officeWordAhead(t, marks, next + 1, to);
                if (close < 0) break;
                r = close;
            } else if (t.lower(next).equals(",") && marks.office(r)) {
                // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr ...": the portfolio
                int close = portfolioAhead(t, marks, next + 1, to);
                if (close < 0) break;
                r = close;
            } else {
                break;
            }
        }
        return r;
    }

    /**
     * The end of a ministry's further portfolios after a comma ("Emigration and Egyptian Expatriates"): capitalised
     * words joined by "and", closed by a comma or an honorific, the last a plural or an institution's word; -1 if
     * the words are anything else (a name, another office).
     */
    private static int portfolioAhead(Tokens t, TokenMarks marks, int from, int to) {
        boolean and = false;
        for (int j = from; j < to && j - from <= 8; j++) {
            String w = t.lower(j);
            if (w.equals(",") || isHonorific(t, j) && w.length() > 1) { // a lone "E" is an initial as often as H.E.'s
                int last = j - 1;
                String word = t.word(last);
                boolean portfolio = last >= from && t.isWord(last) && !marks.office(last)
                        && (word.endsWith("s") || isInstitutionWord(word));
                return and && portfolio ? last : -1;
            }
            if (w.equals("and")) and = true;
            else if (!t.isWord(j) || !t.isCapitalized(j) || !t.joinedOnLine(j - 1)) return -1;
        }
        return -1;
    }

    /**
     * The office word that closes a short run of capitalised words starting at {@code from}, or -1; "and" may join
     * two of them ("of Border and Tribal Affairs").
     */
    private static int officeWordAhead(Tokens t, TokenMarks marks, int from, int to) {
        int words = 0;
        for (int j = from; j < to && words < 4; j++) {
            if (PhraseMatcher.isHyphen(t, j)) continue;
            if (j > from && j + 1 < to && t.lower(j).equals("and") && t.isCapitalized(j + 1) && t.joinedOnLine(j)) continue;
            if (!t.isWord(j) || !t.isCapitalized(j)) return -1;
            words++;
            if (marks.officeWord[j] && !marks.country[j]) return j;
            if (j + 1 < to && !t.joinedOnLine(j)) return -1;
        }
        return -1;
    }

    private static boolean isInstitutionWord(String w) {
        for (String e : INSTITUTION_ENDINGS) if (w.endsWith(e)) return true;
        return false;
    }

    private int nameEnd(Tokens t, TokenMarks marks, int s, int to) {
        int e = s;
        int words = 0;
        while (e < to && words < MAX_NAME_WORDS) {
            if ((isNameToken(t, marks, e) || (e > s && SUFFIXES.contains(t.word(e)))) && (e == s || t.joinedOnLine(e - 1))) {
                words++;
                e++;
                // an initial or a short form: "D.", "Ma. Theresa"; not the stop that ends a sentence
                if (e < to && t.touching(e - 1) && t.lower(e).equals(".") && t.word(e - 1).length() <= 2
                        && (t.word(e - 1).length() == 1 || (e + 1 < to && isNameToken(t, marks, e + 1)))) e++;
                // a hyphenated name: "Kassym-Jomart", "Al-Sabah", and Korean given names "Yun Byung-se"
                while (e + 1 < to && PhraseMatcher.isHyphen(t, e) && t.touching(e - 1) && t.touching(e)
                        && (t.isCapitalized(e + 1) || isNameSyllable(t, e + 1))) e += 2;
                // "O'Brien", "Ya'alon"; not the "'s" that makes a possessive
                if (e + 1 < to && isApostrophe(t.word(e)) && t.touching(e - 1) && t.touching(e) && t.isWord(e + 1)
                        && (t.isCapitalized(e + 1) || (t.word(e + 1).length() > 1 && !t.lower(e + 1).equals("s")))) e += 2;
            } else if (e > s && e + 1 < to && PARTICLES.contains(t.lower(e)) && t.joinedOnLine(e - 1)
                    && (isNameToken(t, marks, e + 1)
                        || (PhraseMatcher.isHyphen(t, e + 1) && e + 2 < to && t.isCapitalized(e + 2))
                        // "de la Fuente", "van der Leyen": particles two at a time
                        || (e + 2 < to && PARTICLES.contains(t.lower(e + 1)) && isNameToken(t, marks, e + 2)))) {
                e++;
                if (PhraseMatcher.isHyphen(t, e)) e++; // "al-Sudani"
            } else {
                break;
            }
        }
        // a name does not end on a particle
        while (e > s && PARTICLES.contains(t.lower(e - 1)) && !t.isCapitalized(e - 1)) e--;
        return e;
    }

    /** "se" of "Byung-se": a short lower-case syllable, not a word that makes "Blinken-led" or "Seoul-based". */
    private boolean isNameSyllable(Tokens t, int i) {
        return t.isWord(i) && t.word(i).length() <= 5 && !k.personWords.get("not-syllables").contains(t.lower(i));
    }

    private static boolean isApostrophe(String w) {
        return w.equals("'") || w.equals("\u2019");
    }

    private boolean isNameToken(Tokens t, TokenMarks marks, int i) {
        if (!t.isWord(i) || !t.isCapitalized(i) || marks.office(i)) return false;
        // a handle glued to the name it repeats: "Antony Blinken SecBlinken"
        if (i > 0 && t.isWord(i - 1) && t.word(i).length() > t.word(i - 1).length() && t.word(i).endsWith(t.word(i - 1))) return false;
        // a city's name can be a first name: "Victoria Nuland"
        if (marks.place[i] && !(i + 1 < t.size() && t.joinedOnLine(i) && t.isWord(i + 1) && t.isCapitalized(i + 1)
                && !marks.office(i + 1) && !marks.place[i + 1])) return false;
        String w = t.word(i);
        // all-capital words of two or more letters are acronyms (ESPD, PGI) or post-nominals (MP), not names;
        // but a family name in capitals before a given name is one: "HAYASHI Yoshimasa"
        boolean capitals = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
        if (!capitals) return true;
        if (w.length() < 3 || POST_NOMINALS.contains(w)) return false;
        // ... and after a given name that follows an honorific: "Ms Jadranka JOKSIMOVIĆ", "Mr Johannes HAHN"
        if (i - 2 >= 0 && t.joinedOnLine(i - 1) && t.isWord(i - 1) && t.isCapitalized(i - 1) && !marks.office(i - 1)
                && !t.word(i - 1).equals(t.word(i - 1).toUpperCase(Locale.ROOT)) && isHonorific(t, i - 2)) return true;
        if (i + 1 >= t.size() || !t.joinedOnLine(i)) return false;
        String next = t.word(i + 1);
        return t.isWord(i + 1) && t.isCapitalized(i + 1) && !next.equals(next.toUpperCase(Locale.ROOT)) && !marks.office(i + 1)
                && !marks.place[i + 1];
    }

    /** "Ambassador X" with no other office: a form of address that is also the person's office. */
    private boolean officeAlone(Tokens t, int ts, int te) {
        return ts == te && k.personWords.get("offices-of-address").contains(t.lower(ts));
    }

    /** "Sheikh", "His Royal Highness Prince": a form of address, not an office. */
    private static boolean onlyHonorifics(Tokens t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (t.isWord(i) && !isHonorific(t, i) && !t.lower(i).equals("the")) return false;
        }
        return true;
    }

    private static boolean isHonorific(Tokens t, int i) {
        return HONORIFICS.contains(t.lower(i));
    }

    private void mention(Doc doc, People people, TokenMarks marks, boolean[] named, int ns, int ne, int ts, int te, String kind) {
        Tokens t = doc.tokens();
        String name = doc.text().substring(t.start(ns), t.end(ne - 1));
        String title = ts <= te && (!onlyHonorifics(t, ts, te) || officeAlone(t, ts, te)) ? singular(t, ts, te, doc.text()) : null;
        List<String> titleParties = new java.util.ArrayList<>();
        for (int i = ts; i <= te; i++) {
            // "Ambassador to the United States": the country an envoy is sent to is not theirs
            boolean sentTo = i > ts && (t.lower(i - 1).equals("to") || (i > ts + 1 && t.lower(i - 1).equals("the") && t.lower(i - 2).equals("to")));
            if (!sentTo && marks.partyAt(i) != null && !titleParties.contains(marks.partyAt(i))) titleParties.add(marks.partyAt(i));
            if (sentTo) while (i + 1 <= te && marks.country[i + 1]) i++;
        }
        Person p = find(people, name);
        if (p == null) {
            p = new Person(name);
            people.all.add(p);
        } else if (name.length() > p.name().length()) {
            p.name(name);
        }
        if (title != null && (p.title == null || title.length() > p.title.length())) {
            p.title = title;
            p.titleKind = kind;
        }
        for (String code : titleParties) if (!p.titleParties.contains(code)) p.titleParties.add(code);
        if (ts <= te) p.titles.add(new Span(t.start(ts), t.end(te), Labels.TITLE, null));
        p.mentions.add(new Span(t.start(ns), t.end(ne - 1), Labels.PERSON, null));
        for (int i = ns; i < ne; i++) named[i] = true;
    }

    /** The title's text, its head in the singular where it names several people ("Presidents" for each is "President"). */
    private String singular(Tokens t, int ts, int te, String text) {
        StringBuilder out = new StringBuilder();
        int at = t.start(ts);
        for (int i = ts; i <= te; i++) {
            String one = k.pluralTitleHeads.get(t.lower(i));
            if (one == null) continue;
            out.append(text, at, t.start(i)).append(one);
            at = t.end(i);
        }
        return out.append(text, at, t.end(te)).toString();
    }

    /** The person a name refers to: the same surname and a first name that does not contradict. */
    private static Person find(People people, String name) {
        String[] words = Words.split(name);
        String surname = Person.surnameOf(name);
        for (Person p : people.all) {
            if (!p.surname().equalsIgnoreCase(surname)) continue;
            String[] other = Words.split(p.name());
            if (words.length == 1 || other.length == 1) return p;
            if (p.name().endsWith(name) || name.endsWith(p.name())) return p; // "Zayed Al Nahyan" in "Abdullah bin Zayed Al Nahyan"
            String a = words[0].toLowerCase(Locale.ROOT);
            String b = other[0].toLowerCase(Locale.ROOT);
            if (a.equals(b) || (a.length() <= 2 && b.startsWith(a.substring(0, 1))) || (b.length() <= 2 && a.startsWith(b.substring(0, 1)))) {
                return p;
            }
        }
        // "Foreign Minister Wang" for Wang Yi, "Sheikh Mohammed" for Mohammed bin Abdulrahman: a name's first word,
        // when it is the first word of one person only
        Person only = null;
        if (words.length == 1) {
            for (Person p : people.all) {
                String[] other = Words.split(p.name());
                if (other.length < 2 || !other[0].equalsIgnoreCase(name)) continue;
                if (only != null) return null;
                only = p;
            }
        }
        return only;
    }

    /** Bare surnames after the first full mention: "Umarov opened the meeting". */
    private void shortMentions(Doc doc, People people, TokenMarks marks, boolean[] named, int from, int to) {
        Tokens t = doc.tokens();
        java.util.Map<String, Person> bySurname = new java.util.HashMap<>();
        for (Person p : people.all) bySurname.putIfAbsent(p.surname(), p);
        for (int i = from; i < to; i++) {
            if (named[i] || !t.isWord(i) || !t.isCapitalized(i)) continue;
            Person p = bySurname.get(t.word(i));
            if (p != null && t.start(i) > p.mentions.get(0).start()) {
                p.mentions.add(new Span(t.start(i), t.end(i), Labels.PERSON, null));
                named[i] = true;
            }
        }
        for (Person p : people.all) p.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
}
