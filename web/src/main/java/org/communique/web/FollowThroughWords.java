package org.communique.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tracker's follow-through findings in a desk officer's words. The tracker stores a rule name, a confidence and
 * a one-line explanation written for the audit ("link 9: ...", "(talk only on the commitment's topic)"); the pages
 * say what the later sign is and how much it shows (in the words of {@code drafting.FollowThroughSigns}, which the
 * briefing book uses too), and keep the rule and the number for scripts and tooltips.
 */
final class FollowThroughWords {
    private static final Pattern LINK = Pattern.compile("^link \\d+: ");
    private static final Pattern TOPIC_KIND = Pattern.compile(" \\((talk only|an act) on the commitment's topic\\)$");
    private static final Pattern SERIES_KEY = Pattern.compile("^the (next|a later) round of \\S+ met");
    private static final Pattern TOPIC_AT = Pattern.compile("^(.+?) at the round of ");

    private FollowThroughWords() {}

    /**
     * The tracker's explanation without its bookkeeping: no link number, no series key, the topic's own label (the
     * tracker writes it in lower case), and no note of the rule that the headline already says.
     */
    static String explanation(String text, Map<String, String> topicLabels) {
        if (text == null || text.isBlank()) return text;
        String s = LINK.matcher(text.strip()).replaceFirst("");
        s = TOPIC_KIND.matcher(s).replaceFirst("");
        s = SERIES_KEY.matcher(s).replaceFirst("the $1 round met");
        Matcher topic = TOPIC_AT.matcher(s);
        if (topic.find()) {
            String lower = topic.group(1);
            for (String label : topicLabels.values()) {
                if (label.toLowerCase(Locale.ROOT).equals(lower)) {
                    s = label + s.substring(lower.length());
                    break;
                }
            }
        }
        return Words.capital(s);
    }

    /** Who found the sign and what became of it: "Found by the tracker; confirmed by ana on 2024-05-02". */
    static String record(String recordedBy, String state, String decidedBy, String decidedAt) {
        String found = recordedBy == null || "tracker".equals(recordedBy) ? "Found by the tracker" : "Recorded by " + recordedBy;
        String day = decidedAt == null ? "" : " on " + (decidedAt.length() >= 10 ? decidedAt.substring(0, 10) : decidedAt);
        return switch (state == null ? "proposed" : state) {
            case "confirmed" -> found + "; confirmed by " + decidedBy + day;
            case "rejected" -> found + "; rejected by " + decidedBy + day + ", so it does not count";
            default -> found + "; no one has checked it yet";
        };
    }
}
