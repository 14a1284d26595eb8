package org.communique.reader;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an office title says of its holder: which party (U.S. and EU offices are distinctive) and what rank. */
final class Offices {
    // the office lists of offices.tsv
    private static final Pattern US_OFFICE = Words.anyPhrase(Knowledge.get().offices.get("us-offices"));
    private static final Pattern EU_OFFICE = Words.anyPhrase(Knowledge.get().offices.get("eu-offices"));
    /** The kinds of titles.tsv whose holders lead a state or a government. */
    static final java.util.Set<String> LEADER_KINDS = java.util.Set.of("head-of-state", "head-of-government");
    private static final Pattern CABINET = Words.anyPhrase(Knowledge.get().offices.get("cabinet-offices"));
    private static final Pattern BELOW_CABINET = Words.anyPhrase(Knowledge.get().offices.get("below-cabinet"));

    private static final Pattern ORGANISATION = Words.anyPhrase(Knowledge.get().offices.get("organisations"));

    private Offices() {}

    /** "Chairperson of the African Union Commission", "UN Special Envoy": an international organisation's office. */
    static boolean ofOrganisation(String title) {
        if (title == null) return false;
        Boolean known = ORGANISATION_TITLES.get(title);
        if (known != null) return known;
        boolean of = ORGANISATION.matcher(title).find();
        if (ORGANISATION_TITLES.size() > 10_000) ORGANISATION_TITLES.clear(); // titles repeat; memory stays bounded
        ORGANISATION_TITLES.put(title, of);
        return of;
    }

    /** The titles asked about before: the pattern over every title, for every person, several times, costs. */
    private static final java.util.Map<String, Boolean> ORGANISATION_TITLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A minister's or a ministry's title ("Minister of ...", "Ministry of Foreign Affairs"). */
    static boolean ofMinistry(String title) {
        return title != null && title.toLowerCase(Locale.ROOT).contains("minist");
    }

    static String partyOf(String title, List<String> parties) {
        if (title == null) return null;
        // "Secretary of State in the Ministry of Foreign Affairs" is a Polish office, not the U.S. one
        if (parties.contains("US") && !ofMinistry(title) && US_OFFICE.matcher(title).find()) return "US";
        if (parties.contains("EU") && EU_OFFICE.matcher(title).find()) return "EU";
        return null;
    }

    /** Between the U.S. and one other party, a Minister belongs to the other: the U.S. has none. */
    static String ministerParty(String title, List<String> parties) {
        if (title == null || parties.size() != 2 || !parties.contains("US")) return null;
        if (!ofMinistry(title)) return null;
        return parties.get(0).equals("US") ? parties.get(1) : parties.get(0);
    }

    /**
     * Heads of state and government, by the kind titles.tsv gives the title at the head of the office:
     * "President", "Mongolian Prime Minister", "Crown Prince and Prime Minister", "former President", "Emperor";
     * not "Deputy Prime Minister".
     */
    static boolean isLeader(String title) {
        if (title == null) return false;
        Boolean known = LEADER_TITLES.get(title);
        if (known != null) return known;
        boolean leader = leads(title);
        if (LEADER_TITLES.size() > 10_000) LEADER_TITLES.clear(); // titles repeat across statements; memory stays bounded
        LEADER_TITLES.put(title, leader);
        return leader;
    }

    /** The titles asked about before, with the answer: tokenising a title again for every person costs. */
    private static final java.util.Map<String, Boolean> LEADER_TITLES = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean leads(String title) {
        Tokens t = Tokens.of(withoutCountry(title));
        int i = 0;
        while (i < t.size() && (t.lower(i).equals("former") || t.lower(i).equals("the"))) i++;
        PhraseMatcher.Match m = Knowledge.get().titles.longestAt(t, i, t.size());
        return m != null && LEADER_KINDS.contains(m.value());
    }

    static boolean isCabinet(String title) {
        return title != null && CABINET.matcher(title).find() && !BELOW_CABINET.matcher(title).find();
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
