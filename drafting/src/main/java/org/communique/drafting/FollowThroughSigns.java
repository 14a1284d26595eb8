package org.communique.drafting;

import org.communique.store.Confidence;

/**
 * A follow-through link of the tracker in words, from its rule and confidence: the one reading of a confidence that the
 * briefing book and the web pages share. Each sign has two forms of one wording: a phrase for a sentence ("last sign:
 * acted on again at the 6th ESPD (2024)") and a headline for a page.
 */
public final class FollowThroughSigns {
    private FollowThroughSigns() {}

    private enum Sign {
        ROUND_MET("the round met as planned", "Round held as planned"),
        REPORTED_MEETING("a later statement reports it met", "Reported meeting in a later statement"),
        NAMED("named in a later statement", "Named in a later statement"),
        ACTED_ON("acted on again", "Acted on again at a later round"),
        TALKED_ABOUT("its topic came up again", "Only talked about again at a later round");

        final String phrase;
        final String headline;

        Sign(String phrase, String headline) {
            this.phrase = phrase;
            this.headline = headline;
        }
    }

    /** The sign a link of {@code rule} is at {@code confidence}; null for a rule these words do not know. */
    private static Sign of(String rule, double confidence) {
        return switch (rule) {
            case "next-round" -> Sign.ROUND_MET;
            case "mechanism" -> confidence >= Confidence.STRONG ? Sign.REPORTED_MEETING : Sign.NAMED;
            case "topic" -> confidence >= Confidence.ACT_ON_TOPIC ? Sign.ACTED_ON : Sign.TALKED_ABOUT;
            default -> null;
        };
    }

    /** The sign for a sentence, in lower case: "acted on again"; a rule not known here by its name. */
    public static String phrase(String rule, double confidence) {
        Sign s = of(rule, confidence);
        return s == null ? rule.replace('-', ' ') : s.phrase;
    }

    /** The sign as a headline: "Acted on again at a later round". */
    public static String headline(String rule, double confidence) {
        Sign s = of(rule, confidence);
        return s == null ? BriefingWords.cap(rule.replace('-', ' ')) : s.headline;
    }

    /** How much a sign shows: "strong sign", "fair sign" or "weak sign". */
    public static String strength(double confidence) {
        return confidence >= Confidence.STRONG ? "strong sign" : confidence >= Confidence.FAIR ? "fair sign" : "weak sign";
    }
}
