package org.communique.reader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the reader knows of the world, loaded once from the resource files beside this class:
 * countries and their cities, offices, topics, mechanisms, the verbs of acts and the triggers of commitments.
 * Immutable after loading, so one instance serves every thread. Other modules ask it for countries and topics
 * through its public methods (one reading of the files for the whole application); the tables stay the reader's.
 */
public final class Knowledge {
    /** A topic of the taxonomy (topics.tsv): its code, label and track. */
    public record Topic(String code, String label, String track) {}

    /** A party as the gazetteer knows it (countries.tsv): its usual name, first demonym and capital (may be null). */
    public record Country(String code, String name, String demonym, String capital) {}

    /** The words of every phrase below, numbered for their tries. */
    final Vocabulary words = new Vocabulary();
    final PhraseMatcher countries = new PhraseMatcher(words, true);
    final PhraseMatcher demonyms = new PhraseMatcher(words, true);
    final PhraseMatcher cities = new PhraseMatcher(words, true);
    final PhraseMatcher titles = new PhraseMatcher(words, true);
    /** Offices written in lower case before a name (person-words.tsv): "his Uzbek counterpart Bakhrom Aloev". */
    final PhraseMatcher lowerCaseTitles = new PhraseMatcher(words, false);
    final PhraseMatcher topics = new PhraseMatcher(words, false);
    final PhraseMatcher mechanisms = new PhraseMatcher(words, true);
    final PhraseMatcher acts = new PhraseMatcher(words, false);
    final PhraseMatcher triggers = new PhraseMatcher(words, false);
    final Map<String, String> countryName = new HashMap<>();
    final Map<String, String> capital = new HashMap<>();
    final Map<String, Topic> topicByCode = new java.util.LinkedHashMap<>();
    /** Each topic's label and synonyms, lower-cased, in the file's order. */
    private final Map<String, List<String>> topicPhrases = new HashMap<>();
    private final Map<String, Country> countryByCode = new HashMap<>();
    final Map<String, String> mechanismKind = new HashMap<>();
    final Map<String, List<String>> formats = new HashMap<>();
    /** The formats.tsv names that are groups of states ("GCC", "Central Asia"), not a dialogue's own name. */
    final Set<String> groups = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    /** The cue lists of commitment-cues.tsv by name ("restating", "importance", ...), lower-cased. */
    final WordLists commitmentCues = WordLists.load("commitment-cues.tsv");
    /** The word lists of delegation-words.tsv ("head-cues", ...), lower-cased. */
    final WordLists delegationWords = WordLists.load("delegation-words.tsv");
    /** The word lists of topic-words.tsv ("situation"), lower-cased. */
    final WordLists topicWords = WordLists.load("topic-words.tsv");
    /** Reference heads and their kind (reference-heads.tsv). */
    final Map<String, String> referenceHeads = new HashMap<>();
    /** The word lists of reference-words.tsv ("lower-heads", "generic"), lower-cased. */
    final WordLists referenceWords = WordLists.load("reference-words.tsv");
    /** The office lists of offices.tsv ("us-offices", "cabinet-offices", ...), lower-cased. */
    final WordLists offices = WordLists.load("offices.tsv");
    /** The word lists of sentence-words.tsv ("openers"), lower-cased. */
    final WordLists sentenceWords = WordLists.load("sentence-words.tsv");
    /** The word lists of page-words.tsv: website chrome, wire furniture, publishers, HTML blocks. */
    final WordLists pageWords = WordLists.load("page-words.tsv");
    /** The word lists of round-words.tsv ("virtual", "hybrid"), lower-cased. */
    final WordLists roundWords = WordLists.load("round-words.tsv");
    /** The word lists of person-words.tsv ("not-syllables", "title-connectors", ...), lower-cased. */
    final WordLists personWords = WordLists.load("person-words.tsv");
    /** Buildings whose country held a meeting (venues.tsv), by their name. */
    final Map<String, String> venues = new HashMap<>();
    /** The word lists of dialogue-words.tsv by name ("heads", "bodies", ...), lower-cased. */
    final WordLists dialogueWords = WordLists.load("dialogue-words.tsv");
    /** Heads of state and government, foreign and defence ministers by name (office-holders.tsv). */
    final OfficeHolders officeHolders;
    /** The full names (two words or more) of office holders, to find them where no title introduces them. */
    final PhraseMatcher officeHolderNames = new PhraseMatcher(words, true);
    /** Base forms of verbs that open an action (action-verbs.txt). */
    final Set<String> actionVerbs = new HashSet<>();
    /** Month names and their abbreviations, lower-cased, to the month's number (calendar.tsv). */
    final Map<String, Integer> months = new HashMap<>();
    /** The months' full names, lower-cased, in calendar order. */
    final List<String> monthNames = new java.util.ArrayList<>();
    /** Ordinal words ("fifth", "inaugural") to their number (ordinals.tsv). */
    final Map<String, Integer> ordinals = new HashMap<>();
    /** The heads of titles in the plural, lower-cased, to their singular as written ("presidents": "President"). */
    final Map<String, String> pluralTitleHeads = new HashMap<>();
    /** Lower-cased words that occur in office titles and country names: never part of a person's name. */
    final Set<String> officeWords = new HashSet<>();

