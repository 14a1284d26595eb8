package org.communique.tracker;

import org.communique.store.DialogueKey;
import org.communique.store.StatementText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms one mechanism goes by, learnt from the texts that name it in full (the commitment's words, its own
 * statement, the later statements found), and its mentions by an acronym alone: "the third ESPD-HR", where a commitment
 * named the Enhanced Strategic Partnership Dialogue on Human Rights. An acronym counts when it spells the initials of a
 * full name the mechanism was given, from any word up to its kind word on (a "U.S.-Kazakhstan" or a "Joint" in front is
 * often left out of it), or when a text gave it in brackets: after the full name it stands for the whole mechanism
 * ("... on Democratic Reforms (HLDDR)"); before the kind word it stands for the name only, and names the mechanism only
 * with that kind of word after it ("the Central Asia and United States (C5+1) Ministerial Meeting", then "the C5+1
 * ministerial", but not "the C5+1 Security Working Group").
 */
final class Acronyms {
    /** Shorter ones ("US", "EU", "HR") name too many things. */
    private static final int SHORTEST = 3;
    private static final Set<String> SMALL = Set.of("of", "and", "on", "the", "for", "in", "a", "an", "to");
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*([^()\\s]{2,16})\\s*\\)");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Mechanism mechanism;
    private final Set<String> whole = new LinkedHashSet<>();
    private final Set<String> nameOnly = new LinkedHashSet<>();
    private final Set<String> never = new LinkedHashSet<>();
    /** The statements learnt from already, by identity: the tracker offers a statement more than once. */
    private final Set<StatementText> read = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code dialogues}: the acronyms of the dialogues themselves (ESPD), which never name a mechanism of theirs. */
    Acronyms(Mechanism mechanism, Collection<String> dialogues) {
        this.mechanism = mechanism;
        for (String d : dialogues) if (d != null) never.add(norm(d));
        whole.addAll(spelled(mechanism));
        whole.removeAll(never);
    }

    /** Every acronym known so far. */
    Set<String> all() {
        Set<String> out = new LinkedHashSet<>(whole);
        out.addAll(nameOnly);
        return out;
    }

    /** Learns from a statement, sentence by sentence as the reader split it: see {@link #learn(String)}. */
    void learn(StatementText statement) {
        if (statement == null || !read.add(statement)) return;
        for (String sentence : statement.sentenceTexts()) learn(sentence);
    }

    /**
     * Learns from a sentence (of a statement, a commitment's words, the sentence that holds them): the full names it
     * gives the mechanism, brackets after them.
     */
    void learn(String text) {
        if (text == null) return;
        String sentence = text.replaceAll("\\s+", " ").strip();
        List<Mechanism> named = new ArrayList<>();
        for (Mechanism n : Mechanism.all(sentence)) if (n.sameAs(mechanism)) named.add(n);
        for (Mechanism n : named) whole.addAll(spelled(n));
        Matcher b = BRACKETED.matcher(sentence);
        while (b.find()) {
            String token = b.group(1);
            if (!looksLikeOne(token)) continue;
            // within a name, before its kind word: "the Central Asia and United States (C5+1) Ministerial Meeting"
            if (named.stream().anyMatch(n -> words(n.phrase()).contains(token))) nameOnly.add(norm(token));
            else if (endsWithIt(sentence.substring(0, b.start()))) whole.add(norm(token));
        }
        whole.removeAll(never);
        nameOnly.removeAll(never);
    }

    /** Whether the text ends with a full name of the mechanism, as where an acronym is given in brackets after it. */
    private boolean endsWithIt(String before) {
        List<Mechanism> found = Mechanism.all(before);
        if (found.isEmpty()) return false;
        Mechanism last = found.get(found.size() - 1);
        List<String> phrase = words(last.phrase());
        List<String> text = words(before);
        return last.sameAs(mechanism) && !phrase.isEmpty() && !text.isEmpty()
                && phrase.get(phrase.size() - 1).equalsIgnoreCase(text.get(text.size() - 1));
    }

    /**
     * The mechanism as a sentence names it by one of its acronyms alone, with the ordinal its words give; empty where it
     * names none, or where the acronym is part of another mechanism's name ("the C5+1 Security Working Group").
     */
    Optional<Mechanism> mentionIn(String sentence) {
        if (whole.isEmpty() && nameOnly.isEmpty()) return Optional.empty();
        List<Mechanism> around = null;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            String token = bare(w.group());
            String key = norm(token);
            if (!looksLikeOne(token) || !(whole.contains(key) || nameOnly.contains(key))) continue;
            if (around == null) around = Mechanism.all(sentence);
            Mechanism within = around.stream().filter(n -> words(n.phrase()).contains(token)).findFirst().orElse(null);
            if (within != null && !within.kind().equals(mechanism.kind())) continue;
            if (within == null && !whole.contains(key)) continue;
            String phrase = within != null ? within.phrase() : token;
            return Optional.of(new Mechanism(mechanism.kind(), mechanism.words(), phrase,
                    Mechanism.ordinalBefore(sentence.substring(0, w.start()))));
        }
        return Optional.empty();
    }

    /**
     * The initials of the mechanism's name, from each word up to its kind word on: "High-Level Dialogue on Democratic
     * Reforms" is HLDDR (or HDDR, a hyphenated word giving one letter), and also DDR.
     */
    static Set<String> spelled(Mechanism m) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = words(m.name());
        int kindAt = kindWordAt(words, m.kind());
        if (kindAt < 0) return out;
        for (boolean split : new boolean[] {true, false}) {
            for (int from = 0; from <= kindAt; from++) {
                StringBuilder b = new StringBuilder();
                for (String word : words.subList(from, words.size())) {
                    for (String part : split ? word.split("[-\u2010-\u2015]") : new String[] {word}) b.append(initial(part));
                }
                String acronym = norm(b.toString());
                if (acronym.length() >= SHORTEST) out.add(acronym);
            }
        }
        return out;
    }

    /** Where in a name's words its kind word stands ("Working" of "Joint Working Group on ..."), or -1. */
    private static int kindWordAt(List<String> words, String kind) {
        for (int i = 0; i < words.size(); i++) {
            if (kind.equals(Mechanism.kindAtStart(String.join(" ", words.subList(i, words.size()))))) return i;
        }
        return -1;
    }

    /** A POSIX regular expression, for the store's search, that finds any of the acronyms, dotted or hyphenated too. */
    static String pattern(Collection<String> acronyms) {
        if (acronyms.isEmpty()) return null;
        List<String> each = new ArrayList<>();
        for (String a : acronyms) {
            StringBuilder b = new StringBuilder();
            for (char c : a.toCharArray()) {
                if (b.length() > 0) b.append("[-./]?");
                b.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
            each.add(b.toString());
        }
        return "(^|[^A-Za-z0-9])(" + String.join("|", each) + ")([^A-Za-z0-9]|$)";
    }

    /** "ESPD-HR", "E.S.P.D.H.R." and "espdhr" alike: upper-case letters, digits and plus signs. */
    static String norm(String token) {
        return DialogueKey.ascii(token).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+]", "");
    }

    /** An acronym has two capitals ("HLDDR", "DigiTF") or a capital and a digit ("C5+1"); a capitalised word has not. */
    private static boolean looksLikeOne(String token) {
        long capitals = token.chars().filter(Character::isUpperCase).count();
        boolean digit = token.chars().anyMatch(Character::isDigit);
        return norm(token).length() >= SHORTEST && (capitals >= 2 || (capitals == 1 && digit));
    }

    private static String initial(String word) {
        String w = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
        if (w.isEmpty() || SMALL.contains(w.toLowerCase(Locale.ROOT))) return "";
        // "C5+1" and "2+2" are kept whole: that is how acronyms carry them
        return Character.isDigit(w.charAt(0)) || w.matches("[A-Z]\\d.*") ? w : w.substring(0, 1);
    }

    /** A word without the brackets, quotes and punctuation around it, and without a possessive "'s". */
    private static String bare(String word) {
        return word.replaceAll("^[(\"'\u201c\u2018\\[]+", "").replaceAll("[)\"'\u201d\u2019\\],;:.!?]+$", "")
                .replaceAll("['\u2019]s$", "");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            String b = bare(w);
            if (!b.isEmpty()) out.add(b);
        }
        return out;
    }
}
