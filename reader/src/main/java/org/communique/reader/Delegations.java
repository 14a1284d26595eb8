package org.communique.reader;

import org.communique.model.NameWords;
import org.communique.model.Participant;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each person a party and a role. A party comes from the title's country words, else from the kind of
 * office (only the United States has Secretaries and no Ministers among bilateral parties). Heads are those
 * who led, co-chaired or welcomed; heads of state and government named in passing are mentioned; the rest
 * took part as members.
 */
final class Delegations extends Stage {
    private static final Set<String> HEAD_CUES = Knowledge.get().delegationWords.get("head-cues");
    private static final Set<String> CHAIR_CUES = Knowledge.get().delegationWords.get("chair-cues");
    private static final Set<String> LEADER_MEETING = Knowledge.get().delegationWords.get("leader-meeting");
    private static final Set<String> LEADERS_MEET = Knowledge.get().delegationWords.get("leaders-meet");
    private static final Set<String> MEMBER_CUES = Knowledge.get().delegationWords.get("member-cues");
    private static final Set<String> DELEGATION_NOUNS = Knowledge.get().delegationWords.get("delegation-nouns");
    private static final Set<String> MEMBER_AFTER_HEAD = Knowledge.get().delegationWords.get("member-after-head");
    private static final Set<String> MEMBER_WITH = Knowledge.get().delegationWords.get("member-with");
    private static final Set<String> IN_DELEGATION = Knowledge.get().delegationWords.get("in-delegation");
    private static final Set<String> COUNTERPART_CUES = Knowledge.get().delegationWords.get("counterpart-cues");
    private static final OfficeHolders OFFICE_HOLDERS = Knowledge.get().officeHolders;

    Delegations() {
        super(Set.of(Keys.SENTENCES, Keys.GAZETTEER, Keys.MARKS, Keys.PEOPLE, Keys.DIALOGUE), Set.of(Keys.DELEGATIONS));
    }

