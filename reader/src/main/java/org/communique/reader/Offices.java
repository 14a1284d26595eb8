package org.communique.reader;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an office title says of its holder: which party (U.S. and EU offices are distinctive) and what rank. */
final class Offices {
    private static final Pattern US_OFFICE = Pattern.compile(
            "(?i)\\b(secretary of (state|defense|commerce|the treasury|energy|agriculture|homeland security|labor)"
                    + "|(assistant|under|deputy) secretary\\b|undersecretary of state|trade representative"
                    + "|ambassador-at-large|national security advisor|usaid administrator)");
    private static final Pattern EU_OFFICE = Pattern.compile(
            "(?i)\\b(high representative|commissioner|european|of the union|eu |eeas)");
    // heads of state and government, named at the head of a title: "President", "Mongolian Prime Minister",
    // "Crown Prince and Prime Minister", "former President"; not "Deputy Prime Minister"
    private static final Pattern LEADER = Pattern.compile(
            "(?i)^(former |the )?(president|prime minister|crown prince|king|queen|emir|amir|sultan|chancellor"
                    + "|vice president|premier|head of state)\\b");
    private static final Pattern CABINET = Pattern.compile(
            "(?i)^(?!.*\\b(deputy|vice|assistant|under|state secretary|of state for)\\b).*\\b(minister|secretary of (state|defense|commerce|the treasury|energy))\\b");

    private Offices() {}

    static String partyOf(String title, List<String> parties) {
        if (title == null) return null;
        // "Secretary of State in the Ministry of Foreign Affairs" is a Polish office, not the U.S. one
        boolean ministry = title.toLowerCase(Locale.ROOT).contains("minist");
        if (parties.contains("US") && !ministry && US_OFFICE.matcher(title).find()) return "US";
        if (parties.contains("EU") && EU_OFFICE.matcher(title + " ").find()) return "EU";
        return null;
    }

    /** Between the U.S. and one other party, a Minister belongs to the other: the U.S. has none. */
    static String ministerParty(String title, List<String> parties) {
        if (title == null || parties.size() != 2 || !parties.contains("US")) return null;
        if (!title.toLowerCase(Locale.ROOT).contains("minist")) return null;
        return parties.get(0).equals("US") ? parties.get(1) : parties.get(0);
    }

    static boolean isLeader(String title) {
        if (title == null) return false;
        return LEADER.matcher(withoutCountry(title)).find();
    }

    static boolean isCabinet(String title) {
        return title != null && CABINET.matcher(title).find();
    }

    /** "U.S. President" and "Mongolian Prime Minister" lead with the country; the office follows. */
    private static String withoutCountry(String title) {
        Knowledge k = Knowledge.get();
        Tokens t = Tokens.of(title);
        int i = 0;
        while (i < t.size()) {
            PhraseMatcher.Match m = k.countries.longestAt(t, i, t.size());
            if (m == null) m = k.demonyms.longestAt(t, i, t.size());
            if (m == null) break;
            i = m.lastToken() + 1;
        }
        return i >= t.size() ? title : title.substring(t.start(i));
    }
}