    private static final class Holder {
        static final Knowledge INSTANCE = new Knowledge();
    }

    public static Knowledge get() {
        return Holder.INSTANCE;
    }

    /** The country of an ISO code (or "EU"), if the gazetteer has it. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(countryByCode.get(code));
    }

    /** The topic of a taxonomy code, if there is one. */
    public Optional<Topic> topic(String code) {
        return Optional.ofNullable(topicByCode.get(code));
    }

    /** Every topic of the taxonomy, in the file's order. */
    public List<Topic> topics() {
        return List.copyOf(topicByCode.values());
    }

    /** A topic's label and synonyms, lower-cased: the phrases that name it. */
    public List<String> phrases(String topicCode) {
        return topicPhrases.getOrDefault(topicCode, List.of());
    }

    private Knowledge() {
        for (String[] r : Resources.rows("countries.tsv")) {
            String code = r[0];
            List<String> names = Resources.values(r[1]);
            if (!names.isEmpty()) countryName.put(code, names.get(0));
            for (String n : names) {
                countries.add(n, code);
                officeWords(n);
            }
            for (String d : Resources.values(r[2])) {
                demonyms.add(d, code);
                officeWords(d);
            }
            if (r.length > 3 && !r[3].equals("-")) {
                capital.put(code, r[3]);
                cities.add(r[3], code);
            }
            if (!names.isEmpty()) {
                List<String> demonymsOf = Resources.values(r[2]);
                countryByCode.put(code, new Country(code, names.get(0), demonymsOf.isEmpty() ? names.get(0) : demonymsOf.get(0),
                        capital.get(code)));
            }
            if (r.length > 4) for (String c : Resources.values(r[4])) cities.add(c, code);
        }
        for (String[] r : Resources.rows("titles.tsv")) {
            String kind = r.length > 1 ? r[1] : "official";
            titles.add(r[0], kind);
            officeWords(r[0]);
            // "Presidents X and Y": one title before several names
            String plural = kind.equals("honorific") ? null : pluralTitle(r[0]);
            if (plural != null) titles.add(plural, kind);
        }
        for (String t : personWords.get("lower-case-titles")) lowerCaseTitles.add(t, "official");
        for (String[] r : Resources.rows("topics.tsv")) {
            Topic t = new Topic(r[0], r[2], r[1]);
            topicByCode.put(t.code(), t);
            topics.add(t.label(), t.code());
            for (String s : Resources.values(r[3])) topics.add(s, t.code());
            List<String> phrases = new java.util.ArrayList<>();
            phrases.add(t.label().toLowerCase(Locale.ROOT));
            for (String s : Resources.values(r[3])) phrases.add(s.toLowerCase(Locale.ROOT));
            topicPhrases.put(t.code(), List.copyOf(phrases));
        }
        for (String[] r : Resources.rows("mechanisms.tsv")) {
            String name = r[0];
            mechanismKind.put(name, r.length > 2 ? r[2] : "mechanism");
            mechanisms.add(name, name);
            for (String a : Resources.values(r.length > 1 ? r[1] : "-")) mechanisms.add(a, name);
        }
        officeHolders = OfficeHolders.load("office-holders.tsv");
        for (String[] r : Resources.rows("office-holders.tsv")) {
            for (String n : Resources.values(r[2])) if (Tokens.of(n).size() >= 2) officeHolderNames.add(n, r[0]);
        }
        for (String[] r : Resources.rows("acts.tsv")) acts.add(r[0], r[1]);
        for (String[] r : Resources.rows("commitments.tsv")) triggers.add(r[0], r[1]);
        for (String[] r : Resources.rows("reference-heads.tsv")) referenceHeads.put(r[0], r[1]);
        for (String[] r : Resources.rows("venues.tsv")) venues.put(r[0], r[1]);
        for (String[] r : Resources.rows("action-verbs.txt")) actionVerbs.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : Resources.rows("formats.tsv")) {
            formats.put(r[0], Resources.values(r[1]));
            if (r.length > 2 && r[2].equals("group")) groups.add(r[0]);
        }
        for (String[] r : Resources.rows("office-words.tsv")) officeWords.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : Resources.rows("abbreviations.txt")) abbreviations.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : Resources.rows("calendar.tsv")) {
            int number = Integer.parseInt(r[1]);
            monthNames.add(r[0].toLowerCase(Locale.ROOT));
            months.put(r[0].toLowerCase(Locale.ROOT), number);
            for (String a : Resources.values(r[2])) months.put(a.toLowerCase(Locale.ROOT), number);
        }
        for (String[] r : Resources.rows("ordinals.tsv")) ordinals.put(r[0].toLowerCase(Locale.ROOT), Integer.parseInt(r[1]));
    }

    /**
     * A title with its head in the plural ("Prime Ministers", "Secretaries of State"), or null where the head is
     * not a plain capitalised noun; the head is the word before the first word that joins a title's parts
     * (person-words.tsv's title-connectors: "of", "for", "and", ...).
     */
    private String pluralTitle(String title) {
        String[] w = title.split(" ");
        int head = w.length - 1;
        for (int i = 1; i < w.length; i++) {
            if (personWords.get("title-connectors").contains(w[i])) {
                head = i - 1;
                break;
            }
        }
        String h = w[head];
        if (h.length() < 3 || !h.chars().allMatch(Character::isLetter) || !Character.isUpperCase(h.charAt(0))
                || h.equals(h.toUpperCase(Locale.ROOT)) || h.endsWith("s")) return null;
        boolean y = h.endsWith("y") && "aeiou".indexOf(h.charAt(h.length() - 2)) < 0;
        String plural = y ? h.substring(0, h.length() - 1) + "ies" : h + "s";
        pluralTitleHeads.put(plural.toLowerCase(Locale.ROOT), h);
        w[head] = plural;
        return String.join(" ", w);
    }

    /** "Security Council", "Communist Party of China Central Committee": a standing body, never a dialogue or a reference. */
    boolean isStandingBody(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String body : dialogueWords.get("bodies")) {
            int before = lower.length() - body.length() - 1; // where the space before a last word would stand
            if (lower.endsWith(body) && (before == -1 || before >= 0 && lower.charAt(before) == ' ')) return true;
        }
        return false;
    }

    private void officeWords(String phrase) {
        Tokens t = Tokens.of(phrase);
        for (int i = 0; i < t.size(); i++) {
            // single letters ("H.E.", "H.R.H.") would swallow the initials of names
            if (t.isWord(i) && t.isCapitalized(i) && t.lower(i).length() > 1) officeWords.add(t.lower(i));
        }
    }
}