    @Override
    public void annotate(Doc doc) {
        // the people as PersonTagger found them stay as they are: parties and roles go on copies
        People people = doc.get(Keys.PEOPLE).copy();
        doc.set(Keys.DELEGATIONS, people);
        List<String> parties = doc.get(Keys.DIALOGUE).parties();
        Set<Person> knownLeaders = new HashSet<>();
        counterparts(doc, people);
        for (Person p : people.all) {
            // "Counselor of the Department of State": a title naming a party's institution names that party (only a
            // party's: Germany's "Federal Foreign Office" is not the British one)
            if (p.titleParties.isEmpty() && p.title != null) {
                for (Map.Entry<String, String> v : Knowledge.get().venues.entrySet()) {
                    if (p.title.contains(v.getKey()) && parties.contains(v.getValue())) p.titleParties.add(v.getValue());
                }
            }
        }
        for (Person p : people.all) {
            // a title naming one country says whose side; one naming several ("the Foreign Ministers of Australia,
            // India, Japan and the United States - Penny Wong, ...") does not
            if (p.titleParties.size() == 1 || forOrganisation(p)) continue;
            OfficeHolders.Found known = OFFICE_HOLDERS.find(p.name(), p.titleKind, parties);
            if (known == null || (!p.titleParties.isEmpty() && !p.titleParties.contains(known.country()))) continue;
            // "President Biden", "Minister Kamikawa": a known holder's office names their country as a title would
            p.titleParties.clear();
            p.titleParties.add(known.country());
            if (known.leader() && (p.title == null || Offices.LEADER_KINDS.contains(p.titleKind))) knownLeaders.add(p);
        }
        for (Person p : people.all) {
            doc.checkTime();
            if (forOrganisation(p)) continue;
            for (String code : p.titleParties) {
                if (p.party == null && parties.contains(code)) p.party = code;
            }
            if (p.party == null) p.party = delegationLedAfter(doc, p, parties);
            if (p.party == null) p.party = ledDelegation(doc, p, parties);
            if (p.party == null) p.party = Offices.partyOf(p.title, parties);
            // a title naming only other countries ("Chairperson of the African Union Commission"): neither side
            if (p.party != null || !p.titleParties.isEmpty()) continue;
            p.party = appositiveCountry(doc, p, parties);
            if (p.party == null) p.party = nearestParty(doc, p, parties);
            if (p.party == null) p.party = Offices.ministerParty(p.title, parties);
        }
        // "Japanese Minister of Defense Kihara Minoru and Minister of Foreign Affairs Yoko Kamikawa": the country
        // word of a list's first title holds for the titles joined to it
        for (Person p : people.all) {
            if (p.party == null && p.titleParties.isEmpty() && !forOrganisation(p)) p.party = listedAfter(doc, p, people);
        }
        // "hosted by Minister X, and attended by Y and Z": those who attend with the one named before them are theirs
        for (Person p : people.all) {
            if (p.party == null && p.titleParties.isEmpty() && !forOrganisation(p)) p.party = withTheOneBefore(doc, p, people);
        }
        // "Participating Australian Ministers included A, B and C": a side named as who the sentence lists
        for (Person p : people.all) {
            if (p.party == null && p.titleParties.isEmpty() && !forOrganisation(p)) p.party = sideListing(doc, p, parties);
        }
        // the other side is known from who was known before any counterpart was given one
        java.util.Map<Person, String> counterparts = new java.util.HashMap<>();
        for (Person p : people.all) {
            if (p.party == null && p.titleParties.isEmpty() && !forOrganisation(p)) {
                String other = counterpart(doc, p, parties);
                if (other != null) counterparts.put(p, other);
            }
        }
        counterparts.forEach((p, party) -> p.party = party);
        respectively(doc, people);
        otherSidesOfficials(people, parties);
        for (Person p : people.all) {
            if (p.party == null && !p.titleParties.isEmpty() && parties.size() >= 2) {
                // a title that names only a third country or body: someone outside the delegations
                p.role = Participant.Role.MENTIONED;
            }
        }
        // "the 16th German-Polish intergovernmental consultations": a format that heads of government hold
        String dialogueName = doc.get(Keys.DIALOGUE).name();
        boolean leaderFormat = dialogueName != null
                && Knowledge.get().delegationWords.anyIn("leader-formats", dialogueName.toLowerCase(Locale.ROOT));
        for (Person p : people.all) {
            // "Foreign Ministry spokesperson Jiang Yu said": who speaks about the round, not in it
            if (p.role == null && p.title != null && Knowledge.get().personWords.anyIn("speaks-about",
                    p.title.toLowerCase(Locale.ROOT))) {
                p.role = Participant.Role.MENTIONED;
            }
            // named only in the preamble's clauses ("Recalling the visit of President ... to Ankara,"): context
            if (p.role == null && p.mentions.stream().allMatch(m -> Preamble.clauseAt(doc.text(), m.start()))) {
                p.role = Participant.Role.MENTIONED;
            }
        }
        Set<String> headed = new HashSet<>();
        for (Person p : people.all) {
            if (p.role != null || !(isLeader(p) || knownLeaders.contains(p))) continue;
            if (recalledAsAuthor(doc, p)) {
                p.role = Participant.Role.MENTIONED;
                continue;
            }
            // "Merkel and Netanyahu held the fifth government consultations": leaders who hold the round lead it
            boolean holds = hasCue(doc, p, CHAIR_CUES) || namedHoldingTheDialogue(doc, p) || speaksAsWe(doc, p)
                    || (leaderFormat && p.party != null && !isFormer(p)) || meetsOtherLeader(doc, p, people, knownLeaders, parties);
            p.role = holds ? Participant.Role.HEAD : Participant.Role.MENTIONED;
            if (holds && p.party != null) headed.add(p.party);
        }
        for (Person p : people.all) {
            if (p.role != null) continue;
            // where leaders hold the round, a minister who hosts a dinner does not lead the side
            if (leaderFormat && headed.contains(p.party)) continue;
            if (hasCue(doc, p, HEAD_CUES) && !listedAfterMemberCue(doc, p)) {
                p.role = Participant.Role.HEAD;
                if (p.party != null) headed.add(p.party);
            }
        }
        // a side with no one said to lead it is led by its highest office: every minister where ministers meet
        // ("2+2"), else the first named
        for (Person p : people.all) {
            if (p.role == null && p.party != null && !headed.contains(p.party) && Offices.isCabinet(p.title)) {
                p.role = Participant.Role.HEAD;
            }
        }
        for (Person p : people.all) if (p.role == Participant.Role.HEAD && p.party != null) headed.add(p.party);
        for (Person p : people.all) {
            if (p.role != null) continue;
            if (p.party != null && !headed.contains(p.party)) {
                p.role = Participant.Role.HEAD;
                headed.add(p.party);
            } else {
                p.role = Participant.Role.MEMBER;
            }
        }
    }

