package org.communique.bench;

import org.communique.bench.CorpusGenerator.Gold;
import org.communique.bench.CorpusGenerator.Statement;
import org.communique.bench.World.Country;
import org.communique.bench.World.Mechanism;
import org.communique.bench.World.NamePool;
import org.communique.bench.World.Series;
import org.communique.bench.World.Subject;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Composes one statement from one random stream: first the facts (and so the gold), then the words and the page. */
final class Composer {
    private enum Format { STATE_NOTE, EMBASSY_TEXT, MINISTRY_TEXT, WIRE, JOINT_TEXT, EMBASSY_HTML, MINISTRY_HTML }

    /** Someone named in the statement; {@code title} is what the first (fullest) mention gives. */
    private static final class Person {
        final String name;
        final String family;
        final Country party;
        final String role;
        final String baseTitle;
        final String shortTitle;
        final boolean qualifiable;
        boolean introduced;

        Person(String name, String family, Country party, String role, String baseTitle, String shortTitle,
               boolean qualifiable) {
            this.name = name;
            this.family = family;
            this.party = party;
            this.role = role;
            this.baseTitle = baseTitle;
            this.shortTitle = shortTitle;
            this.qualifiable = qualifiable;
        }
    }

    private static final String[] ORDINALS = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};

    private final Random r;
    private final int index;
    private final Gold gold = new Gold();
    private final Set<String> families = new HashSet<>();

    private Series series;
    private Country a;
    private Country b;
    private Country partner;
    private boolean withUs;
    private int ordinal;
    private LocalDate date;
    private LocalDate published;
    private Country host;
    private String place;
    private Format format;
    private boolean oxford;
    private String prefix;
    private boolean acronymGiven;
    private final List<Person> headsA = new ArrayList<>();
    private final List<Person> headsB = new ArrayList<>();
    private final List<Person> members = new ArrayList<>();
    private final List<Person> mentioned = new ArrayList<>();

    Composer(Random r, int index) {
        this.r = r;
        this.index = index;
    }

    Statement compose() {
        plan();
        List<String> body = body();
        String page = page(body);
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        String slug = series.acronym() != null ? series.acronym() : initials(series.name());
        String name = String.format(Locale.ROOT, "g%06d-%s-%s-%s-%d", index, lower(series.a()), lower(series.b()),
                lower(slug.replace("+", "plus")), date.getYear());
        String ext = format == Format.EMBASSY_HTML || format == Format.MINISTRY_HTML ? "html" : "txt";
        return new Statement(name, ext, bytes, gold.json(CorpusGenerator.sha256(bytes)));
    }

    // ---------------------------------------------------------------- the facts

    private void plan() {
        series = pick(World.SERIES);
        a = World.country(series.a());
        b = World.country(series.b());
        withUs = a == World.US || b == World.US;
        partner = a == World.US ? b : a;
        int maxOrdinal = Math.min(15, 2025 - series.since() + 1);
        ordinal = 1 + r.nextInt(maxOrdinal);
        date = LocalDate.of(series.since() + ordinal - 1, 1 + r.nextInt(12), 1 + r.nextInt(27));
        published = date.plusDays(pick(List.of(0, 0, 1, 1, 1, 2, 3)));
        oxford = r.nextBoolean();

        List<Format> formats = withUs
                ? List.of(Format.STATE_NOTE, Format.EMBASSY_TEXT, Format.MINISTRY_TEXT, Format.WIRE, Format.JOINT_TEXT,
                Format.EMBASSY_HTML, Format.MINISTRY_HTML, Format.WIRE, Format.EMBASSY_TEXT)
                : List.of(Format.MINISTRY_TEXT, Format.WIRE, Format.JOINT_TEXT, Format.MINISTRY_HTML);
        format = pick(formats);

        boolean virtual = chance(0.06);
        if (!virtual) {
            host = ordinal % 2 == 1 ? a : b;
            if (chance(0.25)) host = host == a ? b : a;
            place = host.cities().isEmpty() || chance(0.8) ? host.capital() : host.cities().get(0);
        }

        gold.parties.add(a.code());
        gold.parties.add(b.code());
        gold.dialogue = series.name();
        acronymGiven = series.acronym() != null && chance(0.7);
        gold.acronym = acronymGiven ? series.acronym() : null;
        gold.date = date.toString();
        gold.place = place;
        gold.host = host == null ? null : host.code();
        gold.published = published.toString();
        prefix = prefix();

        heads(a, headsA);
        heads(b, headsB);
        int memberCount = r.nextInt(4);
        for (int i = 0; i < memberCount; i++) members.add(member(chance(0.5) ? a : b));
        int mentionCount = pick(List.of(0, 0, 1, 1, 2));
        if (mentionCount == 2) {
            mentioned.add(leader(a));
            mentioned.add(leader(b));
        } else if (mentionCount == 1) {
            mentioned.add(leader(chance(0.5) ? a : b));
        }
    }

    private String prefix() {
        if (!withUs) {
            String x = a.bare();
            String y = b.bare();
            if (a.code().equals("EU") && chance(0.5)) x = "EU";
            return chance(0.5) ? x + "-" + y : y + "-" + x;
        }
        String p = partner.bare();
        return pick(List.of("U.S.-" + p, p + "-U.S.", "United States-" + p, p + "-United States", "US-" + p));
    }

    private void heads(Country c, List<Person> into) {
        if (series.kind().equals("defense")) {
            into.add(person(c, "head", foreignMinister(c)));
            into.add(person(c, "head", defenseMinister(c)));
            return;
        }
        into.add(person(c, "head", headTitle(c)));
        if (chance(0.12)) into.add(person(c, "head", memberTitle(c)));
    }

    private String[] headTitle(Country c) {
        boolean economic = series.kind().equals("economic");
        if (c == World.US) {
            String bureau = partner.bureau();
            return economic
                    ? pick(List.of(new String[]{"Under Secretary of State for Economic Affairs", "Under Secretary"},
                    new String[]{"Secretary of Commerce", "Secretary"},
                    new String[]{"Deputy Secretary of Commerce", "Deputy Secretary"}))
                    : pick(List.of(new String[]{"Secretary of State", "Secretary"},
                    new String[]{"Deputy Secretary of State", "Deputy Secretary"},
                    new String[]{"Under Secretary of State for Political Affairs", "Under Secretary"},
                    new String[]{"Assistant Secretary of State for " + bureau + " Affairs", "Assistant Secretary"},
                    new String[]{"Assistant Secretary of State for " + bureau + " Affairs", "Assistant Secretary"}));
        }
        if (c.code().equals("EU")) {
            return pick(List.of(new String[]{"High Representative for Foreign Affairs and Security Policy", "High Representative"},
                    new String[]{"EU Special Representative for Central Asia", "Special Representative"}));
        }
        if (economic) {
            return pick(List.of(new String[]{"Minister of Economy", "Minister"},
                    new String[]{"Minister of Trade and Industry", "Minister"},
                    new String[]{"Vice Minister of Economy", "Vice Minister"}));
        }
        return switch (c.code()) {
            case "JP", "KR" -> new String[]{"Vice Minister for Foreign Affairs", "Vice Minister"};
            case "IN", "PK", "BD", "LK" -> pick(List.of(new String[]{"Foreign Secretary", "Foreign Secretary"},
                    new String[]{"Minister of Foreign Affairs", "Minister"}));
            case "PH" -> new String[]{"Secretary of Foreign Affairs", "Secretary"};
            default -> pick(List.of(new String[]{"Minister of Foreign Affairs", "Minister"},
                    new String[]{"Foreign Minister", "Foreign Minister"},
                    new String[]{"Deputy Minister of Foreign Affairs", "Deputy Minister"},
                    new String[]{"First Deputy Minister of Foreign Affairs", "First Deputy Minister"}));
        };
    }

    private String[] foreignMinister(Country c) {
        return switch (c.code()) {
            case "US" -> new String[]{"Secretary of State", "Secretary"};
            case "AU", "JP" -> new String[]{"Minister for Foreign Affairs", "Minister"};
            case "IN" -> new String[]{"External Affairs Minister", "Minister"};
            default -> new String[]{"Minister of Foreign Affairs", "Minister"};
        };
    }

    private String[] defenseMinister(Country c) {
        return switch (c.code()) {
            case "US" -> new String[]{"Secretary of Defense", "Secretary"};
            case "AU" -> new String[]{"Minister for Defence", "Minister"};
            case "IN" -> new String[]{"Defence Minister", "Minister"};
            case "VN" -> new String[]{"Deputy Minister of National Defense", "Deputy Minister"};
            default -> new String[]{"Minister of Defense", "Minister"};
        };
    }

    private String[] memberTitle(Country c) {
        Country other = c == a ? b : a;
        if (c == World.US) {
            return pick(List.of(new String[]{"U.S. Ambassador to " + partner.bare(), "Ambassador"},
                    new String[]{"Deputy Assistant Secretary of State for " + partner.bureau() + " Affairs", "Deputy Assistant Secretary"},
                    new String[]{"Deputy Assistant Secretary of Defense", "Deputy Assistant Secretary"},
                    new String[]{"Assistant U.S. Trade Representative", "Assistant Trade Representative"}));
        }
        if (c.code().equals("EU")) {
            return new String[]{"Head of the EU Delegation to " + other.bare(), "Ambassador"};
        }
        return pick(List.of(new String[]{c.demonym() + " Ambassador to " + other.name(), "Ambassador"},
                new String[]{"Deputy Minister of Economy", "Deputy Minister"},
                new String[]{"Deputy Minister of Defense", "Deputy Minister"},
                new String[]{"Deputy Minister of Energy", "Deputy Minister"}));
    }

    private final Set<String> memberTitles = new HashSet<>();

    /** A member of one delegation; no two members of a statement hold the same office. */
    private Person member(Country c) {
        String[] t = memberTitle(c);
        for (int attempt = 0; attempt < 20 && !memberTitles.add(t[0]); attempt++) t = memberTitle(c);
        return person(c, "member", t);
    }

    private Person leader(Country c) {
        String title = switch (c.code()) {
            case "JP", "AU", "NZ", "IN", "PK", "MY", "TH", "BD" -> "Prime Minister";
            case "DE" -> "Chancellor";
            case "QA", "KW" -> "Amir";
            case "MA", "JO", "BH" -> "King";
            case "EU" -> "President of the European Commission";
            default -> "President";
        };
        String name = name(c);
        return new Person(name, lastFamily, c, "mentioned", title, title, false);
    }

    private Person person(Country c, String role, String[] title) {
        boolean qualifiable = c != World.US && !c.code().equals("EU") && !title[0].contains(" to ")
                && !title[0].startsWith(c.demonym());
        String name = name(c);
        return new Person(name, lastFamily, c, role, title[0], title[1], qualifiable);
    }

    private String lastFamily;

    /** A made-up name from the country's pool, its last word not used before in this statement. */
    private String name(Country c) {
        NamePool pool = World.NAMES.get(c.names());
        for (int attempt = 0; ; attempt++) {
            String full;
            if (pool.family().isEmpty()) {
                full = pick(pool.given());
            } else {
                String given = pick(pool.given());
                String initial = !pool.initials().isEmpty() && chance(0.3) ? " " + pick(pool.initials()) : "";
                full = given + initial + " " + pick(pool.family());
            }
            String family = full.substring(full.lastIndexOf(' ') + 1);
            if (families.add(lower(family)) || attempt > 50) {
                lastFamily = family;
                return full;
            }
        }
    }

    // ---------------------------------------------------------------- the words

    /** The body of the statement: paragraphs of plain text; a paragraph may hold "- " bullet lines. */
    private List<String> body() {
        List<String> paras = new ArrayList<>();
        opening(paras);
        if (!members.isEmpty()) paras.add(membersSentence());
        if (!mentioned.isEmpty()) paras.add(mentionSentence());

        List<Subject> subjects = new ArrayList<>(World.SUBJECTS);
        java.util.Collections.shuffle(subjects, r);
        int topicCount = 4 + r.nextInt(6);
        List<Subject> discussed = subjects.subList(0, topicCount);
        List<Mechanism> refs = mechanisms();
        topics(paras, discussed, refs);
        commitments(paras, discussed);
        nextRound(paras);
        if (chance(0.5)) paras.add(distractor());
        if (chance(0.4)) {
            Country guest = host == null ? b : (host == a ? b : a);
            paras.add("The " + demonym(guest) + " delegation thanked " + (host == null ? "the organisers" : hostWord())
                    + " for " + (host == null ? "arranging the meeting" : "their hospitality") + ".");
        }
        return paras;
    }

    private String hostWord() {
        return pick(List.of("its hosts", "the host government", "their " + demonym(host) + " counterparts"));
    }

    private void opening(List<String> paras) {
        String ord = ordinalPhrase();
        String dialogueFirst = dialogueFirst();
        String when = dateText();
        String where = place == null ? pick(List.of("by videoconference", "in a virtual format", "virtually"))
                : "in " + placeText();
        boolean twoByTwo = headsA.size() > 1 || headsB.size() > 1;
        int style = r.nextInt(5);
        String meeting = pick(List.of("round", "meeting", "session"));
        String lead;
        boolean headsNamed = false;
        switch (style) {
            case 0 -> {
                List<Person> all = new ArrayList<>(headsA);
                all.addAll(headsB);
                lead = startWhen(when) + list(all.stream().map(this::named).toList()) + " co-chaired the "
                        + ord + meeting + " of the " + dialogueFirst + " " + where + ".";
                headsNamed = true;
            }
            case 1 -> {
                Country h = host == null ? a : host;
                Country g = h == a ? b : a;
                List<Person> hh = h == a ? headsA : headsB;
                List<Person> gh = h == a ? headsB : headsA;
                if (place != null && !twoByTwo) {
                    lead = named(hh.get(0)) + " hosted " + named(gh.get(0)) + " " + where + " " + whenMid(when)
                            + " for the " + ord + meeting + " of the " + dialogueFirst + ".";
                    headsNamed = true;
                } else {
                    lead = cap(h.name()) + " and " + g.name() + " held the " + ord + dialogueFirst + " " + where
                            + " " + whenMid(when) + ".";
                }
            }
            case 2 -> lead = "The " + ord + meeting + " of the " + dialogueFirst + " took place " + where + " "
                    + whenMid(when) + ".";
            case 3 -> lead = cap(a.name()) + " and " + b.name() + " " + pick(List.of("convened", "held", "concluded"))
                    + " the " + ord + meeting + " of their " + dialogueFirst + " " + where + " " + whenMid(when) + ".";
            default -> lead = startWhen(when) + "the " + pick(List.of("delegations of ", "governments of ")) + a.name()
                    + " and " + b.name() + " met " + where + " for the " + ord + dialogueFirst + ".";
        }
        StringBuilder p = new StringBuilder(lead);
        if (!headsNamed) p.append(' ').append(delegationSentence());
        if (chance(0.4)) {
            p.append(' ').append(pick(List.of(
                    "The meeting reviewed the full range of the relationship and set priorities for the year ahead.",
                    "Since its launch in " + series.since() + ", the dialogue has served as the main channel for "
                            + "coordinating the two governments' work.",
                    "The talks were held in a warm and constructive atmosphere.",
                    "Officials from more than a dozen agencies took part.")));
        }
        paras.add(p.toString());
    }

    private String startWhen(String when) {
        if (when.startsWith("today") || when.startsWith("this week")) return cap(when) + ", ";
        return "On " + when + ", ";
    }

    private String whenMid(String when) {
        if (when.startsWith("today") || when.startsWith("this week")) return when;
        return "on " + when;
    }

    private String placeText() {
        if ("Washington".equals(place)) return pick(List.of("Washington", "Washington, D.C.", "Washington"));
        return place;
    }

    private String delegationSentence() {
        String da = delegationOf(a);
        String db = delegationOf(b);
        return switch (r.nextInt(3)) {
            case 0 -> "The " + da + " delegation was led by " + list(headsA.stream().map(this::full).toList())
                    + ", and the " + db + " delegation by " + list(headsB.stream().map(this::full).toList()) + ".";
            case 1 -> list(headsA.stream().map(this::full).toList()) + " led the " + da + " side, while "
                    + list(headsB.stream().map(this::full).toList()) + " headed the " + db + " delegation.";
            default -> {
                List<Person> all = new ArrayList<>(headsA);
                all.addAll(headsB);
                yield "The meeting was co-chaired by " + list(all.stream().map(this::named).toList()) + ".";
            }
        };
    }

    private String delegationOf(Country c) {
        return c == World.US ? pick(List.of("U.S.", "American", "United States")) : c.demonym();
    }

    private String membersSentence() {
        List<String> names = members.stream().map(this::named).toList();
        return switch (r.nextInt(3)) {
            case 0 -> "The delegations also included " + list(names) + ".";
            case 1 -> "Senior officials taking part included " + list(names) + ".";
            default -> list(names) + " also took part in the talks.";
        };
    }

    private String mentionSentence() {
        if (mentioned.size() == 2) {
            Person x = mentioned.get(0);
            Person y = mentioned.get(1);
            int year = date.getYear() - 1 - r.nextInt(2);
            return "The two sides recalled the meeting between " + full(x) + " and " + full(y) + " in " + year
                    + " and the agenda the two leaders set for the relationship.";
        }
        Person x = mentioned.get(0);
        if (host != null && x.party == host && chance(0.6)) {
            List<Person> guests = x.party == a ? headsB : headsA;
            return cap(shortly(guests.get(0))) + " also paid a courtesy call on " + full(x) + ".";
        }
        return "Both delegations welcomed the reforms under way under the leadership of " + full(x) + ".";
    }

    private List<Mechanism> mechanisms() {
        List<Mechanism> fit = new ArrayList<>();
        for (Mechanism m : World.MECHANISMS) {
            if (m.parties().isEmpty() || m.parties().contains(a.code()) || m.parties().contains(b.code())) fit.add(m);
        }
        java.util.Collections.shuffle(fit, r);
        int n = pick(List.of(0, 1, 1, 2, 2, 3));
        return fit.subList(0, Math.min(n, fit.size()));
    }

    private void reference(Mechanism m) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", m.name());
        if (gold.references.stream().noneMatch(x -> x.get("name").equals(m.name()))) gold.references.add(ref);
        if (m.topic() != null && gold.topics.stream().noneMatch(t -> t.get("label").equals(m.topic()))) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("label", m.topic());
            gold.topics.add(t);
        }
    }

    private void topics(List<String> paras, List<Subject> discussed, List<Mechanism> refs) {
        int at = 0;
        int refAt = 0;
        boolean labels = chance(0.25);
        while (at < discussed.size()) {
            int n = Math.min(discussed.size() - at, 1 + r.nextInt(3));
            List<Subject> group = discussed.subList(at, at + n);
            at += n;
            List<String> phrases = new ArrayList<>();
            for (Subject s : group) {
                phrases.add(pick(s.phrases()));
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("label", s.label());
                if (!s.also().isEmpty()) t.put("also", s.also());
                gold.topics.add(t);
            }
            String sentence = switch (r.nextInt(6)) {
                case 0 -> "The delegations discussed " + list(phrases) + ".";
                case 1 -> "Talks covered " + list(phrases) + ".";
                case 2 -> "The two sides reviewed cooperation on " + list(phrases) + ".";
                case 3 -> cap(demonymPlural(a)) + " and " + demonymPlural(b) + " officials exchanged views on "
                        + list(phrases) + ".";
                case 4 -> {
                    Person h = pick(chance(0.5) ? headsA : headsB);
                    yield cap(shortly(h)) + " " + pick(List.of("underscored", "highlighted", "stressed"))
                            + " the importance of " + list(phrases) + ".";
                }
                default -> "Both sides " + pick(List.of("welcomed progress in", "noted the growth of",
                        "reaffirmed the value of")) + " " + list(phrases) + ".";
            };
            if (refAt < refs.size() && chance(0.6)) {
                Mechanism m = refs.get(refAt++);
                reference(m);
                sentence = sentence.substring(0, sentence.length() - 1) + pick(List.of(
                        ", building on the " + m.name() + ".",
                        ", including through the " + m.name() + ".",
                        " in the framework of the " + m.name() + "."));
            }
            if (labels) {
                sentence = cap(group.get(0).label()) + ". " + sentence;
            }
            paras.add(sentence);
        }
        while (refAt < refs.size()) {
            Mechanism m = refs.get(refAt++);
            reference(m);
            paras.add(pick(List.of("The delegations welcomed the results achieved under the " + m.name() + ".",
                    "The two sides noted their shared participation in the " + m.name() + ".",
                    "They also discussed the work of the " + m.name() + ".")));
        }
    }

    /** One undertaking: the verb, what follows it, and its due year and place (or null). */
    private record Undertaking(String verb, String rest, String due, String place) {
        String text() {
            return verb + " " + rest;
        }
    }

    private Undertaking undertaking(Subject s, Country actor) {
        int year = date.getYear() + 1 + r.nextInt(2);
        Country other = actor == null ? (host == a ? b : a) : (actor == a ? b : a);
        String city = other.capital();
        int kind = actor == null ? r.nextInt(8) : pick(List.of(1, 4, 6, 8, 9, 10, 10));
        return switch (kind) {
            case 0 -> new Undertaking("expand", "cooperation on " + s.noun(), null, null);
            case 1 -> new Undertaking("establish", "a working group on " + s.noun(), null, null);
            case 2 -> new Undertaking("hold", "expert consultations on " + s.noun() + " in " + year, String.valueOf(year), null);
            case 3 -> new Undertaking("sign", "a memorandum of understanding on " + s.noun() + " by " + year, String.valueOf(year), null);
            case 4 -> new Undertaking("launch", "a joint program on " + s.noun(), null, null);
            case 5 -> new Undertaking("deepen", "their cooperation in " + s.noun(), null, null);
            case 6 -> new Undertaking("convene", "a forum on " + s.noun() + " in " + city + " in " + year, String.valueOf(year), city);
            case 7 -> new Undertaking("increase", "exchanges of experts in " + s.noun(), null, null);
            case 8 -> new Undertaking("provide", "$" + (5 + r.nextInt(60)) + " million to support " + s.noun() + " in "
                    + other.name(), null, null);
            case 9 -> new Undertaking("send", "a technical mission on " + s.noun() + " to " + city + " in " + year,
                    String.valueOf(year), city);
            default -> new Undertaking("host", "a regional conference on " + s.noun() + " in " + actor.capital() + " in "
                    + year, String.valueOf(year), actor.capital());
        };
    }

    private static String gerund(String verb) {
        return switch (verb) {
            case "increase" -> "increasing";
            case "convene" -> "convening";
            case "provide" -> "providing";
            default -> verb + "ing";
        };
    }

    private void commit(List<String> actors, Undertaking u, String trigger) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("actors", actors.stream().sorted().toList());
        c.put("text", u.text());
        c.put("trigger", trigger);
        c.put("due", u.due());
        c.put("place", u.place());
        gold.commitments.add(c);
    }

    private void commitments(List<String> paras, List<Subject> discussed) {
        int n = 1 + r.nextInt(4);
        List<Subject> pool = new ArrayList<>(discussed);
        List<String> both = List.of(a.code(), b.code());
        if (chance(0.18) && n >= 2) {
            // a list of undertakings after one trigger
            String trigger = pick(List.of("agreed to", "committed to", "decided to"));
            StringBuilder p = new StringBuilder(pick(List.of("The two sides", "The delegations", "Both governments")))
                    .append(' ').append(trigger).append(':');
            for (int i = 0; i < n; i++) {
                Undertaking u = undertaking(pool.get(i % pool.size()), null);
                commit(both, u, trigger);
                p.append("\n- ").append(u.text()).append(i == n - 1 ? "." : i == n - 2 ? "; and" : ";");
            }
            paras.add(p.toString());
            return;
        }
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Subject s = pool.get(i % pool.size());
            boolean oneSide = chance(0.35);
            String sentence;
            if (oneSide) {
                Country actor = chance(0.5) ? a : b;
                Undertaking u = undertaking(s, actor);
                String trig = pick(List.of("intends to", "will", "committed to", "plans to", "pledged to", "is to"));
                commit(List.of(actor.code()), u, trig + " " + u.verb());
                sentence = cap(actorName(actor)) + " " + trig + " " + u.text() + ".";
            } else {
                Undertaking u = undertaking(s, null);
                String subject = pick(List.of("The two sides", "The delegations", "Both governments",
                        cap(a.name()) + " and " + b.name(), "The two countries"));
                int t = r.nextInt(9);
                String trig = List.of("agreed to", "intend to", "committed to", "decided to", "pledged to", "plan to",
                        "will", "reaffirmed their intention to", "look forward to").get(t);
                String verb = t == 8 ? gerund(u.verb()) : u.verb();
                commit(both, u, trig + " " + verb);
                sentence = subject + " " + trig + " " + verb + " " + u.rest() + ".";
            }
            p.append(p.length() == 0 ? "" : " ").append(sentence);
            if (chance(0.4)) {
                paras.add(p.toString());
                p.setLength(0);
            }
        }
        if (p.length() > 0) paras.add(p.toString());
    }

    private String actorName(Country c) {
        if (c == World.US) return pick(List.of("the United States", "the United States", "Washington"));
        return c.name();
    }

    private void nextRound(List<String> paras) {
        if (!chance(0.55)) return;
        Country next = host == null ? (chance(0.5) ? a : b) : (host == a ? b : a);
        String city = next.capital();
        int year = date.getYear() + 1;
        String name = series.name();
        Map<String, Object> nr = new LinkedHashMap<>();
        switch (r.nextInt(4)) {
            case 0 -> {
                paras.add("The delegations agreed to hold the next round of the " + name + " in " + city + " in " + year + ".");
                commit(List.of(a.code(), b.code()), new Undertaking("hold", "the next round of the " + name + " in " + city
                        + " in " + year, String.valueOf(year), city), "agreed to hold");
                nr.put("place", city);
                nr.put("due", String.valueOf(year));
            }
            case 1 -> {
                String what = acronymGiven ? series.acronym() : name;
                String ord = gold.ordinal != null && ordinal + 1 < ORDINALS.length ? ORDINALS[ordinal + 1] + " " : "next ";
                paras.add(cap(next.name()) + " will host the " + ord + what + " in " + city + ".");
                commit(List.of(next.code()), new Undertaking("host", "the " + ord + what + " in " + city, null, city),
                        "will host");
                nr.put("place", city);
                nr.put("due", null);
            }
            case 2 -> {
                paras.add("The next session of the " + name + " is to be held in " + city + " in " + year + ".");
                commit(List.of(a.code(), b.code()), new Undertaking("hold", "the next session of the " + name + " in "
                        + city + " in " + year, String.valueOf(year), city), "is to be held");
                nr.put("place", city);
                nr.put("due", String.valueOf(year));
            }
            default -> {
                paras.add("The two sides look forward to meeting again in " + year + " for the next round of the dialogue.");
                commit(List.of(a.code(), b.code()), new Undertaking("meet", "again in " + year
                        + " for the next round of the dialogue", String.valueOf(year), null), "look forward to meeting");
                nr.put("place", null);
                nr.put("due", String.valueOf(year));
            }
        }
        gold.nextRound = nr;
    }

    private String distractor() {
        int years = date.getYear() - 1991;
        return pick(List.of(
                "Both sides noted that " + date.getYear() + " marks " + (years > 0 ? "the " + years + suffix(years)
                        + " anniversary of" : "a milestone in") + " diplomatic relations between the two countries.",
                "The partnership will remain a source of stability for years to come, the statement said.",
                "Both delegations agreed on the need for closer coordination between their ministries.",
                "The two sides expressed satisfaction with the results of the meeting."));
    }

    // ---------------------------------------------------------------- names, titles, dates

    /** The first mention of a person gives the title in full; later mentions are short. */
    private String full(Person p) {
        return full(p, false);
    }

    /** As {@link #full(Person)}, the words saying which side the person is on where the title alone does not. */
    private String named(Person p) {
        return full(p, true);
    }

    private String full(Person p, boolean sayWhichSide) {
        if (p.introduced) return shortly(p);
        p.introduced = true;
        String title = p.baseTitle;
        String text;
        if (p.role.equals("mentioned")) {
            // a leader is always named with the country: the text must say whose leader it is
            text = title + " " + p.name + " of " + p.party.name();
        } else {
            int style = sayWhichSide && p.qualifiable ? 1 + r.nextInt(2) : r.nextInt(4);
            boolean prefixable = p.qualifiable || (p.party == World.US && !title.contains("U.S."));
            if (style == 1 && p.qualifiable) {
                title = p.baseTitle + " of " + p.party.formal();
            } else if (style == 2 && prefixable) {
                title = (p.party == World.US ? "U.S." : p.party.demonym()) + " " + p.baseTitle;
            }
            text = title + " " + p.name;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", p.name);
        g.put("title", title);
        g.put("party", p.party.code());
        g.put("role", p.role);
        gold.participants.add(g);
        return text;
    }

    private String shortly(Person p) {
        if (!p.introduced) return full(p);
        return p.shortTitle + " " + p.family;
    }

    private String ordinalPhrase() {
        if (chance(0.2)) {
            gold.ordinal = null;
            return "";
        }
        gold.ordinal = ordinal;
        if (ordinal == 1) return pick(List.of("inaugural ", "first "));
        if (ordinal < ORDINALS.length && chance(0.6)) return ORDINALS[ordinal] + " ";
        return ordinal + suffix(ordinal) + " ";
    }

    private static String suffix(int n) {
        int m100 = n % 100;
        if (m100 >= 11 && m100 <= 13) return "th";
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private String dialogueFirst() {
        String name = prefix + " " + series.name();
        if (acronymGiven) name += " (" + series.acronym() + ")";
        return name;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The meeting's date as the body gives it; the gold date is ISO whatever the form. */
    private String dateText() {
        boolean sameYear = published.getYear() == date.getYear();
        int form = r.nextInt(10);
        if (form == 8 && published.equals(date)) return "today";
        if (form == 9 && format == Format.WIRE && sameYear && published.getMonthValue() == date.getMonthValue()
                && !published.equals(date)) {
            gold.date = date.toString().substring(0, 7);
            return "this week";
        }
        int d = date.getDayOfMonth();
        return switch (form) {
            case 0, 8, 9 -> month(date) + " " + d + ", " + date.getYear();
            case 1 -> d + " " + month(date) + " " + date.getYear();
            case 2 -> weekday(date) + ", " + month(date) + " " + d + ", " + date.getYear();
            case 3 -> d + suffix(d) + " " + month(date) + ", " + date.getYear();
            case 4 -> sameYear ? month(date) + " " + d : month(date) + " " + d + ", " + date.getYear();
            case 5 -> month(date) + " " + d + "-" + (d + 1) + ", " + date.getYear();
            case 6 -> d + "-" + (d + 1) + " " + month(date) + " " + date.getYear();
            default -> weekday(date) + " " + d + " " + month(date) + " " + date.getYear();
        };
    }

    private String headerDate() {
        int d = published.getDayOfMonth();
        return switch (format) {
            case STATE_NOTE, EMBASSY_TEXT, EMBASSY_HTML -> month(published) + " " + d + ", " + published.getYear();
            case WIRE -> String.format(Locale.ROOT, "%02d/%02d/%d %02d:%02d", d, published.getMonthValue(),
                    published.getYear(), 6 + r.nextInt(14), r.nextInt(60));
            default -> d + " " + month(published) + " " + published.getYear();
        };
    }

    // ---------------------------------------------------------------- the page

    private String title() {
        String ord = gold.ordinal == null ? "" : (ordinal < ORDINALS.length ? cap(ORDINALS[ordinal]) : ordinal
                + suffix(ordinal)) + " ";
        return switch (format) {
            case WIRE -> cap(partner.bare()) + ", " + (withUs ? "US" : (partner == a ? b : a).bare()) + " "
                    + pick(List.of("hold", "wrap up", "conclude")) + " " + lower(ord) + series.name() + " "
                    + pick(List.of("round", "talks", "meeting"));
            case MINISTRY_TEXT, MINISTRY_HTML -> cap(a.bare()) + " and " + b.name() + " Hold " + ord + series.name();
            default -> "Joint Statement on the " + ord + prefix + " " + series.name();
        };
    }

    private String page(List<String> body) {
        String title = title();
        gold.title = title;
        String date = headerDate();
        String ministry = "Ministry of Foreign Affairs of " + partner.formal();
        if (partner.code().equals("EU")) ministry = "European External Action Service";
        return switch (format) {
            case STATE_NOTE -> {
                gold.publisher = "U.S. Department of State";
                yield "U.S. Department of State\nOffice of the Spokesperson\n\nMedia Note\n" + date + "\n\n" + title
                        + "\n\nThe following is the text of a joint statement by the Governments of the United States of "
                        + "America and " + partner.formal() + ".\n\nBegin Text:\n\n" + String.join("\n\n", body)
                        + "\n\nEnd Text.\n\nRelated Articles\n" + relatedArticles() + "\n";
            }
            case EMBASSY_TEXT -> {
                gold.publisher = "U.S. Embassy in " + partner.bare();
                yield "An official website of the United States government\n\nU.S. Embassy in " + partner.bare()
                        + "\n\nHome | News & Events | " + title + "\n\n" + title + "\n" + date
                        + " | Topics: News, Press Releases\n\nThe Governments of the United States of America and "
                        + partner.formal() + " issued the following joint statement.\n\nBegin Text:\n\n"
                        + String.join("\n\n", body) + "\n\nEnd Text.\n\nRelated Articles:\n" + relatedArticles() + "\n";
            }
            case MINISTRY_TEXT -> {
                gold.publisher = ministry;
                yield cap(ministry) + "\n\nPRESS RELEASES\n\n" + date + "\n\n" + title + "\n\n"
                        + String.join("\n\n", body) + "\n\n" + pick(List.of("- END -", "***", "Press Service of the Ministry"))
                        + "\n";
            }
            case WIRE -> {
                String agency = partner.agency() != null ? partner.agency() : (partner == a ? b : a).agency();
                String acr = initials(agency);
                gold.publisher = agency + " (" + acr + ")";
                String dateline = (chance(0.6) || place == null ? partner.capital() : place).toUpperCase(Locale.ROOT);
                List<String> wired = new ArrayList<>(body);
                wired.set(0, dateline + ", " + month(published) + " " + published.getDayOfMonth() + " (" + acr + ") -- "
                        + wired.get(0));
                yield agency + " (" + acr + ")\n" + pick(List.of("Politics", "Diplomacy", "World")) + " | " + date
                        + "\n\n" + title + "\n\n" + String.join("\n\n", wired) + " (end)\n\n" + agency + " (" + acr
                        + ") - All rights reserved\n";
            }
            case JOINT_TEXT -> {
                gold.publisher = null;
                yield title + "\n\n" + date + "\n\n" + String.join("\n\n", body) + "\n";
            }
            case EMBASSY_HTML -> {
                gold.publisher = "U.S. Embassy in " + partner.bare();
                yield html(title, "U.S. Embassy in " + partner.bare(), date + " | Topics: News, Press Releases",
                        "The Governments of the United States of America and " + partner.formal()
                                + " released the following statement.", body,
                        "U.S. Embassy in " + partner.bare() + ", " + partner.capital());
            }
            default -> {
                gold.publisher = ministry;
                yield html(title, cap(ministry), date, null, body, cap(ministry) + ", " + partner.capital());
            }
        };
    }

    private String relatedArticles() {
        return pick(List.of("Visa Services Update\nSecretary's Remarks to the Press",
                "Alerts for U.S. Citizens\nApply for a Visa",
                "Readout of the Deputy Secretary's Call\nFact Sheet: Exchange Programs"));
    }

    private String html(String title, String site, String meta, String intro, List<String> body, String address) {
        boolean entities = chance(0.6);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(esc(title, false)).append(" - ").append(esc(site, false)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
                .append("<div class=\"banner\">An official website</div>\n<header><a class=\"logo\" href=\"/\">")
                .append(esc(site, false)).append("</a>\n<nav><ul><li><a href=\"/news/\">News &amp; Events</a></li>")
                .append("<li><a href=\"/about/\">About Us</a></li><li><a href=\"/contact/\">Contact</a></li></ul></nav>\n")
                .append("</header>\n<main>\n<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/news/\">Press Releases</a></div>\n")
                .append("<article>\n<h1>").append(esc(title, entities)).append("</h1>\n<p class=\"meta\">")
                .append(esc(meta, entities)).append("</p>\n");
        if (intro != null) h.append("<p>").append(esc(intro, entities)).append("</p>\n");
        for (String para : body) {
            if (para.contains("\n- ")) {
                String[] lines = para.split("\n- ");
                h.append("<p>").append(esc(lines[0], entities)).append("</p>\n<ul>\n");
                for (int i = 1; i < lines.length; i++) h.append("<li>").append(esc(lines[i], entities)).append("</li>\n");
                h.append("</ul>\n");
            } else {
                h.append("<p>").append(esc(para, entities)).append("</p>\n");
            }
        }
        h.append("</article>\n<aside><h3>Related Articles</h3><ul><li><a href=\"/alerts/\">Alerts</a></li>")
                .append("<li><a href=\"/visas/\">Visas</a></li></ul></aside>\n</main>\n<footer><p>")
                .append(esc(address, false)).append("</p><p>&copy; ").append(esc(site, false))
                .append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Text into the page through jsoup's escaper; on a page that writes entities, also as such sites write them: a
     * curly apostrophe, an en dash between digits, and every other non-ASCII character as a number.
     */
    private static String esc(String s, boolean entities) {
        String escaped = Entities.escape(s);
        if (!entities) return escaped;
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '-' && i > 0 && Character.isDigit(escaped.charAt(i - 1)) && i + 1 < escaped.length()
                    && Character.isDigit(escaped.charAt(i + 1))) out.append("&ndash;");
            else if (c > 127) out.append("&#").append((int) c).append(';');
            else out.append(c);
        }
        return out.toString().replace("&apos;", "&rsquo;");
    }

    // ---------------------------------------------------------------- small helpers

    private String demonym(Country c) {
        return c == World.US ? "American" : c.demonym();
    }

    private String demonymPlural(Country c) {
        return c == World.US ? "American" : c.demonym();
    }

    private String list(List<String> items) {
        if (items.size() == 1) return items.get(0);
        if (items.size() == 2) return items.get(0) + " and " + items.get(1);
        return String.join(", ", items.subList(0, items.size() - 1)) + (oxford ? ", and " : " and ")
                + items.get(items.size() - 1);
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.split("[ -]")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) s.append(w.charAt(0));
            else if (!w.isEmpty() && Character.isDigit(w.charAt(0))) s.append(w);
        }
        return s.toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
