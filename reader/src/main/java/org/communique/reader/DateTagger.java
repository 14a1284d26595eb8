package org.communique.reader;

import java.util.Set;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks dates: "November 6, 2023", "6 November 2023", "20th October, 2020", "March 8-9", "15-16 November 2021",
 * "September 2023", "Oct. 2". The value is ISO; a date the text gives without a year is written "????-mm-dd"
 * and resolved later against the text's other dates. Impossible dates ("February 30") are left out with a warning.
 */
final class DateTagger extends Stage {
    private static final Map<String, Integer> MONTHS = Knowledge.get().months;
    private static final String MONTH = monthPattern();
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?\\b";
    private static final String DASH = "(?:\\s?[-\u2013\u2014]\\s?|\\sand\\s|\\sto\\s)";
    // Month [the] D[-D][, YYYY]: "March 3", "March the 3rd, 2020"
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s(?:the\\s)?" + DAY + "(?:" + DASH + "(\\d{1,2})\\b)?(?:,?\\s(\\d{4})\\b)?");
    // D[-D] [of | day of] Month[,] [YYYY]: "3 March", "3rd of March", "the 3rd day of March 2020"
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "(?:" + DASH + "(\\d{1,2})(?:st|nd|rd|th)?)?\\s(?:day\\sof\\s|of\\s)?" + MONTH + "(?:,?\\s(\\d{4})\\b)?");
    // Month YYYY
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s(\\d{4})\\b");
    // "2023-11-06", and "2019/11/22" or "2019.11.22" (a year first is always followed by the month); only years of
    // this calendar's last two centuries: "1445/02/26" is a Hijri date. A time may follow: "2020-03-04T09:30:00Z"
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\b|(?=T\\d))");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");
    private static final java.util.Set<String> MONTH_WORDS = MONTHS.keySet();

    /** The months of calendar.tsv as one group: capitalised full names first, then abbreviations with an optional stop. */
    private static String monthPattern() {
        List<String> names = Knowledge.get().monthNames;
        StringBuilder p = new StringBuilder("(");
        for (String n : names) p.append(p.length() == 1 ? "" : "|").append(capitalised(n));
        MONTHS.keySet().stream().filter(w -> !names.contains(w))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .forEach(a -> p.append('|').append(capitalised(a)).append("\\.?"));
        return p.append(')').toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    DateTagger() {
        super(Set.of(), Set.of(Keys.DATES));
    }

    /** Only around month names: the patterns run anchored there, never over the whole text. */
    @Override
    public void annotate(Doc doc) {
        String t = doc.text();
        Tokens tokens = doc.tokens();
        boolean[] taken = new boolean[t.length() + 1];
        List<Span> found = new ArrayList<>();
        Matcher monthDay = MONTH_DAY.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher dayMonth = DAY_MONTH.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher monthYear = MONTH_YEAR.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isCapitalized(i) || !MONTH_WORDS.contains(tokens.lower(i))) continue;
            int at = tokens.start(i);
            int limit = Math.min(t.length(), at + 40);
            // "6 November 2023", "15-16 November", "20th of October": the day comes first
            for (int k = Math.max(0, i - 5); k < i; k++) {
                if (!Character.isDigit(t.charAt(tokens.start(k))) || taken[tokens.start(k)]) continue;
                dayMonth.region(tokens.start(k), limit);
                if (dayMonth.lookingAt() && dayMonth.start(3) == at) {
                    add(doc, found, taken, dayMonth.start(), dayMonth.end(), dayMonth.group(4), month(dayMonth.group(3)), dayMonth.group(1));
                    break;
                }
            }
            if (taken[at]) continue;
            monthDay.region(at, limit);
            if (monthDay.lookingAt()) {
                add(doc, found, taken, monthDay.start(), monthDay.end(), monthDay.group(4), month(monthDay.group(1)), monthDay.group(2));
                continue;
            }
            monthYear.region(at, limit);
            if (monthYear.lookingAt()) {
                found.add(new Span(monthYear.start(), monthYear.end(), Labels.DATE,
                        monthYear.group(2) + "-" + two(month(monthYear.group(1)))));
            }
        }
        numericDates(doc, t, taken, found);
        found.sort(Comparator.comparingInt(Span::start));
        yearFromRangeEnd(t, found);
        found.forEach(doc::add);
    }

    /**
     * "31 August and 1 September 2009", "June 30 - July 2, 2021": a range across two months writes its year once, at
     * its end; the first day takes it (the year before when the range runs from December into January).
     */
    private static void yearFromRangeEnd(String t, List<Span> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Span a = found.get(i), b = found.get(i + 1);
            if (!a.value().startsWith("????") || b.value().length() != 10 || b.value().startsWith("?")) continue;
            if (!RANGE_JOIN.matcher(t.substring(a.end(), b.start())).matches()) continue;
            int year = Integer.parseInt(b.value().substring(0, 4));
            if (a.value().substring(5).compareTo(b.value().substring(5)) > 0) year--;
            if (a.value().endsWith("-02-29") && !java.time.Year.isLeap(year)) continue; // never an impossible date
            found.set(i, new Span(a.start(), a.end(), a.label(), year + a.value().substring(4)));
        }
    }

    private static final Pattern RANGE_JOIN = Pattern.compile(",?" + DASH);

    /**
     * "2023-11-06", "03.03.2020" (dots: the day first, as Europe writes it; no one writes the month first with
     * dots), and "21/03/2019" only where the day cannot be the month (above 12): never a guess between the two.
     * Tried only where a token starts with a digit, not by scanning every character of the text.
     */
    private static void numericDates(Doc doc, String t, boolean[] taken, List<Span> found) {
        Tokens tokens = doc.tokens();
        Matcher iso = ISO.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher dmy = DAY_MONTH_YEAR.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < tokens.size(); i++) {
            int at = tokens.start(i);
            int length = tokens.end(i) - at;
            // every numeric date has a separator right after its first number: look further only there
            char after = at + length < t.length() ? t.charAt(at + length) : ' ';
            if (!isDigit(t.charAt(at)) || taken[at] || !(after == '-' || after == '/' || after == '.')) continue;
            if (length == 4 && iso.region(at, Math.min(t.length(), at + 12)).lookingAt()) {
                int month = Integer.parseInt(iso.group(3));
                if (month >= 1 && month <= 12) add(doc, found, taken, at, iso.end(), iso.group(1), month, iso.group(4));
            } else if (length <= 2 && dmy.region(at, Math.min(t.length(), at + 12)).lookingAt()
                    && (dmy.group(2).equals(".") || Integer.parseInt(dmy.group(1)) > 12)
                    && Integer.parseInt(dmy.group(3)) >= 1 && Integer.parseInt(dmy.group(3)) <= 12) {
                add(doc, found, taken, at, dmy.end(), dmy.group(4), Integer.parseInt(dmy.group(3)), dmy.group(1));
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(Doc doc, List<Span> found, boolean[] taken, int start, int end, String year, int month, String day) {
        int d = Integer.parseInt(day);
        int y = year == null ? 2000 : Integer.parseInt(year); // 2000 is a leap year: Feb 29 passes until resolved
        try {
            LocalDate.of(y, month, d);
        } catch (DateTimeException e) {
            doc.warn("impossible date left out: " + doc.text().substring(start, end));
            return;
        }
        for (int i = start; i < end; i++) taken[i] = true;
        String value = (year == null ? "????" : year) + "-" + two(month) + "-" + two(d);
        found.add(new Span(start, end, Labels.DATE, value));
    }

    static int month(String name) {
        return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
