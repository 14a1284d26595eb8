package org.communique.reader;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the round: its ordinal ("5th annual", "fourth round of"), its date (the first date told with the
 * meeting, the year filled from the text's other dates), and its place and host (a city told with the meeting,
 * never the city of a news dateline).
 */
final class RoundTagger extends Stage {
    // "MANAMA, Oct. 2 (BNA) --", "WASHINGTON -", "ASTANA, 12 March (Kazinform) -", "ANKARA, Turkey, Feb 23 (APP):",
    // "ALMATY. KAZINFORM" (the agency's name in capitals after the city's)
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\- ]{2,30}?)(?:,\\s?[A-Z][a-zA-Z.]{1,20})?(?:,[^\\n]{0,60}?)?"
                    + "(?:\\s?[-\u2013\u2014]{1,2}\\s|:\\s|\\.\\s(?=[A-Z]{3,}\\b))");
    private static final Pattern DC = Pattern.compile(",?\\s*D\\.\\s?C\\.?$");
    /** What may stand before a date that stamps the body's start: "date", "Date:", nothing. */
    private static final Pattern STAMP_WORD = Pattern.compile("\\s*(?i:date:?)?\\s*");
    private static final Pattern TODAY = Pattern.compile("\\btoday\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b");
    // "on Wednesday", "held here Saturday", "said Thursday"; not "next Monday", nor "Tuesday, 2 July 2024" (a date)
    private static final String WEEKDAYS = String.join("|", Knowledge.get().roundWords.get("weekdays"));
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\bnext )\\b(" + WEEKDAYS + ")\\b"
            + "(?!,?\\s+(\\d|" + String.join("|", Knowledge.get().months.keySet()) + "))");
    private static final Pattern THIS_WEEK = Pattern.compile("\\bthis week\\b");
    private static final Set<String> MEETING_WORDS = Knowledge.get().roundWords.get("meeting-words");
    private static final Set<String> ROUND_WORDS = Knowledge.get().roundWords.get("round-words");
    /** How many of the body's first sentences may give an unnamed meeting's number. */
    private static final int OPENING_SENTENCES = 3;

    private final Knowledge k;

    RoundTagger(Knowledge k) {
        super(Set.of(Keys.BODY, Keys.HEADLINE, Keys.SENTENCES, Keys.GAZETTEER, Keys.DATES, Keys.PEOPLE, Keys.DIALOGUE),
                Set.of(Keys.ROUND, Keys.PUBLISHED));
        this.k = k;
        this.virtualKeys = k.roundWords.get("virtual-keys");
    }

    private final Set<String> virtualKeys;

    @Override
    public void annotate(Doc doc) {
        Tokens t = doc.tokens();
        DialogueInfo dialogue = doc.get(Keys.DIALOGUE);
        Span dateline = dateline(doc);
        Span stamp = dateStamp(doc);
        String published = published(doc, dateline);
        doc.set(Keys.PUBLISHED, published);
        // "Berlin, March 31, 2015" above "met today": the place-and-date line says which day today is
        CityDate cityDate = cityDateLine(doc);
        String lineDate = cityDate == null ? null : cityDate.date();
        String anchor = lineDate != null ? lineDate : published;

        List<Span> sentences = doc.layer(Labels.SENTENCE);
        int firstBodySentence = -1;
        for (Span s : sentences) {
            if (doc.inBody(s)) {
                firstBodySentence = s.start();
                break;
            }
        }
        java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();
        for (Span m : dialogue.mentions()) mentionStarts.add(m.start());
        Integer ordinal = null;
        Span dateSpan = null;
        String date = null;
        Span placeSpan = null;
        boolean virtual = false;
        boolean hybrid = false;
        // "(Rome, 25 January 2019)" under the title, and "a visit from 25 to 26 January 2019" in the opening: the
        // statement's own city-and-date line and its opening agree on the day, whatever later sentences recall
        if (lineDate != null) dateSpan = openingDateOn(doc, sentences, lineDate);
        if (dateSpan != null) placeSpan = cityDate.city(); // ... and the line's city is where they met
        boolean here = false;
        // most statements never say "virtual" or "video": look sentence by sentence only when the text does
        boolean mayBeVirtual = anyToken(doc.tokens(), virtualKeys) && k.roundWords.anyIn("virtual", doc.text().toLowerCase(Locale.ROOT));
        // with no name to find the meeting by, the opening's sentences tell its number: "convened the 2nd trilateral
        // ministerial meeting", "This is the third meeting of the Governments"
        boolean unnamed = dialogue.name() == null;
        int bodySentences = 0;
        for (Span s : sentences) {
            if (!doc.inBody(s)) continue;
            doc.checkTime();
            boolean opening = unnamed && bodySentences++ < OPENING_SENTENCES;
            boolean aboutMeeting = aboutMeeting(doc, s, dialogue);
            if (!aboutMeeting) continue;
            if (mayBeVirtual) {
                String lower = doc.cover(s).toLowerCase(Locale.ROOT);
                // "the last consultations were held in a virtual format": an earlier round's way of meeting
                if (!k.roundWords.anyIn("earlier", lower)) virtual |= k.roundWords.anyIn("virtual", lower);
                hybrid |= k.roundWords.anyIn("hybrid", lower);
            }
            // an ordinal counts where the dialogue is named ("the first session" of a day is not the first round)
            if (ordinal == null && (mentionsDialogue(doc, s) || s.start() == firstBodySentence || opening)) ordinal = ordinal(doc, s, mentionStarts);
            // "The fourth meeting was held in Islamabad in February 2015" in a statement on the fifth: another round
            else if (ordinal != null) {
                Integer other = ordinal(doc, s, mentionStarts);
                if (other != null && !other.equals(ordinal)) continue;
            }
            if (dateSpan == null && date == null) {
                // "Washington, 5 May 2023 (TDI): ... convened on May 3, 2023": the date the meeting is said to be on
                // comes before a date that only heads the page
                boolean stamped = false;
                for (Span d : doc.within(Labels.DATE, s)) {
                    stamped |= d.equals(stamp);
                    if (dateline != null && dateline.contains(d) || d.equals(stamp)) continue;
                    if (d.value().length() < 7 || afterEarlierRound(doc, d) || anInstrumentsDate(doc, d)
                            || anotherEventsDate(doc, d) || Preamble.clauseAt(doc.text(), d.start())) continue;
                    if (dateSpan == null || (introducedByOn(doc, d) && !introducedByOn(doc, dateSpan))) dateSpan = d;
                }
                if (dateSpan == null) date = relativeDate(doc.cover(s), anchor);
                // the page's stamp opening the sentence ("date 2024-07-05 ... received her counterpart on Thursday")
                // dates it only when the sentence tells no day of its own
                if (dateSpan == null && date == null && stamped) dateSpan = stamp;
            }
            if (placeSpan == null) placeSpan = place(doc, s, dateline, dateSpan != null ? dateSpan.value() : date);
            here |= hasWord(t, s, "here");
            if (ordinal != null && (dateSpan != null || date != null) && placeSpan != null && (virtual || !mayBeVirtual)) break;
        }
        // "Press Releases > February 2005" above "met on Tuesday 22 February 2005": the day, where one is told, in that month
        if (dateSpan != null && dateSpan.value().length() == 7) dateSpan = dayInMonth(doc, sentences, dialogue, dateline, dateSpan);
        // "Joint Statement on the Seventh Japan-Mongolia Strategic Dialogue": a headline states the number as well
        if (ordinal == null) ordinal = headlineOrdinal(doc, mentionStarts);
        if (ordinal == null) ordinal = titleLineOrdinal(doc, dialogue, mentionStarts);
        // "On December 17, 2014, the Foreign Minister ... made an official visit. During the visit, ... the Dialogue":
        // the opening's date, when no sentence about the meeting gives one
        if (dateSpan == null && date == null) dateSpan = openingDate(doc, sentences, dateline);
        // "The vice ministers ... committed on Wednesday": a wire's opening gives the day relative to its own
        if (dateSpan == null && date == null) date = openingRelativeDate(doc, sentences, anchor);
        if (dateSpan != null) date = resolveYear(dateSpan.value(), doc, published);
        // "the Council ended on Saturday, December 6": the last day, not the first; only the month is known
        if (dateSpan != null && date != null && date.length() == 10 && saidAsEnd(doc, dateSpan)) date = date.substring(0, 7);
        // "March 2023" on a line of its own at the head of the page: the month, as a printed year gives the year
        if (date == null && dateSpan == null && published == null) date = headerMonth(doc);
        // "2006 AUKMIN Communiqué": a year the headline gives still dates the round when nothing else does
        if (date == null && dateSpan == null && published == null) date = headlineYear(doc);
        // "EU-Georgia Association Council, Luxembourg, 8 April 2019": a title that names the meeting and a day is
        // dated by the meeting
        if (date == null && dateSpan == null) {
            dateSpan = headlineDate(doc);
            if (dateSpan != null) date = dateSpan.value();
        }
        // a report published on a day, saying no day of its own: the meeting is of that month, the day unknown
        if (date == null && dateSpan == null && published != null && !published.startsWith("?")) date = published.substring(0, 7);
        // "ISLAMABAD, Aug. 21 (Xinhua) -- ... co-chaired the Dialogue here on Thursday": here is the dateline's city
        if (placeSpan == null && here && dateline != null) placeSpan = releaseCity(doc, dateline);
        if (placeSpan == null) placeSpan = unknownPlace(doc, sentences, dialogue, date);
        if (placeSpan == null && !virtual) placeSpan = doneAt(doc, sentences);
        if (placeSpan == null && doc.get(Keys.HEADLINE) != null) placeSpan = placeInHeadline(doc);
        // a readout issued on the day of the meeting, naming no other city, was issued where they met
        if (placeSpan == null && !virtual && date != null && date.equals(published)) placeSpan = releaseCity(doc, dateline);
        // ... and so was one under its city-and-date line ("Astana, 11.10.2022" above "Today ... hosted")
        if (placeSpan == null && !virtual && date != null && date.equals(lineDate)) placeSpan = cityDate.city();
        String place = placeSpan == null ? null : cityName(doc.cover(placeSpan));
        String host = placeSpan == null ? null : host(placeSpan.value(), dialogue.parties());
        if (virtual && !hybrid) {
            // held by video: no city, no host, whatever cities the text names
            place = "virtual";
            host = null;
            placeSpan = null;
        } else if (host == null) {
            host = venueHost(doc, sentences, dialogue); // "held at the Department of State"
            if (host == null) host = visitedParty(doc, sentences, dialogue);
        }
        doc.set(Keys.ROUND, new RoundInfo(ordinal, date, place, host, dateSpan, placeSpan));
    }

    /** The first day of {@code month}'s month that a sentence about the meeting tells, or {@code month} itself. */
    private Span dayInMonth(Doc doc, List<Span> sentences, DialogueInfo dialogue, Span dateline, Span month) {
        for (Span s : sentences) {
            if (!doc.inBody(s) || s.end() <= month.start() || !aboutMeeting(doc, s, dialogue)) continue;
            for (Span d : doc.within(Labels.DATE, s)) {
                if (d.start() <= month.start() || dateline != null && dateline.contains(d)) continue;
                if (d.value().length() == 10 && d.value().startsWith(month.value()) && !afterEarlierRound(doc, d)
                        && !anInstrumentsDate(doc, d) && !Preamble.clauseAt(doc.text(), d.start())) return d;
            }
        }
        return month;
    }

    /** "on May 3", "On Friday, September 26", "from 12 to 14 June": a date given as when something happened. */
    private static boolean introducedByOn(Doc doc, Span d) {
        String before = doc.text().substring(Math.max(0, d.start() - 24), d.start()).toLowerCase(Locale.ROOT);
        return ON_BEFORE_DATE.matcher(before).find();
    }

    /** Whether an end verb and "on" come right before the date ("ended on Saturday, December 6"). */
    private boolean saidAsEnd(Doc doc, Span d) {
        String before = doc.text().substring(Math.max(0, d.start() - 32), d.start()).toLowerCase(Locale.ROOT);
        Matcher m = END_ON_BEFORE_DATE.matcher(before);
        return m.find() && k.roundWords.get("end-verbs").contains(m.group(1));
    }

    private static final Pattern END_ON_BEFORE_DATE = Pattern.compile("\\b([a-z]+)\\s+on\\s+((" + WEEKDAYS + "),?\\s+)?(the\\s+)?$");

    private static final Pattern ON_BEFORE_DATE = Pattern.compile(
            "\\b(on|from|between)\\s+((" + WEEKDAYS + "),?\\s+)?(the\\s+)?$");

    private static boolean mentionsDialogue(Doc doc, Span s) {
        return !doc.within(Labels.DIALOGUE, s).isEmpty();
    }

    private static boolean aboutMeeting(Doc doc, Span s, DialogueInfo dialogue) {
        if (!doc.within(Labels.DIALOGUE, s).isEmpty()) return true;
        Tokens t = doc.tokens();
        for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) {
            if (MEETING_WORDS.contains(t.lower(i))) return true;
        }
        return false;
    }

    private static Integer ordinal(Doc doc, Span s, java.util.Set<Integer> mentionStarts) {
        Tokens t = doc.tokens();
        int from = t.indexAt(s.start());
        int to = t.indexAt(s.end());
        for (int i = from; i < to; i++) {
            Integer n = Ordinals.at(t, i);
            if (n == null) continue;
            // the ordinal must qualify the meeting: "5th annual", "fourth round", "fifth India-U.S. 2+2 ... Dialogue";
            // "the first session since 2018" counts sessions since a break, not the round
            boolean qualifies = false;
            for (int j = i + 1, words = 0; j < to && words < 8; j++) {
                String w = t.lower(j);
                if (t.isWord(j)) words++;
                if (w.equals("since")) {
                    // "since 2018", "since March": a count after a break; "since the agreement entered into force"
                    // counts from the start, the round's own number
                    String next = j + 1 < to ? t.lower(j + 1) : "";
                    if (next.matches("(19|20)\\d\\d") || Knowledge.get().months.containsKey(next) || !qualifies) qualifies = false;
                    break;
                }
                if (ROUND_WORDS.contains(w) || Knowledge.get().dialogueWords.get("heads").contains(w)) qualifies = true;
                if (mentionStarts.contains(t.start(j))) qualifies = true;
                if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(".")
                        && !(j > 0 && t.word(j - 1).length() == 1)) break;
            }
            // "Nigeria to host 8th Session of ...", "the next meeting, the ninth": the number of a round to come
            if (qualifies && Knowledge.get().roundWords.anyIn("next", doc.text().substring(s.start(), t.start(i)).toLowerCase(Locale.ROOT))) return null;
            if (qualifies) return n;
        }
        return null;
    }

    /** "3rd Chile-Kenya ... Consultations" on a title line above the body, where the dialogue was named. */
    private static Integer titleLineOrdinal(Doc doc, DialogueInfo dialogue, java.util.Set<Integer> mentionStarts) {
        for (Span m : dialogue.mentions()) {
            if (m.start() >= doc.bodyStart()) continue;
            int lineStart = doc.text().lastIndexOf('\n', m.start()) + 1;
            Integer n = ordinal(doc, new Span(lineStart, m.end(), Labels.SENTENCE, null), mentionStarts);
            if (n != null) return n;
        }
        return null;
    }

    private static Integer headlineOrdinal(Doc doc, java.util.Set<Integer> mentionStarts) {
        String head = doc.get(Keys.HEADLINE);
        int at = head == null ? -1 : doc.text().indexOf(head);
        return at < 0 ? null : ordinal(doc, new Span(at, at + head.length(), Labels.SENTENCE, null), mentionStarts);
    }

    private Span place(Doc doc, Span s, Span dateline, String roundDay) {
        Span best = null;
        for (Span c : doc.within(Labels.CITY, s)) {
            if (dateline != null && dateline.contains(c) || insidePerson(doc, c) || Preamble.clauseAt(doc.text(), c.start())) continue;
            // "the attacks in Paris on 13 November", "first held on November 1, 2015 in Samarkand": a city told with
            // a day other than the round's is another event's
            Span day = dateWith(doc, c);
            if (day != null && roundDay != null && !sameDay(day.value(), roundDay)) continue;
            String text = doc.text();
            // "agreed that the next meeting will take place in New Delhi", "signed earlier this year in Kabul"; "the
            // desire to host the 8th Session of the Permanent Joint Commission (PJCC) in Abuja": the
            // next round's cue may stand far before its city, anywhere in the sentence
            String before = text.substring(Math.max(s.start(), c.start() - 80), c.start()).toLowerCase(Locale.ROOT);
            if (k.roundWords.anyIn("next", text.substring(s.start(), c.start()).toLowerCase(Locale.ROOT))
                    || k.roundWords.anyIn("earlier", before)) continue;
            boolean byPreposition = text.startsWith("in ", Math.max(0, c.start() - 3)) || text.startsWith("at ", Math.max(0, c.start() - 3));
            // "the Minsk agreements", "on the Cyprus issue, Athens backs": a city before a lower-case word that no
            // place is followed by names a thing or speaks for a government
            if (!byPreposition && modifiesNext(doc, c)) continue;
            if (byPreposition || text.startsWith(", ", Math.max(0, c.start() - 2))) return c;
            // "the Medellin Declaration", "the Tokyo Process": a city before a capitalised noun is part of a name
            if (best == null && !beforeName(doc, c)) best = c;
        }
        return best;
    }


    /**
     * A place the gazetteer does not know, told as where the meeting was: "Hosted in McAllen, Texas", "the meeting
     * in La Celle-Saint-Cloud on February 12th", "co-chaired on March 31, 2022 in Dakhla". Its country is known only
     * when the text names it after ("Dakhla, Morocco"), and only then does it give a host.
     */
    private Span unknownPlace(Doc doc, List<Span> sentences, DialogueInfo dialogue, String roundDay) {
        String text = doc.text();
        for (Span s : sentences) {
            if (!doc.inBody(s) || !aboutMeeting(doc, s, dialogue)) continue;
            Matcher m = IN_NAME.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                int a = m.start(1), z = m.end(1);
                Tokens t = doc.tokens();
                String first = t.lower(t.indexAt(a));
                // a known city, country or people had its chance above
                Span found = new Span(a, z, null, null);
                if (Knowledge.get().months.containsKey(first) || !doc.within(Labels.COUNTRY, found).isEmpty()
                        || !doc.within(Labels.CITY, found).isEmpty() || !doc.within(Labels.DEMONYM, found).isEmpty()) continue;
                String before = text.substring(Math.max(s.start(), a - 80), a).toLowerCase(Locale.ROOT);
                if (k.roundWords.anyIn("next", before) || k.roundWords.anyIn("earlier", before)) continue;
                Span name = new Span(a, z, Labels.CITY, countryAfter(doc, z));
                Span day = dateWith(doc, name);
                boolean told = day != null || k.roundWords.get("held-in").contains(lastWord(text.substring(s.start(), m.start())));
                if (told && (day == null || roundDay == null || sameDay(day.value(), roundDay))) return name;
            }
        }
        return null;
    }

    /** The country named right after a place ("Dakhla, Morocco"), or null. */
    private static String countryAfter(Doc doc, int end) {
        for (Span c : doc.within(Labels.COUNTRY, new Span(end, Math.min(doc.text().length(), end + 40), null, null))) {
            return doc.text().substring(end, c.start()).matches(",\\s*(the\\s+)?") ? c.value() : null;
        }
        return null;
    }

    // " in " and a capitalised name of one to four words ("La Celle-Saint-Cloud"), then a comma, a stop, " on", " by"
    // or " from"
    private static final Pattern IN_NAME = Pattern.compile(
            "\\bin\\s+([A-Z][\\p{L}'\u2019]+(?:[ -][A-Z][\\p{L}'\u2019]+){0,3})(?=[,.;]|\\s+(?:on|by|from)\\s|\\s*$)");

    private static String lastWord(String s) {
        String[] w = s.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** "Done at Astana on 3 March 2020, in two originals": the city where the parties adopted the statement. */
    private Span doneAt(Doc doc, List<Span> sentences) {
        String text = doc.text();
        for (Span s : sentences) {
            if (!doc.inBody(s)) continue;
            String opening = text.substring(s.start(), Math.min(s.end(), s.start() + 12)).toLowerCase(Locale.ROOT);
            if (k.roundWords.get("adopted-at").stream().noneMatch(w -> opening.startsWith(w + " "))) continue;
            List<Span> cities = doc.within(Labels.CITY, s);
            if (!cities.isEmpty() && cities.get(0).start() <= s.start() + 16) return cities.get(0);
        }
        return null;
    }

    /** Whether a lower-case word that never follows a place follows the span ("agreements", "backs"). */
    private boolean modifiesNext(Doc doc, Span c) {
        Tokens t = doc.tokens();
        int i = t.indexAt(c.end());
        if (i >= t.size() || t.start(i) != c.end() + 1 || doc.text().charAt(c.end()) != ' ') return false;
        String w = t.word(i);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !k.roundWords.get("after-place").contains(w);
    }

    /** Whether a capitalised word in lower case after its capital ("Declaration", not "DC") follows the span. */
    private static boolean beforeName(Doc doc, Span c) {
        Tokens t = doc.tokens();
        int i = t.indexAt(c.end());
        if (i >= t.size() || t.start(i) != c.end() + 1 || doc.text().charAt(c.end()) != ' ') return false;
        String w = t.word(i);
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** The date told right with a city: "in Paris on 13 November", "on 1 November 2015 in Samarkand"; or null. */
    private static Span dateWith(Doc doc, Span c) {
        String text = doc.text();
        for (Span d : doc.within(Labels.DATE, new Span(Math.max(0, c.start() - 40), Math.min(text.length(), c.end() + 40), null, null))) {
            if (d.start() >= c.end() && DATE_AFTER_CITY.matcher(text.substring(c.end(), d.start())).matches()) return d;
            if (d.end() <= c.start() && CITY_AFTER_DATE.matcher(text.substring(d.end(), c.start())).matches()) return d;
        }
        return null;
    }

    private static final Pattern DATE_AFTER_CITY = Pattern.compile(",?\\s+(on|in)\\s+(the\\s+)?");
    private static final Pattern CITY_AFTER_DATE = Pattern.compile(",?\\s+in\\s+");

    /** Two dates that may be one day: equal where both tell it ("????-11-13" is "2015-11-13"; "2015-11" holds it). */
    private static boolean sameDay(String a, String b) {
        if (a.startsWith("?") || b.startsWith("?")) return a.length() != 10 || b.length() != 10 || a.substring(4).equals(b.substring(4));
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The party whose building a sentence about the meeting names ("at the Department of State"), or null. */
    private String venueHost(Doc doc, List<Span> sentences, DialogueInfo dialogue) {
        for (Span s : sentences) {
            if (!doc.inBody(s) || !aboutMeeting(doc, s, dialogue)) continue;
            String text = doc.cover(s);
            for (Map.Entry<String, String> v : k.venues.entrySet()) {
                if (text.contains(v.getKey()) && dialogue.parties().contains(v.getValue())) return v.getValue();
            }
        }
        return null;
    }

    /**
     * "the Foreign Minister of Angola made an official visit to the United States. During the visit, ... co-chaired
     * the Dialogue": the party an opening sentence says was visited held the round.
     */
    private String visitedParty(Doc doc, List<Span> sentences, DialogueInfo dialogue) {
        String text = doc.text();
        for (Span s : opening(doc, sentences)) {
            if (k.roundWords.anyIn("earlier", doc.cover(s).toLowerCase(Locale.ROOT))) continue;
            for (Span c : doc.within(Labels.COUNTRY, s)) {
                if (!dialogue.parties().contains(c.value())) continue;
                String before = " " + text.substring(Math.max(s.start(), c.start() - 30), c.start())
                        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                for (String cue : k.roundWords.get("visit-to")) if (before.endsWith(" " + cue + " ")) return c.value();
            }
        }
        return null;
    }

    /** "Victoria" in "Victoria Nuland" is a name. */
    private static boolean insidePerson(Doc doc, Span c) {
        for (Span p : doc.layer(Labels.PERSON)) if (p.overlaps(c.start(), c.end())) return true;
        return false;
    }

    private static Span placeInHeadline(Doc doc) {
        String head = doc.get(Keys.HEADLINE);
        int at = doc.text().indexOf(head);
        if (at < 0) return null;
        for (Span c : doc.layer(Labels.CITY)) {
            if (c.start() >= at && c.end() <= at + head.length()) return c;
        }
        return null;
    }

    /** A full date in a headline that names the dialogue, or null. */
    private static Span headlineDate(Doc doc) {
        String head = doc.get(Keys.HEADLINE);
        int at = head == null ? -1 : doc.text().indexOf(head);
        if (at < 0) return null;
        Span line = new Span(at, at + head.length(), null, null);
        if (doc.within(Labels.DIALOGUE, line).isEmpty()) return null;
        for (Span d : doc.within(Labels.DATE, line)) if (d.value().length() == 10 && !d.value().startsWith("?")) return d;
        return null;
    }

    /** "Washington, D.C." is Washington. */
    static String cityName(String covered) {
        String name = covered.indexOf('C') < 0 ? covered.strip() : DC.matcher(covered).replaceAll("").strip();
        return name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
    }

    /** "NUR-SULTAN" as "Nur-Sultan": a dateline's capitals are its typography, not the city's spelling. */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean first = i == 0 || !Character.isLetter(name.charAt(i - 1));
            b.append(first ? c : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * The party whose territory the city is on; none when it is no party's ("in the margins of the UN General
     * Assembly in New York" for Brazil and India): the host is a party, never a third country.
     */
    private String host(String cityCountry, List<String> parties) {
        if (cityCountry == null) return null; // a place the gazetteer does not know
        if (parties.contains(cityCountry)) return cityCountry;
        if (parties.contains("EU") && cityCountry != null && EU_SEATS.contains(cityCountry.toLowerCase(Locale.ROOT))) return "EU";
        return parties.isEmpty() ? cityCountry : null;
    }

    private static final Set<String> EU_SEATS = Knowledge.get().roundWords.get("eu-seats");

    private static Span dateline(Doc doc) {
        String t = doc.text();
        int s = afterDateStamp(doc, doc.bodyStart());
        Matcher m = DATELINE.matcher(t.substring(s, Math.min(t.length(), s + 120)));
        if (!m.find()) return titleCaseDateline(doc, s);
        String city = m.group(1).strip();
        if (city.length() < 3 || !city.equals(city.toUpperCase(Locale.ROOT))) return titleCaseDateline(doc, s);
        Span span = new Span(s, s + m.end(), Labels.DATELINE, city);
        doc.add(span);
        return span;
    }

    /** Past a date that stamps the body's start ("date 2022-09-23 New Delhi [India], ..."): where the dateline may begin. */
    private static int afterDateStamp(Doc doc, int bodyStart) {
        String t = doc.text();
        Span d = dateStamp(doc);
        if (d == null) return bodyStart;
        int i = d.end();
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    /** The date that stamps the body's start ("date 2024-07-05 After ..."), or null. */
    private static Span dateStamp(Doc doc) {
        String t = doc.text();
        int bodyStart = doc.bodyStart();
        for (Span d : doc.layer(Labels.DATE)) {
            if (d.start() < bodyStart) continue;
            if (d.start() > bodyStart + 8 || !STAMP_WORD.matcher(t).region(bodyStart, d.start()).matches()) return null;
            return d;
        }
        return null;
    }

    /**
     * "Abuja, 24 October 2023 – ...", "New Delhi [India], September 23 (ANI): ...", "Berlin: ...": a known city
     * opening the body, then only capitalised words, numbers and brackets (a country, a date, an agency) up to a
     * dash or a colon.
     */
    private static Span titleCaseDateline(Doc doc, int bodyStart) {
        for (Span c : doc.layer(Labels.CITY)) {
            if (c.start() < bodyStart) continue;
            if (c.start() > bodyStart) return null;
            String t = doc.text();
            Matcher m = TITLE_CASE_DATELINE_REST.matcher(t).region(c.end(), Math.min(t.length(), c.end() + 60));
            if (!m.lookingAt()) return null;
            Span span = new Span(bodyStart, m.end(), Labels.DATELINE, doc.cover(c));
            doc.add(span);
            return span;
        }
        return null;
    }

    private static final Pattern TITLE_CASE_DATELINE_REST = Pattern.compile(
            "(?:[ ,.]*(?:\\[[^\\]\\n]{1,30}\\]|\\([^)\\n]{1,30}\\)|[A-Z][\\p{L}.]*|\\d{1,4}(?:st|nd|rd|th)?))*"
                    + "\\s?(?::|[-\u2013\u2014]{1,2})\\s");

    /**
     * The publication date: a full date above the body or on a short line of its own ("4 December 2024",
     * "Published 11 September 2023"), else the dateline's.
     */
    private static String published(Doc doc, Span dateline) {
        String fromDateline = null;
        for (Span d : doc.layer(Labels.DATE)) {
            if (d.value().length() != 10 || d.value().startsWith("?")) continue;
            if (dateline != null && dateline.contains(d)) {
                if (fromDateline == null) fromDateline = d.value();
            } else if (d.end() <= doc.bodyStart() || onShortLine(doc.text(), d) || d.end() <= 24 || opensParagraph(doc, d)) {
                return d.value();
            }
        }
        return fromDateline;
    }

    /**
     * "Washington, DC, April 10, 2015 (MACP) — On Thursday ...": a paragraph that opens with a place's capitalised
     * words, a date and a dash is a dateline, whatever layer found the body.
     */
    private static boolean opensParagraph(Doc doc, Span d) {
        String text = doc.text();
        int lineStart = Lines.startWithin(text, d.start(), 40);
        if (lineStart < 0) return false;
        String before = text.substring(lineStart, d.start()).strip();
        if (!before.endsWith(",")) return false;
        for (String w : before.split("[\\s,]+")) if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) return false;
        return DASH_AFTER_DATELINE.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 24))).lookingAt();
    }

    // a dash, after the agency in brackets or not; or the agency between slashes ("/MONTSAME/")
    private static final Pattern DASH_AFTER_DATELINE = Pattern.compile("\\s*(?:(\\([A-Za-z]{2,12}\\)\\s*)?[-\u2013\u2014]|/[A-Za-z]{2,12}/)");

    /** The city a release was issued from: its dateline's, or a line above the body that is a city alone ("Washington, DC"). */
    private static Span releaseCity(Doc doc, Span dateline) {
        String text = doc.text();
        for (Span c : doc.layer(Labels.CITY)) {
            if (dateline != null && dateline.contains(c)) return c;
            if (c.start() >= doc.bodyStart()) break;
            int lineStart = Lines.startWithin(text, c.start(), 40);
            int lineEnd = Lines.endWithin(text, c.end(), 40);
            if (lineStart < 0 || lineEnd < 0 || lineEnd > doc.bodyStart() || !text.substring(lineStart, c.start()).isBlank()) continue;
            String rest = text.substring(c.end(), lineEnd).strip();
            if (rest.isEmpty() || CITY_LINE_REST.matcher(rest).matches()) return c;
        }
        return null;
    }

    /** What may follow a city on a line of its own: ", DC", ", D.C.", ", Tokyo" — a state or a country, short. */
    private static final Pattern CITY_LINE_REST = Pattern.compile(",\\s*[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)?");

    /** A line of at most eight words around the date; looks no further than such a line could reach. */
    private static boolean onShortLine(String text, Span d) {
        int a = Lines.startWithin(text, d.start(), 80);
        int z = Lines.endWithin(text, d.end(), 80);
        return a >= 0 && z >= 0 && Words.count(text.substring(a, z)) <= 8;
    }

    /** The date of a short "City, date" line (a release's place and day), or null. */
    private static CityDate cityDateLine(Doc doc) {
        String text = doc.text();
        for (Span c : doc.layer(Labels.CITY)) {
            int i = c.end();
            if (i >= text.length() || text.charAt(i) != ',') continue;
            for (Span d : doc.within(Labels.DATE, new Span(i, Math.min(text.length(), i + 4 + 20), null, null))) {
                if (d.start() <= i + 3 && d.value().length() == 10 && !d.value().startsWith("?") && onShortLine(text, d)) {
                    return new CityDate(c, d.value());
                }
            }
        }
        return null;
    }

    private static boolean anyToken(Tokens t, Set<String> words) {
        for (int i = 0; i < t.size(); i++) if (words.contains(t.lower(i))) return true;
        return false;
    }

    /** A line of a city and a day ("Berlin, March 31, 2015"): the city's span and the day. */
    private record CityDate(Span city, String date) {}

    private static boolean hasWord(Tokens t, Span s, String lower) {
        for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) if (t.lower(i).equals(lower)) return true;
        return false;
    }

    /** A date of the first two sentences of the body that falls on {@code day}, or null. */
    private static Span openingDateOn(Doc doc, List<Span> sentences, String day) {
        for (Span s : opening(doc, sentences)) {
            for (Span d : doc.within(Labels.DATE, s)) if (d.value().equals(day)) return d;
        }
        return null;
    }

    /** A full date introduced by "on" in the first two sentences of the body. */
    private Span openingDate(Doc doc, List<Span> sentences, Span dateline) {
        for (Span s : opening(doc, sentences)) {
            for (Span d : doc.within(Labels.DATE, s)) {
                if (dateline != null && dateline.contains(d) || anotherEventsDate(doc, d)) continue;
                if (d.value().length() >= 7 && introducedByOn(doc, d) && !Preamble.clauseAt(doc.text(), d.start())) return d;
            }
        }
        return null;
    }

    /** "the joint political declaration ... signed on September 16, 2009": the day of an instrument, not of a meeting. */
    private boolean anInstrumentsDate(Doc doc, Span d) {
        String before = doc.text().substring(Math.max(0, d.start() - 24), d.start()).toLowerCase(Locale.ROOT);
        Matcher m = VERB_ON_BEFORE_DATE.matcher(before);
        if (m.find() && k.roundWords.get("instrument-verbs").contains(m.group(1))) return true;
        // "The Council, established during the visit of the Prime Minister in October 2009, ...": a clause that
        // opens with the act dates the act
        String text = doc.text();
        int from = d.start();
        while (from > 0 && d.start() - from < 120 && ",;(\n".indexOf(text.charAt(from - 1)) < 0) from--;
        String first = text.substring(from, d.start()).strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return from > 0 && ",(".indexOf(text.charAt(from - 1)) >= 0 && k.roundWords.get("instrument-verbs").contains(first);
    }

    /**
     * "the historic C5+1 Summit held on September 22, 2023", "measures agreed at the Normandy Summit on 9 December
     * 2019": the day of a named event other than the dialogue.
     */
    private boolean anotherEventsDate(Doc doc, Span d) {
        String text = doc.text();
        Matcher m = EVENT_ON_BEFORE_DATE.matcher(text.substring(Math.max(0, d.start() - 48), d.start()));
        if (!m.find() || !k.roundWords.get("other-events").contains(m.group(1).toLowerCase(Locale.ROOT))) return false;
        return !doc.covered(Labels.DIALOGUE, d.start() - (m.end() - m.start(1)));
    }

    // a name ("Normandy", "C5+1"), a capitalised head, "held" or "took place" or nothing, then "on" or "in" and the date
    private static final Pattern EVENT_ON_BEFORE_DATE = Pattern.compile(
            "\\b[A-Z0-9][\\p{L}\\d+.-]*\\s+([A-Z][a-z]+)\\s+(?:(?:held|(?:that |which )?took place|convened)\\s+)?(?:on|in)\\s+((?i:" + WEEKDAYS + "),?\\s+)?(the\\s+)?$");

    private static final Pattern VERB_ON_BEFORE_DATE = Pattern.compile("\\b([a-z]+)\\s+(on|in)\\s+$");

    /** "following the last meeting in December 2021": a date that an earlier round is said to have had. */
    private boolean afterEarlierRound(Doc doc, Span d) {
        // the clause before the date, back to a comma or the sentence's start: "The last in-person dialogue took
        // place in Beijing in June 2017" (but not "After the last round in Astana, the sixth was held on ...")
        String text = doc.text();
        int from = d.start();
        while (from > 0 && d.start() - from < 90 && ",.;\n".indexOf(text.charAt(from - 1)) < 0) from--;
        return k.roundWords.anyIn("earlier", text.substring(from, d.start()).toLowerCase(Locale.ROOT));
    }

    private static String openingRelativeDate(Doc doc, List<Span> sentences, String anchor) {
        for (Span s : opening(doc, sentences)) {
            String date = relativeDate(doc.cover(s), anchor);
            if (date != null) return date;
        }
        return null;
    }

    /** The first two sentences of the body: where a release or a wire says when. */
    private static List<Span> opening(Doc doc, List<Span> sentences) {
        return sentences.stream().filter(doc::inBody).limit(2).toList();
    }

    private static String relativeDate(String sentence, String published) {
        if (published == null || published.startsWith("?")) return null;
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (TODAY.matcher(lower).find()) return published;
        if (YESTERDAY.matcher(lower).find() && published.length() == 10) return LocalDate.parse(published).minusDays(1).toString();
        if (THIS_WEEK.matcher(lower).find()) return published.substring(0, 7);
        Matcher weekday = WEEKDAY.matcher(lower);
        if (weekday.find() && published.length() == 10) {
            // "concluded ... on Wednesday" in a wire of Thursday 21 March: the Wednesday before
            LocalDate day = LocalDate.parse(published);
            DayOfWeek wanted = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            while (day.getDayOfWeek() != wanted) day = day.minusDays(1);
            return day.toString();
        }
        return null;
    }

    /** The year of the headline, or of a short line above the body (a page's title: "2006 AUKMIN Communiqué"). */
    private String headlineYear(Doc doc) {
        List<String> lines = new java.util.ArrayList<>();
        if (doc.get(Keys.HEADLINE) != null) lines.add(doc.get(Keys.HEADLINE));
        lines.addAll(List.of(doc.text().substring(0, doc.bodyStart()).split("\n")));
        for (String line : lines) {
            Matcher m = YEAR_IN_HEADLINE.matcher(line);
            if (Words.count(line) <= 8 && m.find() && k.roundWords.anyIn("title-words", line.toLowerCase(Locale.ROOT))) return m.group();
        }
        return null;
    }

    /** A month and year alone on a line above the body or at the text's very start, or null. */
    private static String headerMonth(Doc doc) {
        String text = doc.text();
        for (Span d : doc.layer(Labels.DATE)) {
            if (d.start() > Math.max(doc.bodyStart(), 24)) break;
            int a = Lines.startWithin(text, d.start(), 20);
            int z = Lines.endWithin(text, d.end(), 20);
            if (d.value().length() == 7 && !d.value().startsWith("?") && a >= 0 && z >= 0
                    && text.substring(a, d.start()).isBlank() && text.substring(d.end(), z).isBlank()) return d.value();
        }
        return null;
    }

    private static final Pattern YEAR_IN_HEADLINE = Pattern.compile("\\b(19|20)\\d{2}\\b");

    /** A date without a year takes it from the publication date, or else from the text's other dates. */
    private static String resolveYear(String value, Doc doc, String published) {
        if (!value.startsWith("????")) return value;
        String year = null;
        int month = Integer.parseInt(value.substring(5, 7));
        if (published != null && !published.startsWith("?")) {
            int y = Integer.parseInt(published.substring(0, 4));
            int pm = published.length() >= 7 ? Integer.parseInt(published.substring(5, 7)) : 12;
            year = String.valueOf(month > pm + 1 ? y - 1 : y);
        } else {
            // only a year the page's header or headline prints: one in the text ("the first since 2009") is another
            // event's, and a date whose year is not known is better left unsaid
            String head = doc.text().substring(0, doc.bodyStart()) + " " + (doc.get(Keys.HEADLINE) == null ? "" : doc.get(Keys.HEADLINE));
            Matcher m = Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(head);
            if (m.find()) year = m.group();
        }
        return year == null ? null : year + value.substring(4);
    }
}
