package org.communique.drafting;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether a commitment is a round's plan for the next meeting of its own dialogue: the words of one ("convene the
 * next ESPD", "meet again"), or the place and time the reader took as the round's next-round plan, in a sentence
 * about meeting that launches nothing new.
 */
final class NextRoundPlans {
    private static final Pattern MEETING = Pattern.compile("\\b(meet|meets|meeting|held|hold|convene|reconvene|take place|"
            + "takes place|round|session|next|again)\\b");
    private static final Pattern SOMETHING_NEW = Pattern.compile("\\b(inaugural|launch|establish|set up|first time|"
            + "working group|forum|summit|visit)\\b");

    private NextRoundPlans() {}

    /** The words of a plan for the next round, whatever its place and time. */
    static boolean inWords(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return t.matches("^(convene|hold|meet|host)\\b.*\\bnext\\b.*") || t.startsWith("meet again")
                || t.matches("^(the )?next (round|session|meeting|dialogue)\\b.*");
    }

    /** Whether the commitment is its round's plan for the next meeting ({@code next*}: the round's next-round plan). */
    static boolean is(String text, String place, String due, String nextPlace, String nextDue) {
        if (inWords(text)) return true;
        if (nextPlace == null && nextDue == null) return false;
        String t = text.toLowerCase(Locale.ROOT);
        return Objects.equals(place, nextPlace) && Objects.equals(due, nextDue) && MEETING.matcher(t).find()
                && !SOMETHING_NEW.matcher(t).find();
    }
}