    /**
     * "Russian Deputy Foreign Minister Mikhail Galuzin and his Uzbek counterpart Bakhrom Aloev": a counterpart holds
     * the office of the one named before, for their own country ("Uzbek Deputy Foreign Minister").
     */
    private static void counterparts(Doc doc, People people) {
        for (Person p : people.all) {
            if (p.title == null || !p.title.toLowerCase(Locale.ROOT).endsWith("counterpart")) continue;
            Person before = namedBefore(doc, people, p);
            if (before == null || before.titles.isEmpty() || before.title == null
                    || before.title.toLowerCase(Locale.ROOT).endsWith("counterpart")) continue;
            String own = p.title.substring(0, p.title.length() - "counterpart".length()).strip();
            String office = withoutCountry(doc, before.titles.get(0));
            if (office.isEmpty()) continue;
            p.title = own.isEmpty() ? office : own + " " + office;
            p.titleKind = before.titleKind;
        }
    }

    /** The person named last before {@code p}'s first mention, in the same sentence. */
    private static Person namedBefore(Doc doc, People people, Person p) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        if (sentence == null) return null;
        Person best = null;
        int bestAt = -1;
        for (Person q : people.all) {
            if (q == p) continue;
            for (Span m : q.mentions) {
                if (sentence.contains(m) && m.end() <= first.start() && m.start() > bestAt) {
                    best = q;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }

    /** A title's words after its country words: "Deputy Foreign Minister" of "Russian Deputy Foreign Minister". */
    private static String withoutCountry(Doc doc, Span title) {
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        int i = t.indexAt(title.start());
        int end = t.indexAt(title.end());
        while (i < end && (marks.country[i] || !t.isWord(i) || t.lower(i).equals("s") || t.lower(i).equals("the"))) i++;
        return i >= end ? "" : doc.text().substring(t.start(i), title.end());
    }

    private static boolean hasWord(Tokens t, Span sentence, String lower) {
        for (int i = t.indexAt(sentence.start()); i < t.size() && t.start(i) < sentence.end(); i++) {
            if (t.lower(i).equals(lower)) return true;
        }
        return false;
    }

    /**
     * "Secretary Clinton and Foreign Minister Rassoul and their respective delegations, led by Special Representative
     * Marc Grossman and Deputy Foreign Minister Jawed Ludin": after "respective", the people named go with those
     * named before it, in order.
     */
    private static void respectively(Doc doc, People people) {
        Tokens t = doc.tokens();
        if (!hasWord(t, new Span(0, doc.text().length(), null, null), "respective")) return; // most texts never say it
        for (Span sentence : doc.layer(Labels.SENTENCE)) {
            if (!hasWord(t, sentence, "respective")) continue; // most sentences: no need to copy them
            int at = doc.cover(sentence).toLowerCase(Locale.ROOT).indexOf(" respective ");
            if (at < 0) continue;
            int word = sentence.start() + at;
            List<Person> before = new java.util.ArrayList<>();
            List<Person> after = new java.util.ArrayList<>();
            for (Person p : people.all) {
                for (Span m : p.mentions) {
                    if (!sentence.contains(m)) continue;
                    if (m.end() <= word && p.party != null && !before.contains(p)) before.add(p);
                    if (m.start() > word && !after.contains(p)) after.add(p);
                    break;
                }
            }
            before.sort((a, b) -> Integer.compare(firstIn(a, sentence), firstIn(b, sentence)));
            after.sort((a, b) -> Integer.compare(firstIn(a, sentence), firstIn(b, sentence)));
            if (before.size() < 2 || before.size() != after.size()) continue;
            // stronger than a guess from the nearest country named; weaker than a title's own country
            for (int i = 0; i < after.size(); i++) if (after.get(i).titleParties.isEmpty() && !forOrganisation(after.get(i))) after.get(i).party = before.get(i).party;
        }
    }

    private static int firstIn(Person p, Span sentence) {
        for (Span m : p.mentions) if (sentence.contains(m)) return m.start();
        return Integer.MAX_VALUE;
    }

    /**
     * "The Polish delegation was led by ... Marcin Przydacz", "the American side by HE ...": the delegation named
     * just before a person, with no one else between, is theirs.
     */
    private static String ledDelegation(Doc doc, Person p, List<String> parties) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        if (sentence == null) return null;
        String text = doc.text();
        String best = null;
        int bestStart = -1;
        for (String layer : List.of(Labels.DEMONYM, Labels.COUNTRY)) {
            // the delegation is named shortly before its head: "The Polish delegation was led by ..."
            // (a list of its members, however long, is all the delegation's: "The Polish delegation included A, B, C")
            Span before = new Span(sentence.start(), first.start(), null, null);
            for (Span c : doc.within(layer, before)) {
                if (!parties.contains(c.value())) continue;
                if (!namesDelegation(text, c.end())) continue;
                String list = includes(text, c.end()) ? c.value() : null;
                if (list == null && c.start() < first.start() - 200) continue;
                if (someoneBetween(doc, p, c.end(), first.start(), list)) continue;
                if (c.start() > bestStart) {
                    best = c.value();
                    bestStart = c.start();
                }
            }
        }
        return best;
    }

    /**
     * "Ambassador X led the Thai delegation", "X is part of the Thai delegation": the delegation (or side) a person is
     * said to lead or be part of, right after one of their mentions, is theirs, whatever delegation was named before.
     */
    private static String delegationLedAfter(Doc doc, Person p, List<String> parties) {
        String text = doc.text();
        for (Span m : p.mentions) {
            Span sentence = doc.sentenceAt(m.start());
            if (sentence == null) continue;
            Span after = new Span(m.end(), Math.min(sentence.end(), m.end() + 40), null, null);
            for (String layer : List.of(Labels.DEMONYM, Labels.COUNTRY)) {
                for (Span c : doc.within(layer, after)) {
                    if (!parties.contains(c.value()) || !namesDelegation(text, c.end())) continue;
                    String between = String.join(" ", Words.split(text.substring(m.end(), c.start()).toLowerCase(Locale.ROOT)));
                    if (between.startsWith("is ") || between.startsWith("was ")) between = between.substring(between.indexOf(' ') + 1);
                    String[] before = Words.split(between);
                    boolean leads = before.length == 2 && HEAD_CUES.contains(before[0]) && before[1].equals("the");
                    if (leads || IN_DELEGATION.contains(between)) return c.value();
                }
            }
        }
        return null;
    }

    /** Whether a word for a delegation ("delegation", "side", "team") follows {@code at}, after one space. */
    private static boolean namesDelegation(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') return false;
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return DELEGATION_NOUNS.contains(text.substring(at + 1, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the delegation word after {@code at} is followed by a word that lists its members ("included"). */
    private static boolean includes(String text, int at) {
        String[] next = Words.split(text.substring(at, Math.min(text.length(), at + 30)).toLowerCase(Locale.ROOT));
        return next.length >= 2 && MEMBER_AFTER_HEAD.contains(next[1]);
    }

    private static boolean someoneBetween(Doc doc, Person self, int from, int to) {
        return someoneBetween(doc, self, from, to, null);
    }

    /** Whether someone other than {@code self}, and not already of {@code party}, is named between the two offsets. */
    private static boolean someoneBetween(Doc doc, Person self, int from, int to, String party) {
        for (Person other : doc.get(Keys.DELEGATIONS).all) {
            if (other == self || (party != null && party.equals(other.party))) continue;
            for (Span m : other.mentions) if (m.start() >= from && m.end() <= to) return true;
        }
        return false;
    }

    /** "Kazakhstan's commitment to implement President Tokayev's agenda": the party named just before. */
    private static String nearestParty(Doc doc, Person p, List<String> parties) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        if (sentence == null) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String layer : List.of(Labels.COUNTRY, Labels.DEMONYM)) {
            for (Span c : doc.within(layer, sentence)) {
                if (!parties.contains(c.value()) || inAnotherTitle(doc, p, c)) continue;
                // after the name only as "... of India": "President Macron to India" names where he went
                if (c.start() >= first.end() && !ofCountry(doc.text(), first.end(), c.start())) continue;
                int d = c.end() <= first.start() ? first.start() - c.end() : 3 * (c.start() - first.end());
                if (d >= 0 && d < bestDistance && d < 120) {
                    best = c.value();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * "Saurabh Kumar, Secretary (East), Ministry of External Affairs of India, and ...": the words set off after a
     * name, ending in "of" a party, say whose official the person is, however far the country is from the name.
     */
    private static String appositiveCountry(Doc doc, Person p, List<String> parties) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        if (sentence == null) return null;
        String text = doc.text();
        if (first.end() >= text.length() || text.charAt(first.end()) != ',') return null;
        Span after = new Span(first.end(), Math.min(sentence.end(), first.end() + 160), null, null);
        Span nearest = null;
        for (Span c : doc.within(Labels.COUNTRY, after)) if (nearest == null || c.start() < nearest.start()) nearest = c;
        if (nearest == null || !parties.contains(nearest.value()) || someoneBetween(doc, p, first.end(), nearest.start())) return null;
        String between = text.substring(first.end(), nearest.start()).strip().toLowerCase(Locale.ROOT);
        if (between.contains(";") || between.contains(", and ") || Words.count(between) > 15) return null;
        return between.endsWith(" of") || between.endsWith(" of the") ? nearest.value() : null;
    }

    /** "Tinubu of the Federal Republic of Nigeria": only "of" and "the" between the name and the country. */
    private static boolean ofCountry(String text, int nameEnd, int countryStart) {
        String between = text.substring(nameEnd, countryStart).strip().toLowerCase(Locale.ROOT);
        return between.equals("of") || between.equals("of the") || between.equals(", president of")
                || between.startsWith("of the ") && Words.count(between) <= 4;
    }

    private static boolean inAnotherTitle(Doc doc, Person self, Span c) {
        for (Person other : doc.get(Keys.DELEGATIONS).all) {
            if (other == self) continue;
            for (Span t : other.titles) if (t.contains(c)) return true;
        }
        return false;
    }

    /**
     * "co-chaired by Foreign Affairs Secretary Manalo and Australian Minister Wong": between two parties,
     * the counterpart of someone whose party is known in a sentence about leading the meeting is the other party.
     */
    private static String counterpart(Doc doc, Person p, List<String> parties) {
        if (parties.size() != 2) return null;
        Span sentence = doc.sentenceAt(p.mentions.get(0).start());
        if (sentence == null || !hasCue(doc, sentence, COUNTERPART_CUES)) return null;
        String known = null;
        for (Person other : doc.get(Keys.DELEGATIONS).all) {
            if (other == p || other.party == null || !parties.contains(other.party)) continue;
            for (Span m : other.mentions) {
                if (!sentence.contains(m)) continue;
                if (known != null && !known.equals(other.party)) return null;
                known = other.party;
            }
        }
        if (known == null) return null;
        return parties.get(0).equals(known) ? parties.get(1) : parties.get(0);
    }

    /**
     * "Mr Albert Yankey, Chief Director of the Ministry of Foreign Affairs": between two parties, where everyone whose
     * side is known is of one, a ministry's official of no known side is of the other.
     */
    private static void otherSidesOfficials(People people, List<String> parties) {
        if (parties.size() != 2) return;
        String known = null;
        for (Person p : people.all) {
            if (p.party == null) continue;
            if (known != null && !known.equals(p.party)) return;
            known = p.party;
        }
        if (known == null) return;
        String other = parties.get(0).equals(known) ? parties.get(1) : parties.get(0);
        for (Person p : people.all) {
            if (p.party == null && p.titleParties.isEmpty() && !forOrganisation(p) && p.title != null
                    && Offices.ofMinistry(p.title)) p.party = other;
        }
    }

    /**
     * "Chairperson of the African Union Commission": an official of an international organisation, whose title names
     * no party, speaks for neither side (whatever office the same name once held for a country).
     */
    private static boolean forOrganisation(Person p) {
        return p.titleParties.isEmpty() && Offices.ofOrganisation(p.title);
    }

    private static boolean isFormer(Person p) {
        return p.title != null && p.title.toLowerCase(Locale.ROOT).startsWith("former");
    }

    private static boolean isLeader(Person p) {
        return Offices.isLeader(p.title);
    }

    /** The person just before in a list ("X and Y", "X, Y") whose party is known, when nothing else lies between. */
    /**
     * "Participating Australian Ministers included ...", "The Kenyan delegation comprised ...": the party that the
     * opening words of the person's sentence name as who the sentence lists, or null.
     */
    private static String sideListing(Doc doc, Person p, List<String> parties) {
        Span sentence = doc.sentenceAt(p.mentions.get(0).start());
        if (sentence == null) return null;
        Tokens t = doc.tokens();
        TokenMarks marks = doc.get(Keys.MARKS);
        int first = t.indexAt(sentence.start());
        int last = Math.min(t.indexAt(p.mentions.get(0).start()), first + OPENING_WORDS);
        for (int i = first; i + 2 < last; i++) {
            String party = marks.partyAt(i);
            if (party == null || !parties.contains(party)) continue;
            int who = i + 1;
            while (who < last && marks.partyAt(who) != null) who++; // "Papua New Guinean"
            boolean side = who + 1 < last && (SIDE_WORDS.contains(t.lower(who)) || WHO.contains(t.lower(who)))
                    && MEMBER_AFTER_HEAD.contains(t.lower(who + 1));
            return side ? party : null;
        }
        return null;
    }

    /** How far into a sentence its side may be named: "Participating Papua New Guinean Ministers included". */
    private static final int OPENING_WORDS = 6;
    private static final Set<String> SIDE_WORDS = Knowledge.get().delegationWords.get("delegation-nouns");
    private static final Set<String> WHO = Knowledge.get().dialogueWords.get("who-meets");

    private static String listedAfter(Doc doc, Person p, People people) {
        Span first = p.mentions.get(0);
        int start = first.start();
        // "Minister for Trade, the Hon Craig Emerson": forms of address between the title and the name
        for (Span t : p.titles) if (t.start() < start && (first.start() - t.end() <= 4
                || onlyAddress(doc.text().substring(t.end(), first.start())))) start = t.start();
        String text = doc.text();
        Person best = null;
        int bestEnd = -1;
        for (Person q : people.all) {
            if (q == p || q.party == null) continue;
            for (Span m : q.mentions) {
                if (m.end() <= start && m.end() > bestEnd) {
                    best = q;
                    bestEnd = m.end();
                }
            }
        }
        if (best == null) return null;
        // "the Hon Kevin Rudd MP, and Minister for Trade ...": the letters after the name are part of it
        String rest = text.substring(bestEnd, start);
        String bare = rest.stripLeading();
        while (!bare.isEmpty()) {
            int w = 0;
            while (w < bare.length() && Character.isLetter(bare.charAt(w))) w++;
            if (w == 0 || !NameWords.postNominals().contains(bare.substring(0, w))) break;
            bare = bare.substring(w).stripLeading();
        }
        String between = bare.strip().toLowerCase(Locale.ROOT);
        return between.equals("and") || between.equals(",") || between.equals(", and") ? best.party : null;
    }

    /** ", the Hon ", ", H.E. ": nothing but punctuation, "the" and honorifics. */
    private static boolean onlyAddress(String s) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (!w.isEmpty() && !w.equals("the") && !NameWords.honorifics().contains(w)) return false;
        }
        return true;
    }

    /**
     * "as a follow-up to the agreement reached last April between President Macri and ...", "the partnership agreed
     * by Presidents Peña Nieto and Xi in 2013": a leader named as the author of an earlier act.
     */
    private static boolean recalledAsAuthor(Doc doc, Person p) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        int from = Math.max(sentence == null ? 0 : sentence.start(), first.start() - 70);
        String before = doc.text().substring(from, first.start()).toLowerCase(Locale.ROOT);
        return Knowledge.get().delegationWords.anyIn("earlier-acts", before) || chairedEarlierMeeting(doc, sentence, first);
    }

    /**
     * "the inaugural meeting of the Council, which was co-chaired by Crown Prince ... and Prime Minister ...": the
     * chairs of a meeting before this one, named after "chaired by" (or "led", "hosted" by) in its sentence.
     */
    private static boolean chairedEarlierMeeting(Doc doc, Span sentence, Span mention) {
        if (sentence == null) return false;
        WordLists words = Knowledge.get().delegationWords;
        Tokens t = doc.tokens();
        int at = t.indexAt(mention.start());
        int by = -1;
        for (int i = at - 1; i > t.indexAt(sentence.start()) && i >= at - 20; i--) {
            if (t.lower(i).equals("by") && HEAD_CUES.contains(t.lower(i - 1))) {
                by = i - 1;
                break;
            }
        }
        // "the inaugural meeting", "the previous ministerial meeting"
        for (int i = by - 2; by > 0 && i >= t.indexAt(sentence.start()) && i >= by - 16; i--) {
            if (words.get("earlier-meetings").contains(t.lower(i)) && (words.get("meeting-nouns").contains(t.lower(i + 1))
                    || words.get("meeting-nouns").contains(t.lower(i + 2)))) return true;
        }
        return false;
    }

    /**
     * "Italian Prime Minister Giorgia Meloni met Algerian President Abdelmadjid Tebboune": a leader who meets the
     * other side's leader, the two joined by nothing but a verb of meeting, holds the round with them.
     */
    private static boolean meetsOtherLeader(Doc doc, Person p, People people, Set<Person> knownLeaders, List<String> parties) {
        if (p.party == null || !parties.contains(p.party)) return false;
        for (Person q : people.all) {
            if (q == p || q.party == null || q.party.equals(p.party) || !parties.contains(q.party)
                    || !(isLeader(q) || knownLeaders.contains(q))) continue;
            for (Span a : p.mentions) if (joinedByMeeting(doc, a, q)) return true;
            for (Span b : q.mentions) if (joinedByMeeting(doc, b, p)) return true;
        }
        return false;
    }

    /** Whether only words of meeting ("met", "held talks with") stand between a mention and the next person's title or name. */
    private static boolean joinedByMeeting(Doc doc, Span first, Person next) {
        int to = -1;
        for (Span m : next.mentions) if (m.start() >= first.end() && (to < 0 || m.start() < to)) to = m.start();
        if (to < 0 || to - first.end() > 80) return false;
        for (Span t : next.titles) if (t.start() >= first.end() && t.end() <= to) to = Math.min(to, t.start());
        String between = doc.text().substring(first.end(), to).strip().toLowerCase(Locale.ROOT);
        if (between.isEmpty()) return false;
        for (String w : Words.split(between)) if (!LEADERS_MEET.contains(w)) return false;
        return true;
    }

    /**
     * Where in {@code p}'s first sentence "accompanied by", "attended by" and the like stand before the first mention,
     * with no verb of leading after them: the token of the cue, or -1.
     */
    private static int memberCueBefore(Doc doc, Person p) {
        Span first = p.mentions.get(0);
        Span sentence = doc.sentenceAt(first.start());
        if (sentence == null) return -1;
        Tokens t = doc.tokens();
        int cue = -1;
        boolean led = false;
        for (int i = t.indexAt(sentence.start()); i + 1 < t.size() && t.end(i) <= first.start(); i++) {
            if (MEMBER_CUES.contains(t.lower(i)) && t.lower(i + 1).equals("by")) cue = i;
            else if (led && joinsTheLed(t, i)) cue = i;
            else if (HEAD_CUES.contains(t.lower(i))) {
                cue = -1;
                led = true;
            }
        }
        return cue;
    }

    /**
     * "led by X and included Y", "led by X, along with Y": after a verb of leading, these words add members to the
     * one who leads (before one, "X, along with Y, chaired" joins two who lead).
     */
    private static boolean joinsTheLed(Tokens t, int i) {
        return MEMBER_AFTER_HEAD.contains(t.lower(i)) || (MEMBER_WITH.contains(t.lower(i)) && t.lower(i + 1).equals("with"));
    }

    /** "hosted by X, and attended by Y": someone listed after a word of attending leads no side by the hosting. */
    private static boolean listedAfterMemberCue(Doc doc, Person p) {
        return memberCueBefore(doc, p) >= 0;
    }

    /** The party of the only person named before "accompanied by" (or "attended by") in the sentence, or null. */
    private static String withTheOneBefore(Doc doc, Person p, People people) {
        int cue = memberCueBefore(doc, p);
        if (cue < 0) return null;
        Span sentence = doc.sentenceAt(p.mentions.get(0).start());
        int at = doc.tokens().start(cue);
        Person before = null;
        for (Person q : people.all) {
            if (q == p || q.mentions.stream().noneMatch(m -> sentence.contains(m) && m.end() <= at)) continue;
            if (before != null) return null;
            before = q;
        }
        return before == null ? null : before.party;
    }

    /**
     * "We, the Prime Minister of A, Mr X, and the Prime Minister of B, Mr Y, ...": leaders who sign a statement in the
     * first person are the ones who met.
     */
    private static boolean speaksAsWe(Doc doc, Person p) {
        for (Span m : p.mentions) {
            Span s = doc.sentenceAt(m.start());
            if (s == null || m.start() - s.start() > 120) continue;
            String opening = doc.text().substring(s.start(), Math.min(s.end(), s.start() + 4)).toLowerCase(Locale.ROOT);
            if (opening.startsWith("we,")) return true;
        }
        return false;
    }

    /** A leader named in the sentence that names the dialogue, with a verb of holding or meeting. */
    private static boolean namedHoldingTheDialogue(Doc doc, Person p) {
        for (Span m : p.mentions) {
            Span s = doc.sentenceAt(m.start());
            if (s != null && !doc.within(Labels.DIALOGUE, s).isEmpty() && hasCue(doc, s, LEADER_MEETING)) return true;
        }
        return false;
    }

    private static boolean hasCue(Doc doc, Person p, Set<String> cues) {
        for (Span m : p.mentions) {
            Span s = doc.sentenceAt(m.start());
            if (s != null && hasCue(doc, s, cues)) return true;
        }
        return false;
    }

    private static boolean hasCue(Doc doc, Span s, Set<String> cues) {
        doc.checkTime();
        Tokens t = doc.tokens();
        for (int i = t.indexAt(s.start()); i < t.size() && t.start(i) < s.end(); i++) {
            String w = t.lower(i);
            if (cues.contains(w)) return true;
            if (w.equals("co") && i + 2 < t.size() && t.lower(i + 2).startsWith("chair")) return true;
        }
        return false;
    }
}
