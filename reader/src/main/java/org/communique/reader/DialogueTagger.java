package org.communique.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names the dialogue ("Enhanced Strategic Partnership Dialogue", "Binational Commission", "2+2 Ministerial
 * Dialogue") from capitalised phrases that end in a word such as Dialogue, Commission or Consultations,
 * with the party names in front of them taken off; and settles the parties.
 */
final class DialogueTagger extends Stage {
    private static final Set<String> INNER = Knowledge.get().dialogueWords.get("inner");
    private static final Set<String> WHO_MEETS = Knowledge.get().dialogueWords.get("who-meets");
    /** Before a name, after the parties: "the Bahrain-US", "Bishkek for United States-Kyrgyz Republic". */
    private static final Set<String> CLAUSE_WORDS = Knowledge.get().dialogueWords.get("clause-words");
    private static final Set<String> LEADING_SMALL_WORDS = Knowledge.get().dialogueWords.get("leading-small-words");
    /** After a head, the words that start its subject: "Dialogue on Energy Security", "Commission for Cooperation". */
    private static final Set<String> SUBJECT_WORDS = Knowledge.get().dialogueWords.get("subject-words");
    /** Words that say how a round was held ("Virtual", "formal"), not which dialogue it was. */
    private static final Set<String> NOT_IN_NAME = Knowledge.get().dialogueWords.get("not-in-name");
    private static final Set<String> ORGANISATIONS = Knowledge.get().dialogueWords.get("organisations");

    private final Knowledge k;
    private final Set<String> heads;
    private final Set<String> strongHeads;
    private final DescribedMeeting described;

    DialogueTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.HEADLINE, Keys.SENTENCES, Keys.GAZETTEER, Keys.MARKS), Set.of(Keys.DIALOGUE));
        this.k = k;
        this.heads = k.dialogueWords.get("heads");
        this.strongHeads = k.dialogueWords.get("strong-heads");
        this.described = new DescribedMeeting(k);
        this.longestGroup = k.groups.stream().mapToInt(String::length).max().orElse(0);
        this.ownFormats = k.formats.keySet().stream().filter(f -> !k.groups.contains(f)).toList();
    }


    /** The length of the longest group's name. */
    private final int longestGroup;

    /** The formats that are a dialogue's own name ("C5+1", "Quad"), not a group of states ("GCC"). */
    private final List<String> ownFormats;

    /** @param prefix the words before the name that were set aside (parties, groups, places) */
    private record Candidate(String name, int start, int end, String acronym, Set<String> parties, int nameStart,
                             String prefix) {}

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        List<Candidate> found = new ArrayList<>();
        int from = t.indexAt(doc.bodyStart());
        int to = t.indexAt(doc.bodyEnd());
        String headline = doc.get(Keys.HEADLINE);
        int headlineAt = headline == null ? -1 : doc.text().indexOf(headline);
        for (int i = 0; i < t.size(); i++) {
            if (!t.isCapitalized(i) || !heads.contains(t.lower(i))) continue;
            doc.checkTime();
            // "Ministerial Dialogue", "Vice Foreign Ministerial Strategic Dialogue": the name runs on to the last head
            if (headFollows(t, i)) continue;
            boolean inBody = i >= from && i < to;
            boolean inHeadline = headlineAt >= 0 && t.start(i) >= headlineAt && t.end(i) <= headlineAt + headline.length();
            // a title line above the body ("4th Australia-Japan Foreign and Defence Ministerial Consultations") names the
            // dialogue when it gives the round's number; menus and other lines up there name other things
            boolean aboveBody = !inBody && !inHeadline && t.start(i) < doc.bodyStart();
            if (!inBody && !inHeadline && !aboveBody) continue;
            Candidate c = candidate(doc, marks, i);
            if (c != null && aboveBody && (!ordinalBefore(t, t.indexAt(c.start())) || !onTitleLine(doc.text(), c.start()))) continue;
            if (c != null && !(inHeadline && !inBody && onlyTitleCase(doc, headline, c))) found.add(c);
        }
        // written in lower case ("the 16th German-Polish intergovernmental consultations"): only when no name is
        // capitalised, since lower-case heads are often plain words ("a strategic dialogue framework")
        if (found.isEmpty()) {
            for (int i = from; i < to; i++) {
                if (!k.dialogueWords.get("lowercase-heads").contains(t.word(i))) continue;
                Candidate c = lowerCaseCandidate(doc, marks, i);
                if (c != null) found.add(c);
            }
        }
        int firstSentenceEnd = doc.bodyStart();
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (sentence.start() >= doc.bodyStart()) {
                firstSentenceEnd = sentence.end();
                break;
            }
        }
        Map<String, String> shortForms = shortFormsInBrackets(doc.text(), found);
        Map<String, Integer> score = new HashMap<>();
        Map<String, Candidate> firstOf = new LinkedHashMap<>();
        for (Candidate c : found) {
            String key = c.name().toLowerCase(Locale.ROOT);
            if (shortForms.containsKey(key)) continue; // counted below, for the name it stands for
            int s = 1;
            if (!c.parties().isEmpty()) s += 2;
            if (c.acronym() != null) s += 2;
            if (ordinalBefore(t, t.indexAt(c.start()))) s += 3;
            if (c.start() < firstSentenceEnd) s += 2; // the statement names its subject first
            score.merge(key, s, Integer::sum);
            firstOf.putIfAbsent(key, c);
        }
        for (Candidate c : found) {
            String full = shortForms.get(c.name().toLowerCase(Locale.ROOT));
            if (full != null) score.merge(full, 1, Integer::sum);
        }
        Candidate best = null;
        int bestScore = 0;
        for (Map.Entry<String, Candidate> e : firstOf.entrySet()) {
            int s = score.get(e.getKey());
            if (s > bestScore) {
                best = e.getValue();
                bestScore = s;
            }
        }
        // "the Fifth India-Japan 2+2 Dialogue" in the headline, "the 5th India-Japan 2+2 Foreign and Defence Ministerial
        // Dialogue" in the body: a headline shortens the name that the body writes out
        if (best != null && best.start() < doc.bodyStart()) best = writtenOut(best, found, doc.bodyStart());
        String name = best == null ? null : best.name();
        String acronym = null;
        Set<String> parties = new TreeSet<>();
        List<Span> mentions = new ArrayList<>();
        if (best != null) {
            for (Candidate c : found) {
                if (!c.name().equalsIgnoreCase(name) && !shortFormOf(c.name(), name)
                        && !name.equalsIgnoreCase(shortForms.get(c.name().toLowerCase(Locale.ROOT)))) continue;
                mentions.add(new Span(c.start(), c.end(), Labels.DIALOGUE, c.name()));
                if (acronym == null) acronym = c.acronym();
                if (parties.isEmpty()) parties.addAll(c.parties());
            }
            // "GCC-UK Strategic Dialogue", "China-Central Asia Foreign Ministers' Meeting": a group's members
            String named = best.prefix() + " " + name;
            for (Map.Entry<String, List<String>> f : k.formats.entrySet()) {
                if (Words.containsWords(named, f.getKey())) parties.addAll(f.getValue());
            }
            // "the Ninth Foreign Ministers' Meeting of the "Central Asia plus Japan" Dialogue": the format it belongs to
            for (Span m : mentions) parties.addAll(formatAfter(doc.text(), m.end()));
            // "the Joint Committee between Kenya and Tanzania": the parties named right after the name
            for (Span m : mentions) parties.addAll(sidesAfter(t, marks, t.indexAt(m.end())));
        }
        // "the meeting of the « Weimar Triangle »": no dialogue named, but the headline or the opening names a format
        if (best == null) {
            Span format = namedFormat(doc, firstSentenceEnd);
            if (format != null) {
                name = format.value();
                mentions.add(format);
                parties.addAll(k.formats.get(name));
            }
        }
        // "the 2nd trilateral ministerial meeting": no name and no format, but the opening or the headline calls it something
        if (name == null) {
            Span described = this.described.find(doc, marks, from, t.indexAt(sentenceEnd(doc, DESCRIBED_SENTENCES)));
            if (described == null && headlineAt >= 0) {
                described = this.described.find(doc, marks, t.indexAt(headlineAt), t.indexAt(headlineAt + headline.length()));
            }
            if (described == null) described = this.described.ministersMeeting(doc, from, t.indexAt(sentenceEnd(doc, OPENING_SENTENCES)));
            if (described == null && headlineAt >= 0) {
                described = this.described.ministersMeeting(doc, t.indexAt(headlineAt), t.indexAt(headlineAt + headline.length()));
            }
            if (described != null) {
                name = described.value();
                mentions.add(described);
            }
        }
        if (acronym != null) {
            for (int i = from; i < to; i++) {
                if (t.word(i).equals(acronym)) mentions.add(new Span(t.start(i), t.end(i), Labels.DIALOGUE, name));
            }
        }
        // "the seventh meeting of the Commission": the name's capitalised head alone, after "the", is the name
        if (best != null && strongHeads.contains(t.lower(t.indexAt(best.end()) - 1))) {
            String last = t.word(t.indexAt(best.end()) - 1);
            for (int i = from + 1; i < to; i++) {
                if (!t.word(i).equals(last) || !t.lower(i - 1).equals("the") || doc.covered(Labels.DIALOGUE, t.start(i))) continue;
                if (i + 1 < t.size() && t.isWord(i + 1) && t.isCapitalized(i + 1) && t.joinedOnLine(i)) continue;
                boolean inMention = false;
                for (Span m : mentions) inMention |= m.start() <= t.start(i) && t.start(i) < m.end();
                if (!inMention) mentions.add(new Span(t.start(i), t.end(i), Labels.DIALOGUE, name));
            }
        }
        // "between the Gulf Cooperation Council and the Russian Federation": a group that is one side brings its members
        parties.addAll(groupsAsSides(doc, marks, secondSentenceEnd(doc), mentions));
        // a trilateral meeting has three parties, whether its name says so or its first sentence does
        String opening = doc.text().substring(doc.bodyStart(), Math.max(doc.bodyStart(), Math.min(doc.bodyEnd(),
                firstSentenceEnd))).toLowerCase(Locale.ROOT);
        int size = (name != null && name.toLowerCase(Locale.ROOT).contains("trilateral")) || opening.contains("trilateral") ? 3 : 2;
        // "Foreign Ministers of France, Germany and Poland": three or more countries listed as who met
        if (parties.size() < 3) {
            List<String> listed = listedAsWhoMet(doc, firstSentenceEnd, 3);
            if (listed.size() >= 3) {
                parties.addAll(listed);
                size = Math.max(size, parties.size());
            }
        }
        // "Prime Ministers of Lithuania and Poland meet": two who met, before the countries the text names most
        if (parties.size() < size) {
            List<String> two = listedAsWhoMet(doc, firstSentenceEnd, 2);
            if (two.size() == size && two.containsAll(parties)) parties.addAll(two);
        }
        if (parties.size() < size) parties.addAll(mostMentioned(doc, parties, size));
        mentions.forEach(doc::add);
        doc.set(Keys.DIALOGUE, new DialogueInfo(name, acronym, List.copyOf(parties), mentions));
    }


    /**
     * "the Stabilisation and Association Council (SA Council)": a name in brackets right after another is its short
     * form, and counts for it. Short form to full name, both lower-cased.
     */
    private static Map<String, String> shortFormsInBrackets(String text, List<Candidate> found) {
        Map<String, String> out = new HashMap<>();
        for (Candidate c : found) {
            int open = c.start() - 1;
            while (open >= 0 && text.charAt(open) == ' ') open--;
            if (open < 0 || text.charAt(open) != '(') continue;
            int before = open - 1;
            while (before >= 0 && text.charAt(before) == ' ') before--;
            for (Candidate full : found) {
                if (full.end() == before + 1 && !full.name().equalsIgnoreCase(c.name())) {
                    out.putIfAbsent(c.name().toLowerCase(Locale.ROOT), full.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * "Foreign and Defence Ministerial Consultations" for "2+2 Foreign and Defence Ministerial Consultations": two or
     * more of the name's words, ending in its head, name the same dialogue.
     */
    private static boolean shortFormOf(String shorter, String name) {
        // the cheap test first: shorter, and ending in the same word
        int space = shorter.lastIndexOf(' ');
        if (space < 0 || shorter.length() >= name.length()
                || !name.regionMatches(true, name.length() - (shorter.length() - space), shorter, space, shorter.length() - space)) return false;
        List<String> words = List.of(Words.split(shorter.toLowerCase(Locale.ROOT)));
        List<String> full = List.of(Words.split(name.toLowerCase(Locale.ROOT)));
        return words.size() >= 2 && words.size() < full.size() && full.containsAll(words)
                && words.get(words.size() - 1).equals(full.get(full.size() - 1));
    }

    /**
     * A title's line, not a line of wrapped prose: at most {@value #TITLE_WORDS} words, with a blank line (or the
     * text's edge) before or after it.
     */
    private static boolean onTitleLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        if (end < 0) end = text.length();
        if (Words.count(text.substring(start, end)) > TITLE_WORDS) return false;
        return start == 0 || end == text.length() || blankLineEndsAt(text, start - 1) || blankLineStartsAt(text, end);
    }

    /** Whether the line ending at the line break {@code br} is blank. */
    private static boolean blankLineEndsAt(String text, int br) {
        int start = text.lastIndexOf('\n', br - 1) + 1;
        return text.substring(start, br).isBlank();
    }

    /** Whether the line after the line break {@code br} is blank. */
    private static boolean blankLineStartsAt(String text, int br) {
        int end = text.indexOf('\n', br + 1);
        return text.substring(br + 1, end < 0 ? text.length() : end).isBlank();
    }

    private static final int TITLE_WORDS = 15;

    /** The first body candidate whose name has all the words of {@code best}'s and more, between the same first and
     * last word, or best. */
    private static Candidate writtenOut(Candidate best, List<Candidate> found, int bodyStart) {
        List<String> words = List.of(Words.split(best.name().toLowerCase(Locale.ROOT)));
        for (Candidate c : found) {
            if (c.start() < bodyStart) continue;
            List<String> longer = List.of(Words.split(c.name().toLowerCase(Locale.ROOT)));
            // written out in the middle: the same first and last word ("2+2 ... Dialogue"), not a word put in front
            if (longer.size() > words.size() && longer.containsAll(words) && longer.get(0).equals(words.get(0))
                    && longer.get(longer.size() - 1).equals(words.get(words.size() - 1))) return c;
        }
        return best;
    }

    /** Where the body's second sentence ends: the opening, where a statement says who met. */
    private static int secondSentenceEnd(Doc doc) {
        int seen = 0;
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (sentence.start() < doc.bodyStart()) continue;
            if (++seen == 2) return sentence.end();
        }
        return doc.bodyEnd();
    }

    /**
     * The members of each group of states that the headline or the opening sets against a party, as one side of the
     * meeting, with that party: "the EU and the GCC", "UK-GCC relationship", "between the Cooperation Council ... and
     * the Russian Federation". A group named only as a place or a subject ("security in Central Asia"), or inside the
     * name of something else ("the Australia-ASEAN Special Summit"), is no side.
     */
    private List<String> groupsAsSides(Doc doc, TokenMarks marks, int openingEnd, List<Span> mentions) {
        Tokens t = doc.tokens();
        String headline = doc.get(Keys.HEADLINE);
        int headlineAt = headline == null ? -1 : doc.text().indexOf(headline);
        List<String> sides = new ArrayList<>();
        // only the headline and the opening are searched: the span that holds both
        int lo = headlineAt >= 0 ? Math.min(headlineAt, doc.bodyStart()) : doc.bodyStart();
        int hi = headlineAt >= 0 ? Math.max(openingEnd, headlineAt + headline.length()) : openingEnd;
        // a group that starts before hi may end after it; the search stays in that region (indexOf over the whole
        // text, once a group, costs more than the one copy)
        String region = doc.text().substring(lo, Math.max(lo, Math.min(hi + longestGroup, doc.text().length())));
        for (String group : k.groups) {
            for (int r = region.indexOf(group), at = r + lo; r >= 0 && at < hi; r = region.indexOf(group, r + 1), at = r + lo) {
                boolean inOpening = at >= doc.bodyStart() && at < openingEnd;
                boolean inHeadline = headlineAt >= 0 && at >= headlineAt && at < headlineAt + headline.length();
                if (!inOpening && !inHeadline) continue;
                int first = t.indexAt(at);
                if (first >= t.size() || t.start(first) != at) continue;
                int last = first;
                while (last + 1 < t.size() && t.start(last + 1) < at + group.length()) last++;
                if (t.end(last) != at + group.length()) continue;
                String other = otherSide(t, marks, first, last, mentions);
                if (other != null) {
                    sides.addAll(k.formats.get(group));
                    if (!other.isEmpty()) sides.add(other);
                    break;
                }
            }
        }
        return sides;
    }

    /**
     * The party set against the group at tokens {@code first..last}, "" where "between" says there is one but not
     * which, or null where the group is no side.
     */
    private static String otherSide(Tokens t, TokenMarks marks, int first, int last, List<Span> mentions) {
        int b = first - 1;
        if (b >= 0 && t.lower(b).equals("the")) b--;
        if (b >= 0 && t.lower(b).equals("between")) {
            String after = partyAfterAnd(t, marks, last + 1);
            return after == null ? "" : after;
        }
        boolean hyphenBefore = b - 1 >= 0 && PhraseMatcher.isHyphen(t, b);
        if (b - 1 >= 0 && (hyphenBefore || t.lower(b).equals("and")) && marks.party[b - 1] != null
                && (!hyphenBefore || namesNothingElse(t, last + 1, mentions))) return marks.party[b - 1];
        int a = last + 1;
        if (a >= t.size()) return null;
        boolean hyphenAfter = PhraseMatcher.isHyphen(t, a);
        if (!hyphenAfter && !t.lower(a).equals("and")) return null;
        a++;
        if (a < t.size() && t.lower(a).equals("the")) a++;
        if (a >= t.size() || marks.party[a] == null) return null;
        int end = a;
        while (end + 1 < t.size() && marks.party[end + 1] != null) end++;
        return !hyphenAfter || namesNothingElse(t, end + 1, mentions) ? marks.party[a] : null;
    }

    /** "between (the) Kenya and (the) Tanzania" from token {@code i}: both parties, or none. */
    private static List<String> sidesAfter(Tokens t, TokenMarks marks, int i) {
        if (i >= t.size() || !t.lower(i).equals("between")) return List.of();
        i++;
        if (i < t.size() && t.lower(i).equals("the")) i++;
        if (i >= t.size() || marks.party[i] == null) return List.of();
        String first = marks.party[i];
        while (i + 1 < t.size() && first.equals(marks.party[i + 1])) i++;
        String second = partyAfterAnd(t, marks, i + 1);
        return second == null ? List.of() : List.of(first, second);
    }

    /** "... and (the) Brazil": the party after "and" at {@code at}, or null. */
    private static String partyAfterAnd(Tokens t, TokenMarks marks, int at) {
        if (at >= t.size() || !t.lower(at).equals("and")) return null;
        at++;
        if (at < t.size() && t.lower(at).equals("the")) at++;
        return at < t.size() ? marks.party[at] : null;
    }

    /** After "UK-GCC": a plain word ("relationship") or the dialogue's own name, not another name ("Special Summit"). */
    private static boolean namesNothingElse(Tokens t, int next, List<Span> mentions) {
        if (next >= t.size() || !t.isCapitalized(next)) return true;
        for (Span m : mentions) if (m.start() <= t.start(next) && t.start(next) < m.end()) return true;
        return false;
    }

    /** The members of a format named right after a dialogue's name by "of the" ("... Meeting of the Quad"). */
    private List<String> formatAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (!after.startsWith(" of the ")) return List.of();
        after = after.substring(8).replace("\"", "").replace("\u201c", "").replace("\u201d", "");
        for (Map.Entry<String, List<String>> f : k.formats.entrySet()) {
            if (!k.groups.contains(f.getKey()) && Words.containsWords(after, f.getKey()) && after.startsWith(f.getKey())) {
                return f.getValue();
            }
        }
        return List.of();
    }

    /**
     * "Tashkent Ready to Intensify Political Dialogue With Moscow": a headline that capitalises every word names
     * nothing by it; where the body writes the same words in lower case ("constructive political dialogue") and never
     * as the headline does, they are no name.
     */
    private static boolean onlyTitleCase(Doc doc, String headline, Candidate c) {
        String[] words = Words.split(headline);
        int long_ = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            long_++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        if (long_ < 3 || capitalised < long_) return false;
        String body = doc.text().substring(doc.bodyStart(), doc.bodyEnd());
        return !body.contains(c.name()) && body.toLowerCase(Locale.ROOT).contains(c.name().toLowerCase(Locale.ROOT));
    }

    /** A format (formats.tsv, not a mere group of states) that the headline or the opening sentence names, or null. */
    private Span namedFormat(Doc doc, int openingEnd) {
        String text = doc.text();
        String headline = doc.get(Keys.HEADLINE);
        int headlineAt = headline == null ? -1 : text.indexOf(headline);
        for (Map.Entry<String, List<String>> f : k.formats.entrySet()) {
            if (k.groups.contains(f.getKey())) continue;
            int at = wholeWordsAt(text, f.getKey(), doc.bodyStart(), openingEnd);
            if (at < 0 && headlineAt >= 0) at = wholeWordsAt(text, f.getKey(), headlineAt, headlineAt + headline.length());
            if (at >= 0) return new Span(at, at + f.getKey().length(), Labels.DIALOGUE, f.getKey());
        }
        return null;
    }

    private static int wholeWordsAt(String text, String phrase, int from, int to) {
        for (int at = text.indexOf(phrase, from); at >= 0 && at + phrase.length() <= to; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return at;
        }
        return -1;
    }

    /**
     * The countries of a list of {@code min} or more ("France, Germany and Poland") that follows "of" or "from" after a word
     * for those who meet ("Foreign Ministers of", "the leaders of") in the headline or the opening sentence.
     */
    private List<String> listedAsWhoMet(Doc doc, int openingEnd, int min) {
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        Set<String> whoMeets = k.dialogueWords.get("who-meets");
        String headline = doc.get(Keys.HEADLINE);
        int headlineAt = headline == null ? -1 : doc.text().indexOf(headline);
        int[][] regions = {{doc.bodyStart(), openingEnd}, {headlineAt, headlineAt < 0 ? -1 : headlineAt + headline.length()}};
        for (int[] r : regions) {
            if (r[0] < 0) continue;
            for (int i = t.indexAt(r[0]); i + 1 < t.size() && t.end(i + 1) <= r[1]; i++) {
                if (!whoMeets.contains(t.lower(i)) || !(t.lower(i + 1).equals("of") || t.lower(i + 1).equals("from"))) continue;
                List<String> listed = countryList(t, marks, i + 2, r[1]);
                if (listed.size() >= min) return listed;
            }
            // "India, Japan and the US have held a trilateral dialogue": the countries that met, as the subject
            for (int i = t.indexAt(r[0]); i < t.size() && t.end(i) <= r[1]; i++) {
                if (!marks.country[i] || i > 0 && marks.country[i - 1] || !meetsAfter(t, marks, i, r[1])) continue;
                List<String> listed = countryList(t, marks, i, r[1]);
                if (listed.size() >= min) return listed;
            }
        }
        // "hosted this year's meeting of the foreign ministers of Denmark, Finland, ... and Norway": later in the
        // opening paragraphs, the list says who met where a word for the meeting governs it
        int end = sentenceEnd(doc, OPENING_SENTENCES);
        for (int i = t.indexAt(openingEnd); i + 1 < t.size() && t.end(i + 1) <= end; i++) {
            // ... or "the foreign ministers of the United States, Mexico and Canada met": the list is who met
            if (!whoMeets.contains(t.lower(i)) || !t.lower(i + 1).equals("of") || !meetingOf(t, i) && !meetsAfter(t, marks, i + 2, end)) continue;
            List<String> listed = countryList(t, marks, i + 2, end);
            if (listed.size() >= min) return listed;
        }
        return List.of();
    }

    /** How many of the body's first sentences may say what the meeting is called, where it has no name. */
    private static final int DESCRIBED_SENTENCES = 3;

    /** How many of the body's first sentences tell who met, beyond the opening one. */
    private static final int OPENING_SENTENCES = 6;

    /** Where the body's {@code n}th sentence ends, or the body's end. */
    private static int sentenceEnd(Doc doc, int n) {
        int seen = 0;
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (sentence.start() < doc.bodyStart()) continue;
            if (++seen == n) return Math.min(sentence.end(), doc.bodyEnd());
        }
        return doc.bodyEnd();
    }

    /** "meeting of the (foreign) ministers": a word for the meeting, "of the", and at most two words before {@code who}. */
    private boolean meetingOf(Tokens t, int who) {
        int j = who - 1;
        while (j > who - 3 && j >= 0 && t.isWord(j) && !t.lower(j).equals("the") && !t.lower(j).equals("of")) j--;
        return j - 2 >= 0 && t.lower(j).equals("the") && t.lower(j - 1).equals("of") && k.roundWords.get("round-words").contains(t.lower(j - 2));
    }

    /** Whether the list of countries from {@code i} is followed by a verb of meeting ("have held", "met", "hold"). */
    private boolean meetsAfter(Tokens t, TokenMarks marks, int i, int end) {
        int j = i;
        while (j < t.size() && t.end(j) <= end && (marks.country[j] || !t.isWord(j) || t.lower(j).equals("and") || t.lower(j).equals("the"))) j++;
        if (j < t.size() && (t.lower(j).equals("have") || t.lower(j).equals("has"))) j++;
        return j < t.size() && t.end(j) <= end && k.dialogueWords.get("met").contains(t.lower(j));
    }

    /** "France, Germany(,) and Poland" from token {@code i}: each country once, in order; empty where no "and" closes it. */
    private static List<String> countryList(Tokens t, TokenMarks marks, int i, int end) {
        List<String> out = new ArrayList<>();
        boolean closing = false;
        while (i < t.size() && t.end(i) <= end) {
            if (t.lower(i).equals("the")) i++;
            if (i >= t.size() || marks.party[i] == null || !marks.country[i]) break;
            String party = marks.party[i];
            while (i + 1 < t.size() && party.equals(marks.party[i + 1])) i++;
            if (!out.contains(party)) out.add(party);
            if (closing) return out;
            i++;
            if (i < t.size() && t.lower(i).equals(",")) i++;
            if (i < t.size() && t.lower(i).equals("and")) {
                closing = true;
                i++;
            } else if (i >= t.size() || !t.lower(i - 1).equals(",")) {
                break;
            }
        }
        return List.of();
    }

    private Candidate candidate(Doc doc, TokenMarks marks, int head) {
        Tokens t = doc.tokens();
        int s = head;
        while (s - 1 >= 0 && t.joinedOnLine(s - 1)) {
            int p = s - 1;
            String w = t.lower(p);
            // "High-level": the lower-case end of a capitalised compound
            boolean compoundEnd = p - 2 >= 0 && PhraseMatcher.isHyphen(t, p - 1) && t.touching(p - 2) && t.touching(p - 1)
                    && t.isCapitalized(p - 2);
            boolean word = t.isWord(p) && (t.isCapitalized(p) || Character.isDigit(t.word(p).charAt(0)) || compoundEnd)
                    && !CLAUSE_WORDS.contains(w);
            // "the 12 May Strategic Dialogue": a date is when it met, never part of the name
            if (doc.covered(Labels.DATE, t.start(p))) break;
            // "5th Round Of Strategic Dialogue": the name starts after the round ("Meeting of the ...")
            if (w.equals("of") && p - 1 >= 0 && k.roundWords.get("round-words").contains(t.lower(p - 1))) break;
            // "Stuttgart, Germany — The Joint Military Commission": an em dash ends a dateline; parties join by hyphens
            if (t.word(p).equals("\u2014")) break;
            boolean inner = INNER.contains(w) && p - 1 >= 0 && t.joinedOnLine(p - 1)
                    && (t.isCapitalized(p - 1) || Character.isDigit(t.word(p - 1).charAt(0)) || marks.country[p - 1]
                    // "Political, Security, and Defense Dialogue"
                    || (w.equals("and") && t.lower(p - 1).equals(",") && p - 2 >= 0 && t.isCapitalized(p - 2)));
            // "Political, Security and Defense Dialogue": a list of capitalised words closed by "and"
            boolean listComma = w.equals(",") && p - 1 >= 0 && t.isCapitalized(p - 1) && andBetween(t, p, head);
            // "Inter-Governmental Consultations": a hyphen inside a word of the name, not between parties
            boolean hyphen = PhraseMatcher.isHyphen(t, p) && p - 1 >= 0 && t.touching(p - 1) && t.touching(p)
                    && t.isCapitalized(p - 1) && !marks.country[p - 1] && !marks.country[s];
            if ((word && !Ordinals.isOrdinal(w) && Ordinals.at(t, p) == null) || inner || listComma || hyphen || (marks.country[p] && !t.isWord(p))) {
                s = p;
                continue;
            }
            // "the “2+2” Dialogue": a quoted part of the name, whatever stands before it
            int quote = quoteOpening(t, p);
            if (quote >= 0) {
                s = quote;
                continue;
            }
            // "Foreign and Defence Ministers' (2+2) Meeting": a short form in brackets inside the name
            int open = bracketOpening(t, p);
            boolean apostrophe = open > 0 && (t.lower(open - 1).equals("'") || t.lower(open - 1).equals("\u2019"));
            if (open > 0 && t.joinedOnLine(open - 1) && (t.isCapitalized(open - 1) || apostrophe)) s = open;
            else break;
        }
        int e = head;
        // "Dialogue on Energy Security", "Joint Commission for Bilateral Cooperation", but not "Consultations on July 6",
        // "Dialogue on Tuesday"
        // ("On" capitalised is a title-case headline's, which capitalises the clause after a name as well)
        // "Bilateral Consultation Mechanism on the South China Sea": "the" before a named subject
        int subject = e + 2 < t.size() && t.lower(e + 2).equals("the") && SUBJECT_WORDS.contains(t.word(e + 1)) ? e + 3 : e + 2;
        if (subject < t.size() && SUBJECT_WORDS.contains(t.word(e + 1)) && t.isCapitalized(subject) && t.joinedOnLine(e)
                && t.joinedOnLine(subject - 1) && (subject == e + 2 || t.joinedOnLine(e + 1))
                && !doc.covered(Labels.DATE, t.start(subject)) && !marks.place[subject]
                && !k.roundWords.get("weekdays").contains(t.lower(subject)) && !k.months.containsKey(t.lower(subject))) {
            e = subjectEnd(t, subject);
        }
        // "Binational Meeting of Ministers", "Council of Foreign Ministers": who meets is part of the name
        if (e == head && e + 2 < t.size() && t.lower(e + 1).equals("of") && t.joinedOnLine(e) && t.joinedOnLine(e + 1)) {
            int w = e + 2;
            while (w < t.size() && t.isCapitalized(w) && !WHO_MEETS.contains(t.lower(w)) && w - e < 4 && t.joinedOnLine(w)) w++;
            if (w < t.size() && t.isCapitalized(w) && WHO_MEETS.contains(t.lower(w))) e = w;
            // "Meeting of Ministers of Foreign Affairs": their office says which ministers
            if (e > head && e + 2 < t.size() && t.lower(e + 1).equals("of") && t.joinedOnLine(e) && t.joinedOnLine(e + 1)) {
                int o = e + 2;
                while (o < t.size() && t.isCapitalized(o) && marks.officeWord[o] && !marks.country[o] && o - e < 5) o++;
                if (o > e + 2 && (o >= t.size() || !t.isWord(o) || !t.isCapitalized(o) || !t.joinedOnLine(o - 1))) e = o - 1;
            }
        }
        // "Trilateral Meeting of Foreign Ministers": who meets says which meeting, after it as before it
        boolean ofWhoMeets = e > head && t.lower(head + 1).equals("of");
        // "on the sidelines of the 43rd ASEAN Summit", "alongside the Business Forum": an event held beside the round
        int before = s - 1 >= 0 && Ordinals.isOrdinal(t.lower(s - 1)) ? s - 1 : s;
        if (Ordinals.besideAnother(t, before)) return null;
        // drop the party names and the small words in front: "U.S.-Kazakhstan", "the Bahrain-US"
        Set<String> parties = new TreeSet<>();
        int n = s;
        while (n < head) {
            String w = t.lower(n);
            if (marks.country[n]) {
                if (marks.party[n] != null) parties.add(marks.party[n]);
                n++;
            } else if (!t.isWord(n) || LEADING_SMALL_WORDS.contains(w) || marks.place[n]) {
                n++;
            } else if (n + 1 < head && k.groups.contains(t.word(n))
                    && (n - 1 >= s && PhraseMatcher.isHyphen(t, n - 1) || PhraseMatcher.isHyphen(t, n + 1))) {
                // "EU-GCC Joint Council": a group of states joined to a party by a hyphen is a side, not the name
                parties.addAll(k.formats.get(t.word(n)));
                n++;
            } else {
                break;
            }
        }
        if (n > head) return null;
        // "Annual India-U.S. 2+2 Ministerial Dialogue", "GCC-Japan Strategic Dialogue": the parties named inside
        // are parties, and the name starts after them, unless it is a format's own ("Central Asia plus Japan Dialogue")
        boolean cut = false;
        if (!isFormat(doc.text().substring(t.start(n), t.end(e)))) {
            for (int i = n; i < head; i++) {
                if (!marks.country[i]) continue;
                if (marks.party[i] != null) parties.add(marks.party[i]);
                int after = i + 1;
                while (after < head && (!t.isWord(after) || marks.country[after])) after++;
                if (after <= head && !INNER.contains(t.lower(after))) {
                    n = after;
                    cut = true;
                }
            }
        }
        // "Shanghai Cooperation Organization Council of Foreign Ministers": the organisation's name before it is
        // whose council it is, not part of its name
        for (int i = n; i < head; i++) {
            if (ORGANISATIONS.contains(t.lower(i)) && t.isCapitalized(i + 1) && t.joinedOnLine(i)) n = i + 1;
        }
        String prefix = doc.text().substring(t.start(s), t.start(n));
        String name = nameWithout(doc, n, e);
        if (k.isStandingBody(name)) return null;
        int words = 0;
        for (int i = n; i <= e; i++) if (t.isWord(i)) words++;
        boolean format = false;
        for (String f : ownFormats) {
            if (name.contains(f)) {
                format = true;
                break;
            }
        }
        // one word is a name only right after the parties: "the UAE-UK Taskforce", "Russian-U.S. Consultations"
        // "UAE-UK" in front counts as much as parties inside: two of them were taken off before the head
        boolean afterParties = cut || n == head && parties.size() >= 2;
        // "the 24th EU-China Summit": with its number, even a weak head right after the parties names a series
        boolean series = afterParties && s - 1 >= 0 && Ordinals.isOrdinal(t.lower(s - 1));
        if (words < 2 && !format && !series && !(afterParties && strongHeads.contains(t.lower(head)))) return null;
        // "Meeting", "Summit", "Conference" name a dialogue only after words that say which: "Ministerial Meeting",
        // "Joint Commission Meeting", "Foreign Ministers' Meeting"
        String acronym = null;
        if (e + 3 < t.size() && t.lower(e + 1).equals("(") && t.lower(e + 3).equals(")")) {
            String a = t.word(e + 2);
            if (a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT))) acronym = a;
        }
        // "the U.S.-ROK Nuclear Consultative Group (NCG)": the parties' own forum, with a short name of its own
        boolean named = !parties.isEmpty() && acronym != null;
        if (!strongHeads.contains(t.lower(head)) && !format && !series && !named && !ofWhoMeets
                && !qualifiedWeakHead(t, n, head)) return null;
        return new Candidate(name, t.start(n), t.end(e), acronym, parties, n, prefix);
    }

    /**
     * The last token of the subject that starts a name's "on ..." at {@code i}: its capitalised words, joined by
     * "and", by a hyphen ("Counter-terrorism") or, in a list that "and" closes, by commas ("Economic, Trade and
     * Technical Cooperation").
     */
    private static int subjectEnd(Tokens t, int i) {
        int e = i;
        // the last word may end its line (a title: "... Joint Commission for Bilateral Cooperation\n")
        while (e + 1 < t.size() && t.joinedOnLine(e)) {
            if (t.isWord(e + 1) && t.isCapitalized(e + 1)) {
                e++;
                continue;
            }
            if (e + 2 >= t.size() || !t.joinedOnLine(e + 1)) break;
            String w = t.lower(e + 1);
            boolean next = t.isWord(e + 2) && t.isCapitalized(e + 2);
            boolean hyphen = PhraseMatcher.isHyphen(t, e + 1) && t.touching(e) && t.touching(e + 1) && t.isWord(e + 2);
            boolean and = isAnd(w) && next;
            boolean listed = w.equals(",") && (next || isAnd(t.lower(e + 2))) && closedByAnd(t, e + 2);
            if (hyphen || and) e += 2;
            else if (listed) e += isAnd(t.lower(e + 2)) ? 1 : 2;
            else break;
        }
        return e;
    }

    /** "and", or "&" ("Science & Technology"). */
    private static boolean isAnd(String w) {
        return w.equals("and") || w.equals("&");
    }

    /** Whether, from {@code i}, capitalised words and commas run on to an "and" before a capitalised word. */
    private static boolean closedByAnd(Tokens t, int i) {
        for (int j = i; j + 1 < t.size() && t.joinedOnLine(j); j++) {
            if (isAnd(t.lower(j))) return t.isCapitalized(j + 1);
            if (!t.lower(j).equals(",") && !(t.isWord(j) && t.isCapitalized(j))) return false;
        }
        return false;
    }

    /** "the fifth session of the joint supreme committee": the lower-case words before the head, title-cased. */
    private Candidate lowerCaseCandidate(Doc doc, TokenMarks marks, int head) {
        Tokens t = doc.tokens();
        // "the strategic dialogue mechanism between China and Indonesia": a word for the forum may close the name
        int e = head + 1 < t.size() && t.joinedOnLine(head) && k.dialogueWords.get("lowercase-tails").contains(t.lower(head + 1))
                ? head + 1 : head;
        // a head followed by another noun is not one ("a strategic dialogue framework")
        if (e + 1 < t.size() && t.isWord(e + 1) && t.joinedOnLine(e) && !t.isCapitalized(e + 1)
                && !k.dialogueWords.get("after-lowercase-head").contains(t.lower(e + 1))) return null;
        Set<String> stops = k.dialogueWords.get("lowercase-stops");
        int s = head;
        while (s - 1 >= 0 && head - (s - 1) <= 5 && t.joinedOnLine(s - 1)) {
            int p = s - 1;
            // "inter-governmental consultations"
            boolean hyphen = PhraseMatcher.isHyphen(t, p) && p - 1 >= 0 && t.touching(p - 1) && t.touching(p)
                    && t.isWord(p - 1) && !t.isCapitalized(p - 1) && !marks.country[p - 1];
            // "the importance of continuing consultations": a participle says what they do, it names no forum
            boolean word = t.isWord(p) && !t.isCapitalized(p) && !marks.country[p] && !stops.contains(t.lower(p))
                    && !CLAUSE_WORDS.contains(t.lower(p)) && !Ordinals.isOrdinal(t.lower(p)) && Character.isLetter(t.word(p).charAt(0))
                    && !(t.lower(p).endsWith("ing") && t.lower(p).length() > 5);
            if (!hyphen && !word && !inPlusFormat(t, p) || NOT_IN_NAME.contains(t.lower(p))) break;
            s = p;
        }
        // "the second round of the formal strategic dialogue": how it is held is no part of the name, and the number
        // before it still names it
        int b = s;
        while (b - 1 >= 0 && NOT_IN_NAME.contains(t.lower(b - 1))) b--;
        // a bare head ("held consultations") names the dialogue only after an ordinal or a party: "the 5th consultations"
        boolean named = b - 1 >= 0 && (Ordinals.isOrdinal(t.lower(b - 1)) || marks.country[b - 1]);
        boolean said = s < head || named;
        if (!said) return null;
        // "constructive political dialogue" is how they talk, not a forum: a lower-case dialogue needs its number ("the
        // third meeting of the strategic dialogue mechanism") or a party
        if (t.lower(head).equals("dialogue") && !named && !partyBefore(marks, b) && !numbered(t, b)) return null;
        StringBuilder name = new StringBuilder();
        for (int i = s; i <= e; i++) {
            if (!t.isWord(i)) {
                name.append(t.word(i));
                continue;
            }
            if (name.length() > 0 && t.isWord(i - 1)) name.append(' ');
            String w = t.word(i);
            name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        String n = name.toString();
        if (k.isStandingBody(n)) return null;
        Set<String> parties = new TreeSet<>();
        for (int i = Math.max(0, s - 4); i < s; i++) if (marks.country[i] && marks.party[i] != null) parties.add(marks.party[i]);
        return new Candidate(n, t.start(s), t.end(e), null, parties, s, "");
    }

    /** "2+2": a format counted in its members, inside a lower-case name ("the 2+2 ministerial dialogue"). */
    private static boolean inPlusFormat(Tokens t, int p) {
        boolean plus = t.lower(p).equals("+") && p - 1 >= 0 && t.touching(p - 1) && t.touching(p);
        boolean number = Character.isDigit(t.word(p).charAt(0)) && (p + 1 < t.size() && t.touching(p) && t.lower(p + 1).equals("+")
                || p - 1 >= 0 && t.touching(p - 1) && t.lower(p - 1).equals("+"));
        return plus || number;
    }

    /** An ordinal before token {@code s}, directly or as "the eighth round of (the)". */
    private boolean numbered(Tokens t, int s) {
        int p = s - 1;
        if (p >= 0 && t.lower(p).equals("the")) p--;
        if (p >= 1 && t.lower(p).equals("of") && k.roundWords.get("round-words").contains(t.lower(p - 1))) p -= 2;
        return p >= 0 && Ordinals.isOrdinal(t.lower(p));
    }

    private static boolean partyBefore(TokenMarks marks, int s) {
        for (int i = Math.max(0, s - 4); i < s; i++) if (marks.country[i] && marks.party[i] != null) return true;
        return false;
    }

    /** The name's text from token {@code n} to {@code e}, without words that only say how it was held ("Virtual"). */
    private String nameWithout(Doc doc, int n, int e) {
        Tokens t = doc.tokens();
        String text = doc.text().substring(t.start(n), t.end(e));
        for (int i = n; i <= e; i++) {
            if (k.dialogueWords.get("not-in-name").contains(t.lower(i)) && t.isCapitalized(i)) {
                text = text.replaceFirst("\\b" + java.util.regex.Pattern.quote(t.word(i)) + "\\s+", "");
            }
        }
        // the quotes around a part ("the “2+2” Dialogue") are typography; the acronym of the words before it, in
        // brackets ("Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting"), is no word of the name
        java.util.regex.Matcher m = BRACKETED_ACRONYM.matcher(text);
        while (text.indexOf('(') >= 0 && m.find()) {
            if (initialsBefore(text.substring(0, m.start()), m.group(1))) {
                text = text.substring(0, m.start()) + text.substring(m.end());
                m = BRACKETED_ACRONYM.matcher(text);
            }
        }
        return Words.SPACES.matcher(QUOTES.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern BRACKETED_ACRONYM = java.util.regex.Pattern.compile("\\s*\\(([A-Z]{2,6})\\)");

    /** Whether {@code acronym} is the initials of the last words of {@code before} ("Lancang-Mekong Cooperation": LMC). */
    private static boolean initialsBefore(String before, String acronym) {
        String[] words = before.split("[\\s\\-]+");
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - 1; i >= 0 && initials.length() < acronym.length(); i--) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) continue; // "and", "of"
            initials.insert(0, words[i].charAt(0));
        }
        return initials.toString().equals(acronym);
    }

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"\u201c\u201d]");

    /** The opening quote of a short quoted part of a name ("“2+2”") that closes at {@code close}, or -1. */
    private static int quoteOpening(Tokens t, int close) {
        if (!t.lower(close).equals("\u201d") && !t.lower(close).equals("\"")) return -1;
        for (int i = close - 1; i >= Math.max(0, close - 5); i--) {
            if (t.lower(i).equals("\u201c") || t.lower(i).equals("\"")) return i < close - 1 ? i : -1;
            if (!t.joinedOnLine(i) || (t.isWord(i) && Character.isLowerCase(t.word(i).charAt(0)))) return -1;
        }
        return -1;
    }


    /** The "(" of a short bracketed form ("(2+2)", "(ESPD)") that closes at {@code close}, or -1. */
    private static int bracketOpening(Tokens t, int close) {
        if (!t.lower(close).equals(")")) return -1;
        for (int i = close - 1; i >= Math.max(0, close - 5); i--) {
            if (t.lower(i).equals("(")) return i < close - 1 ? i : -1;
            if (!t.joinedOnLine(i) || (t.isWord(i) && Character.isLowerCase(t.word(i).charAt(0)))) return -1;
        }
        return -1;
    }

    private boolean isFormat(String name) {
        for (String f : ownFormats) if (Words.containsWords(name, f)) return true;
        return false;
    }



    /** Another head word shortly after, in the same run of capitalised words. */
    private boolean headFollows(Tokens t, int i) {
        for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
            if (!t.joinedOnLine(j - 1) || !t.isWord(j) || !t.isCapitalized(j)) return false;
            if (heads.contains(t.lower(j))) return true;
        }
        return false;
    }

    private static boolean andBetween(Tokens t, int from, int head) {
        for (int i = from; i < head; i++) if (t.lower(i).equals("and")) return true;
        return false;
    }

    private boolean qualifiedWeakHead(Tokens t, int from, int head) {
        Set<String> qualifiers = k.dialogueWords.get("qualifiers");
        for (int i = from; i < head; i++) {
            String w = t.lower(i);
            if (strongHeads.contains(w) || qualifiers.contains(w)) return true;
            // who meets says which meeting: "Senior Officials' Meeting", "Leaders' Retreat"
            if (WHO_MEETS.contains(w) && i + 1 < t.size() && t.touching(i) && (t.lower(i + 1).equals("'") || t.lower(i + 1).equals("’"))) return true;
            // "High-Level Meeting", "High Level Meeting": a qualifier written as two words
            int next = i + 1 < head && PhraseMatcher.isHyphen(t, i + 1) ? i + 2 : i + 1;
            if (next < head && qualifiers.contains(w + "-" + t.lower(next))) return true;
        }
        return false;
    }

    private static boolean ordinalBefore(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) if (Ordinals.isOrdinal(t.lower(k))) return true;
        return false;
    }

    /** With too few parties in the dialogue's name, the countries the body names most, up to {@code size}. */
    private static List<String> mostMentioned(Doc doc, Set<String> have, int size) {
        Map<String, Integer> count = new HashMap<>();
        for (String layer : List.of(Labels.COUNTRY, Labels.DEMONYM)) {
            for (Span s : doc.layer(layer)) if (doc.inBody(s)) count.merge(s.value(), 1, Integer::sum);
        }
        // a capital stands for its government: "talks between Seoul and Beijing"
        Map<String, String> capital = Knowledge.get().capital;
        for (Span s : doc.layer(Labels.CITY)) {
            if (doc.inBody(s) && RoundTagger.cityName(doc.cover(s)).equals(capital.get(s.value()))) {
                count.merge(s.value(), 1, Integer::sum);
            }
        }
        // the most named first; between equals, the first named ("Egypt and Kenya held ... in Sudan")
        Map<String, Integer> first = new HashMap<>();
        for (String layer : List.of(Labels.COUNTRY, Labels.DEMONYM, Labels.CITY)) {
            for (Span s : doc.layer(layer)) if (doc.inBody(s)) first.merge(s.value(), s.start(), Math::min);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.entrySet());
        ranked.sort((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(first.getOrDefault(a.getKey(), 0), first.getOrDefault(b.getKey(), 0))
                : b.getValue() - a.getValue());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ranked) {
            if (have.size() + out.size() >= size) break;
            if (!have.contains(e.getKey())) out.add(e.getKey());
        }
        return out;
    }
}
