package org.communique.tracker;

import org.communique.store.DialogueKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named mechanism in a text: its kind ("dialogue", "group", "commission" ...) and the words that
 * tell it from others of its kind. "an inaugural Dialogue on Energy Security" and "the U.S.-Poland
 * Energy Security Dialogue" are one mechanism: the same kind, and the words of one within the other's.
 * {@code ordinal} is the meeting the text names, where it says ("the third annual ... Dialogue": 3;
 * "the inaugural meeting of a ... Dialogue": 1), else null.
 */
record Mechanism(String kind, Set<String> words, String phrase, Integer ordinal) {
    /** Kinds of mechanism; "ministerial" as in "the C5+1 Ministerial Meeting", not as in "a ministerial-level talk". */
    private static final Pattern KIND = Pattern.compile("(?i)\\b(working groups?|task forces?|dialogues?|commissions?|"
            + "councils?|committees?|forums?|fora|mechanisms?|consultations|platforms?|roundtables?|subcommittees?|groups?|"
            + "ministerial(?:\\s+meetings?)?(?!-))\\b");
    private static final Pattern OF = Pattern.compile("^\\s+(on|for|of)\\s+([^,;:.()\\n]*)");
    private static final Pattern END = Pattern.compile("\\b(which|that|to|under|bringing|between|with|had|has|have|was|were|"
            + "is|are|will|met|would|by|during|since|at|and (?:is|was|will|has))\\b|\\bin (?:\\d{4}|[A-Z])"
            + "|\\b(?:in|by|before) (?:early|late|mid|the (?:first|second|third|fourth) (?:half|quarter))\\b");
    /** The ordinal words a text numbers a mechanism's meetings by, "inaugural" among them. */
    private static final Pattern ORDINAL = Pattern.compile("(?i)^(inaugural|first|second|third|fourth|fifth|sixth|seventh|"
            + "eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))$");
    /** "the inaugural meeting of a ... Dialogue": the meeting's ordinal stands before "meeting of". */
    private static final Pattern MEETING_OF = Pattern.compile("(?i)\\b(inaugural|first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:annual\\s+)?(?:meeting|session|round)\\s+of\\s+(?:the|a|an)\\s*$");
    /** Words that say how or when a mechanism meets, not which one it is. */
    private static final Set<String> NOT_NAMES = WordList.load("mechanism-not-names.txt");

    Mechanism {
        words = Set.copyOf(words);
    }

    /** Every mechanism the text names with words of its own. */
    static List<Mechanism> all(String text) {
        List<Mechanism> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = KIND.matcher(text);
        while (m.find()) {
            String kind = kind(m.group(1));
            Set<String> words = new LinkedHashSet<>();
            List<String> head = before(text.substring(0, m.start()), words);
            Matcher after = OF.matcher(text.substring(m.end()));
            String tail = "";
            if (after.find()) {
                tail = after.group(2);
                Matcher end = END.matcher(tail);
                if (end.find()) tail = tail.substring(0, end.start());
                tail = tail.strip();
                for (String w : Words.content(tail)) if (keep(w)) words.add(w);
                if (!tail.isEmpty()) tail = " " + after.group(1) + " " + tail;
            }
            if (!words.isEmpty()) {
                String phrase = (String.join(" ", head) + " " + m.group(1) + tail).strip();
                out.add(new Mechanism(kind, words, phrase, ordinal(head, text.substring(0, m.start()))));
            }
        }
        return out;
    }

    /** The phrase without the ordinal and the "annual" that number a meeting of it ("High-Level Dialogue on ..."). */
    String name() {
        String[] parts = phrase.split(" ");
        int from = 0;
        while (from < parts.length - 1 && (ORDINAL.matcher(parts[from]).matches() || parts[from].equalsIgnoreCase("annual"))) from++;
        return String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }

    /** The ordinal among the words just before the name, or before "meeting of" ahead of them. */
    private static Integer ordinal(List<String> head, String before) {
        for (String w : head) if (ORDINAL.matcher(w).matches()) return number(w);
        String ahead = before.stripTrailing();
        int at = head.isEmpty() ? -1 : ahead.lastIndexOf(head.get(0));
        if (at >= 0) ahead = ahead.substring(0, at);
        Matcher m = MEETING_OF.matcher(ahead.length() > 80 ? ahead.substring(ahead.length() - 80) : ahead);
        return m.find() ? number(m.group(1)) : null;
    }

    /**
     * The ordinal that the words just before a mention give it: "the third (annual) ESPD-HR", or "the second meeting
     * of the WGESI"; null where they give none.
     */
    static Integer ordinalBefore(String before) {
        String[] words = before.strip().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("[^A-Za-z0-9]", "");
            if (ORDINAL.matcher(w).matches()) return number(w);
            if (!w.equalsIgnoreCase("annual")) break;
        }
        String ahead = before.length() > 80 ? before.substring(before.length() - 80) : before;
        Matcher m = MEETING_OF.matcher(ahead.stripTrailing() + " ");
        return m.find() ? number(m.group(1)) : null;
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+\\D*")) return Integer.parseInt(w.replaceAll("\\D", ""));
        List<String> words = List.of("inaugural", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth");
        return w.equals("first") ? 1 : words.indexOf(w) + 1;
    }

    /** Whether two mentions name one mechanism, allowing for a slightly different name. */
    boolean sameAs(Mechanism other) {
        if (!kind.equals(other.kind)) return false;
        if (Words.jaccard(words, other.words) >= 0.5) return true;
        Set<String> small = words.size() <= other.words.size() ? words : other.words;
        Set<String> big = small == words ? other.words : words;
        return small.size() >= 2 && Words.within(small, big);
    }

    /** The capitalised name words, and the modifiers, just before the kind word ("the C5+1 Security Working Group"). */
    private static List<String> before(String head, Set<String> words) {
        String[] parts = head.strip().split("\\s+");
        List<String> taken = new ArrayList<>();
        for (int i = parts.length - 1; i >= 0 && taken.size() < 6; i--) {
            String raw = parts[i].replaceAll("^[(\"'\u201c]+|[)\"'\u201d,]+$", "");
            if (raw.isEmpty()) break;
            String lower = DialogueKey.ascii(raw).toLowerCase(Locale.ROOT);
            boolean named = Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0));
            if (!named && !NOT_NAMES.contains(lower)) break;
            if (parts[i].endsWith(",") || parts[i].endsWith(".")) break;
            taken.add(0, raw);
        }
        for (String w : Words.content(String.join(" ", taken))) if (keep(w)) words.add(w);
        return taken;
    }

    private static boolean keep(String w) {
        return !NOT_NAMES.contains(w) && !SeriesName.MODIFIERS.contains(w) && !w.matches("\\d{4}|\\d+(st|nd|rd|th)?");
    }

    /** The kind of mechanism whose word the text begins with ("Working Group on ...": group), or null. */
    static String kindAtStart(String text) {
        Matcher m = KIND.matcher(text);
        return m.lookingAt() ? kind(m.group(1)) : null;
    }

    private static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.endsWith("group") || w.endsWith("groups")) return "group";
        if (w.startsWith("task force")) return "task force";
        if (w.equals("fora")) return "forum";
        if (w.equals("consultations")) return "consultations";
        if (w.startsWith("ministerial")) return "ministerial";
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
