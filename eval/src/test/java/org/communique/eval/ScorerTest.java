package org.communique.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.communique.model.Records;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScorerTest {

    /** JSON written with single quotes, to keep the records below readable. */
    private static Map<String, Object> j(String singleQuoted) {
        return Records.parseObject(singleQuoted.replace('\'', '"'));
    }

    private static Scorer score(String produced, String gold) {
        Scorer s = new Scorer();
        s.add("t", j(produced), j(gold));
        return s;
    }

    private static FieldScore field(Scorer s, String name) {
        return s.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** tp, produced, matchedGold, gold of one field. */
    private static void assertCounts(Scorer s, String name, int tp, int produced, int matchedGold, int gold) {
        FieldScore f = field(s, name);
        assertThat(new int[] {f.tp(), f.produced(), f.matchedGold(), f.gold()})
                .as(name).containsExactly(tp, produced, matchedGold, gold);
    }

    /** The same tp, produced, matchedGold, gold for each of these fields. */
    private static void assertCounts(Scorer s, List<String> names, int tp, int produced, int matchedGold, int gold) {
        for (String name : names) {
            assertCounts(s, name, tp, produced, matchedGold, gold);
        }
    }

    /**
     * A rule, a produced record and a gold one (JSON in single quotes), a field, and its tp, produced, matchedGold
     * and gold counts when the one is scored against the other.
     */
    static Stream<Arguments> counts() {
        String lossGold = "{'dialogue':{'name':'Enhanced Strategic Partnership Dialogue','parties':['KZ','US']}}";
        String keepGold = "{'dialogue':{'name':'Strategic Dialogue','parties':['AM','US']}}";
        // a greedy pass would give "energy security" to "energy" and leave "security" without a partner
        String energyGold = "{'topics':[{'label':'energy security'},{'label':'energy'}]}";
        // 18 gold content words, 7 of them produced: 38.9%
        String eighteenWords = "{'commitments':[{'text':'w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11 w12 w13 w14 w15 w16 w17 w18'}]}";
        String espdGold = "{'commitments':[{'text':'convene the next ESPD in Washington in 2024'}]}";
        // "C5+1" is inside both gold names; a maximum matching still pairs all
        String c5Produced = "{'references':[{'name':'C5+1'},{'name':'C5+1 Secretariat'}]}";
        // two Al-Sabahs: pairing by shared name words keeps each role with its own person
        String alSabahs = "{'participants':[{'name':'Sabah Al-Ahmad Al-Jaber Al-Sabah','party':'KW','role':'mentioned'},"
                + "{'name':'Sabah Al-Khaled Al-Sabah','party':'KW','role':'head'}]}";
        String alSabahsGold = "{'participants':[{'name':'Sabah Al-Khaled Al-Hamad Al-Sabah','party':'KW','role':'head'},"
                + "{'name':'Sabah Al-Ahmad Al-Jaber Al-Sabah','party':'KW','role':'mentioned'}]}";
        return Stream.of(
                // ---- words ----
                arguments("a parenthesised part of the gold name may be left out",
                        "{'dialogue':{'name':'Strategic Dialogue','parties':['KZ','US']}}",
                        "{'dialogue':{'name':'Strategic Dialogue (ministerial)','parties':['KZ','US']}}",
                        "dialogue.name", 1, 1, 1, 1),
                arguments("a parenthesised part may be left out of the gold's name only: a reading that adds words is wrong",
                        "{'dialogue':{'name':'Strategic Dialogue (ministerial)'}}",
                        "{'dialogue':{'name':'Strategic Dialogue'}}",
                        "dialogue.name", 0, 1, 0, 1),
                // the gold consulate is not cut off, so it is missed; the produced one is left out
                arguments("cut-off commitments are left out on both sides",
                        "{'commitments':[{'text':'open a consulate in Almaty','cut_off':true},{'text':'expand trade'}]}",
                        "{'commitments':[{'text':'open a consulate in Almaty'},{'text':'expand trade'},"
                                + "{'text':'build a bridge','cut_off':true}]}",
                        "commitments", 1, 1, 1, 2),
                // ---- scalars ----
                arguments("date compares as a string",
                        "{'round':{'date':'2019-07-01'}}",
                        "{'round':{'date':'2019-07'}}",
                        "round.date", 0, 1, 0, 1),
                arguments("ordinal reads the same as long or double",
                        "{'round':{'ordinal':5.0}}",
                        "{'round':{'ordinal':5}}",
                        "round.ordinal", 1, 1, 1, 1),
                arguments("ordinal reads the same as long or string",
                        "{'round':{'ordinal':'5'}}",
                        "{'round':{'ordinal':5}}",
                        "round.ordinal", 1, 1, 1, 1),
                arguments("parties are one item, right when the sets are equal",
                        "{'dialogue':{'parties':['US','KZ']}}",
                        "{'dialogue':{'parties':['KZ','US']}}",
                        "dialogue.parties", 1, 1, 1, 1),
                arguments("parties are one item, wrong when the sets differ",
                        "{'dialogue':{'parties':['US','KZ','UZ']}}",
                        "{'dialogue':{'parties':['KZ','US']}}",
                        "dialogue.parties", 0, 1, 0, 1),
                arguments("parties: an empty list says nothing, like null",
                        "{'dialogue':{'parties':[]}}",
                        "{'dialogue':{'parties':['KZ','US']}}",
                        "dialogue.parties", 0, 0, 0, 1),
                // ---- dialogue name ----
                arguments("dialogue name loses party names",
                        "{'dialogue':{'name':'U.S.-Kazakhstan Enhanced Strategic Partnership Dialogue'}}",
                        lossGold,
                        "dialogue.name", 1, 1, 1, 1),
                arguments("dialogue name loses demonyms",
                        "{'dialogue':{'name':'Kazakhstani-American enhanced strategic partnership dialogue'}}",
                        lossGold,
                        "dialogue.name", 1, 1, 1, 1),
                arguments("dialogue name loses 'United States'",
                        "{'dialogue':{'name':'United States - Kazakh Enhanced Strategic Partnership Dialogue'}}",
                        lossGold,
                        "dialogue.name", 1, 1, 1, 1),
                arguments("dialogue name removes hyphens",
                        "{'dialogue':{'name':'U.S.-Mexico High Level Economic Dialogue'}}",
                        "{'dialogue':{'name':'High-Level Economic Dialogue','parties':['MX','US']}}",
                        "dialogue.name", 1, 1, 1, 1),
                arguments("dialogue name keeps other words",
                        "{'dialogue':{'name':'Strategic Partnership Dialogue'}}",
                        keepGold,
                        "dialogue.name", 0, 1, 0, 1),
                // Kazakhstan is not a party here, so it stays
                arguments("dialogue name keeps non-party countries",
                        "{'dialogue':{'name':'U.S.-Kazakhstan Strategic Dialogue'}}",
                        keepGold,
                        "dialogue.name", 0, 1, 0, 1),
                arguments("dialogue name loses the party countries only",
                        "{'dialogue':{'name':'U.S.-Armenia Strategic Dialogue'}}",
                        keepGold,
                        "dialogue.name", 1, 1, 1, 1),
                // ---- participants ----
                arguments("participants match one to one",
                        "{'participants':[{'name':'Antony Blinken'},{'name':'Blinken'}]}",
                        "{'participants':[{'name':'Antony J. Blinken'}]}",
                        "participants", 1, 2, 1, 1),
                arguments("shared last names pair the right people",
                        alSabahs,
                        alSabahsGold,
                        "participants", 2, 2, 2, 2),
                arguments("shared last names pair the right people, each role with its own person",
                        alSabahs,
                        alSabahsGold,
                        "participants.role", 2, 2, 2, 2),
                // ---- topics ----
                arguments("topics share a content word without a final s",
                        "{'topics':[{'code':'trade.sanction','label':null},"
                                + "{'code':'security.counterterrorism','label':'Fighting terror'},"
                                + "{'code':'x','label':'Infrastructure'}]}",
                        "{'topics':[{'label':'sanctions circumvention'},{'label':'counterterrorism'},"
                                + "{'label':'global gateway projects','also':['infrastructure']}]}",
                        "topics", 3, 3, 3, 3),
                arguments("topic stop words do not match",
                        "{'topics':[{'label':'the rule of law'}]}",
                        "{'topics':[{'label':'the war in ukraine'}]}",
                        "topics", 0, 1, 0, 1),
                arguments("topic matching does not depend on order",
                        "{'topics':[{'label':'energy'},{'label':'security'}]}",
                        energyGold,
                        "topics", 2, 2, 2, 2),
                arguments("topic matching does not depend on order, the other way round",
                        "{'topics':[{'label':'security'},{'label':'energy'}]}",
                        energyGold,
                        "topics", 2, 2, 2, 2),
                arguments("topics match one to one: two produced cannot both take one gold topic",
                        "{'topics':[{'label':'energy'},{'label':'energy'}]}",
                        "{'topics':[{'label':'energy'}]}",
                        "topics", 1, 2, 1, 1),
                // ---- commitments ----
                // gold content words: convene next espd washington 2024; produced has 2 of 5
                arguments("commitment matches at forty percent",
                        "{'commitments':[{'text':'meet again in Washington in 2024'}]}",
                        espdGold,
                        "commitments", 1, 1, 1, 1),
                arguments("commitment below forty percent does not match",
                        "{'commitments':[{'text':'w01 w02 w03 w04 w05 w06 w07 other words'}]}",
                        eighteenWords,
                        "commitments", 0, 1, 0, 1),
                arguments("commitment at forty percent matches",
                        "{'commitments':[{'text':'w01 w02 w03 w04 w05 w06 w07 w08'}]}",
                        eighteenWords,
                        "commitments", 1, 1, 1, 1),
                arguments("commitment evidence quote counts",
                        "{'commitments':[{'text':'convene',"
                                + "'evidence':{'start':0,'end':10,'quote':'the next ESPD will be held in Washington'}}]}",
                        espdGold,
                        "commitments", 1, 1, 1, 1),
                arguments("commitment evidence as a list of spans reads the same",
                        "{'commitments':[{'text':'convene',"
                                + "'evidence':[{'start':0,'end':10,'quote':'the next ESPD will be held in Washington'}]}]}",
                        espdGold,
                        "commitments", 1, 1, 1, 1),
                // ---- references ----
                arguments("references match one to one whatever the order",
                        c5Produced,
                        "{'references':[{'name':'C5+1 Secretariat'},{'name':'C5+1'}]}",
                        "references", 2, 2, 2, 2),
                arguments("references match one to one whatever the order, in the same order",
                        c5Produced,
                        "{'references':[{'name':'C5+1'},{'name':'C5+1 Secretariat'}]}",
                        "references", 2, 2, 2, 2),
                arguments("references match one to one: an empty name matches nothing",
                        "{'references':[{'name':''},{'name':'C5+1'}]}",
                        "{'references':[{'name':'C5+1'}]}",
                        "references", 1, 2, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void theCountsOfOneField(String rule, String produced, String gold, String field,
                             int tp, int producedCount, int matchedGold, int goldCount) {
        assertCounts(score(produced, gold), field, tp, producedCount, matchedGold, goldCount);
    }

    /**
     * A rule, a produced record and a gold one, a field and its counts, and all the misses the scorer reports, in
     * order.
     */
    static Stream<Arguments> countsAndMisses() {
        return Stream.of(
                arguments("wrong title is explained",
                        "{'participants':[{'name':'Wang Lu','title':'Deputy Foreign Minister'}]}",
                        "{'participants':[{'name':'Lu','title':'Foreign Minister of China'}]}",
                        "participants.title", 0, 1, 0, 1,
                        List.of("t participants.title: Lu got 'Deputy Foreign Minister' want 'Foreign Minister of China'")),
                arguments("topics without a shared word do not match",
                        "{'topics':[{'code':'environment.climate','label':'Climate'}]}",
                        "{'topics':[{'label':'energy'}]}",
                        "topics", 0, 1, 0, 1,
                        List.of("t topics: missed gold energy", "t topics: spurious Climate")),
                // the produced text covers all of the second gold text and half of the first
                arguments("commitments match one to one, best first",
                        "{'commitments':[{'text':'sign energy agreement'}]}",
                        "{'commitments':[{'text':'sign trade agreement deal'},{'text':'sign energy agreement'}]}",
                        "commitments", 1, 1, 1, 2,
                        List.of("t commitments: missed gold sign trade agreement deal")),
                arguments("references match when equal or contained",
                        "{'references':[{'name':'the UN Charter'},{'name':'C5+1'},{'name':'PEPFAR'}]}",
                        "{'references':[{'name':'UN Charter'},{'name':'C5+1 Secretariat'},{'name':'Quad'}]}",
                        "references", 2, 3, 2, 3,
                        List.of("t references: missed gold Quad", "t references: spurious PEPFAR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countsAndMisses")
    void theCountsOfOneFieldAndTheMisses(String rule, String produced, String gold, String field,
                                         int tp, int producedCount, int matchedGold, int goldCount, List<String> misses) {
        Scorer s = score(produced, gold);
        assertCounts(s, field, tp, producedCount, matchedGold, goldCount);
        assertThat(s.misses()).containsExactlyElementsOf(misses);
    }

    // ---- words ----

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "  Jozef Síkela "  | jozef sikela
            "U.S.-India  2+2"  | u s india 2 2
            "James C. O’Brien" | james c o brien
            "Türkiye"          | turkiye
            null               | ""
            """)
    void normalisesAccentsCaseAndPunctuation(String text, String normalised) {
        assertThat(Scorer.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void contentWordsLeaveOutTheStopList() {
        assertThat(Scorer.contentWords("Minister of Foreign Affairs of the U.S. and its partners"))
                .containsExactly("minister", "foreign", "affair", "partner");
    }

    @Test
    void contentWordsDropAFinalSOnlyFromLongerWords() {
        assertThat(Scorer.contentWords("gas talks has")).containsExactly("gas", "talk", "has");
    }

    @Test
    void aHyphenatedWordAlsoCountsJoined() {
        assertThat(Scorer.contentWords("non-proliferation between people-to-people ties"))
                .containsExactlyInAnyOrder("proliferation", "nonproliferation", "people", "tie", "peopletopeople");
        Scorer s = score("{'topics':[{'label':'Nonproliferation'}]}", "{'topics':[{'label':'non-proliferation'}]}");
        assertCounts(s, "topics", 1, 1, 1, 1);
    }

    @Test
    void washingtonDcIsWashington() {
        Scorer s = score("{'round':{'place':'Washington'},'next_round':{'place':'Washington DC'}}",
                "{'round':{'place':'Washington, D.C.'},'next_round':{'place':'Washington'}}");
        assertCounts(s, List.of("round.place", "next_round.place"), 1, 1, 1, 1);
        assertThat(Scorer.samePlace("Washington", "Wellington")).isFalse();
    }

    @Test
    void strengthIsAccuracyAmongMatchedCommitments() {
        Scorer s = score("{'commitments':[{'text':'expand trade','strength':'firm'},{'text':'open a consulate','strength':'firm'}]}",
                "{'commitments':[{'text':'expand trade','strength':'soft'},{'text':'open a consulate','strength':'firm'},"
                        + "{'text':'build a bridge','strength':'firm'}]}");
        assertCounts(s, "commitments", 2, 2, 2, 3);
        assertCounts(s, "commitments.strength", 1, 2, 1, 2);
        assertThat(s.misses()).anyMatch(m -> m.contains("commitments.strength: expand trade got 'firm' want 'soft'"));
    }

    // ---- field scores ----

    @Test
    void fieldScoreEdgeCases() {
        FieldScore none = new FieldScore("x", 0, 0, 0, 0);
        assertThat(none.counted()).isFalse();
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isEqualTo(1.0);
        assertThat(none.f1()).isEqualTo(1.0);

        FieldScore nothingProduced = new FieldScore("x", 0, 0, 0, 2);
        assertThat(nothingProduced.precision()).isZero();
        assertThat(nothingProduced.recall()).isZero();
        assertThat(nothingProduced.f1()).isZero();

        FieldScore nothingWanted = new FieldScore("x", 0, 3, 0, 0);
        assertThat(nothingWanted.precision()).isZero();
        assertThat(nothingWanted.recall()).isZero();

        FieldScore some = new FieldScore("x", 1, 2, 1, 4);
        assertThat(some.precision()).isEqualTo(0.5);
        assertThat(some.recall()).isEqualTo(0.25);
        assertThat(some.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
    }

    @Test
    void fieldsComeInTheOrderOfTheTable() {
        assertThat(new Scorer().fields()).extracting(FieldScore::name).containsExactly(
                "dialogue.parties", "dialogue.name", "round.ordinal", "round.date", "round.place", "round.host",
                "participants", "participants.party", "participants.role", "participants.title",
                "topics", "commitments", "commitments.strength", "next_round.place", "next_round.due", "references");
    }

    // ---- scalars ----

    @Test
    void equalScalarsMatch() {
        Scorer s = score(
                "{'round':{'ordinal':5,'date':'2023-11-06','place':'kuwait  CITY','host':'KW'}}",
                "{'round':{'ordinal':5,'date':'2023-11-06','place':'Kuwait City','host':'KW'}}");
        assertCounts(s, List.of("round.ordinal", "round.date", "round.place", "round.host"), 1, 1, 1, 1);
        assertThat(s.misses()).isEmpty();
        assertThat(s.meanF1()).isEqualTo(1.0);
    }

    @Test
    void differentScalarsAreOneMissAndOneSpurious() {
        Scorer s = score("{'round':{'date':'2023-11-07','ordinal':4,'host':'kw'}}",
                "{'round':{'date':'2023-11-06','ordinal':5,'host':'KW'}}");
        // host is a code and compares exactly
        assertCounts(s, List.of("round.date", "round.ordinal", "round.host"), 0, 1, 0, 1);
        assertThat(s.misses()).contains("t round.date: missed gold 2023-11-06", "t round.date: spurious 2023-11-07");
    }

    @Test
    void nullAgainstNullCountsNothingAndLeavesTheFieldOutOfTheMean() {
        Scorer s = score("{'round':{'place':null,'date':'2020-10-20'},'next_round':null}",
                "{'round':{'place':null,'date':'2020-10-20'},'next_round':null}");
        assertCounts(s, List.of("round.place", "next_round.place"), 0, 0, 0, 0);
        assertThat(field(s, "round.place").counted()).isFalse();
        // only round.date counts, and it is right
        assertThat(s.meanF1()).isEqualTo(1.0);
    }

    @Test
    void valueWhereGoldHasNoneIsSpurious() {
        Scorer s = score("{'round':{'place':'Abu Dhabi','host':'AE'}}", "{'round':{'place':null,'host':null}}");
        assertCounts(s, List.of("round.place", "round.host"), 0, 1, 0, 0);
        assertThat(s.misses()).contains("t round.place: spurious Abu Dhabi");
        assertThat(s.meanF1()).isZero();
    }

    @Test
    void emptyMeanIsZero() {
        assertThat(new Scorer().meanF1()).isZero();
    }

    // ---- dialogue name ----

    @Test
    void countryTableCoversCommonPartiesAndTheEu() {
        Map<String, List<String>> words = Scorer.countryWords();
        assertThat(words).hasSizeGreaterThanOrEqualTo(60);
        assertThat(words.get("EU")).contains("european union");
        assertThat(words.get("KZ")).contains("kazakhstan", "kazakh", "kazakhstani");
        assertThat(words.get("UZ")).contains("uzbekistan", "uzbek", "uzbekistani");
        assertThat(Scorer.bareDialogueName("EU-Uzbekistan Cooperation Council", List.of("EU", "UZ")))
                .isEqualTo("cooperation council");
        assertThat(Scorer.bareDialogueName("United States of America-Philippines Bilateral Strategic Dialogue",
                List.of("PH", "US"))).isEqualTo("bilateral strategic dialogue");
    }

    // ---- participants ----

    @Test
    void participantsMatchOnLastNameWithoutSuffixes() {
        Scorer s = score(
                "{'participants':[{'name':'Lloyd Austin','title':'Secretary of Defense','party':'US','role':'head'},"
                        + "{'name':'Antony J. Blinken','title':'Secretary of State','party':'US','role':'head'},"
                        + "{'name':'Martin Luther King, Jr.','title':null,'party':'US','role':'mentioned'}]}",
                "{'participants':[{'name':'Lloyd J. Austin III','title':'Secretary of Defense','party':'US','role':'head'},"
                        + "{'name':'Antony Blinken','title':'Secretary of State','party':'US','role':'head'},"
                        + "{'name':'M. L. King','title':null,'party':'US','role':'mentioned'}]}");
        assertCounts(s, List.of("participants", "participants.party", "participants.role", "participants.title"), 3, 3, 3, 3);
        assertThat(s.misses()).isEmpty();
    }

    @Test
    void differentLastNamesDoNotMatch() {
        Scorer s = score("{'participants':[{'name':'John Bass','party':'US','role':'head'}]}",
                "{'participants':[{'name':'John Kerry','party':'US','role':'head'}]}");
        assertCounts(s, "participants", 0, 1, 0, 1);
        // no matched pair, so nothing to score for the attributes
        assertCounts(s, "participants.role", 0, 0, 0, 0);
        assertThat(s.misses()).containsExactly("t participants: missed gold John Kerry", "t participants: spurious John Bass");
    }

    @Test
    void partyAndRoleAreAccuracyOverMatchedPairs() {
        Scorer s = score(
                "{'participants':[{'name':'Nkosazana Dlamini-Zuma','party':null,'role':'head'},"
                        + "{'name':'Hillary Clinton','party':'ZA','role':'head'}]}",
                "{'participants':[{'name':'Nkosazana Dlamini-Zuma','party':null,'role':'mentioned'},"
                        + "{'name':'Hillary Rodham Clinton','party':'US','role':'head'}]}");
        assertCounts(s, List.of("participants.party", "participants.role"), 1, 2, 1, 2);
        assertThat(s.misses()).contains(
                "t participants.role: Nkosazana Dlamini-Zuma got 'head' want 'mentioned'",
                "t participants.party: Hillary Rodham Clinton got 'ZA' want 'US'");
    }

    @ParameterizedTest(name = "[{0}] and [{1}]: the same {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Minister of Foreign Affairs        | Minister of Foreign Affairs of the Republic of Uzbekistan | true
            U.S. Secretary of State            | Secretary of State                                        | true
            null                               | null                                                      | true
            # the shorter has "deputy", which the longer lacks
            Deputy Minister of Foreign Affairs | Minister of Foreign Affairs of Kazakhstan                 | false
            null                               | Secretary of State                                        | false
            Secretary of State                 | null                                                      | false
            """)
    void titleOfTheShorterMustBeInsideTheLonger(String a, String b, boolean same) {
        assertThat(Scorer.sameTitle(a, b)).isEqualTo(same);
    }

    // ---- next round ----

    @Test
    void nextRoundPlaceAndDueAreScoredApart() {
        Scorer s = score("{'next_round':{'place':'TASHKENT','due':2021}}", "{'next_round':{'place':'Tashkent','due':'2021'}}");
        assertCounts(s, "next_round.place", 1, 1, 1, 1);
        assertCounts(s, "next_round.due", 1, 1, 1, 1);

        Scorer missing = score("{'next_round':null}", "{'next_round':{'place':'Manila','due':null}}");
        assertCounts(missing, "next_round.place", 0, 0, 0, 1);
        assertCounts(missing, "next_round.due", 0, 0, 0, 0);
    }

    // ---- corpus ----

    @Test
    void countsAddUpOverACorpus() {
        Scorer s = new Scorer();
        s.add("a", j("{'round':{'date':'2020-01-01'}}"), j("{'round':{'date':'2020-01-01'}}"));
        s.add("b", j("{'round':{'date':'2020-01-02'}}"), j("{'round':{'date':'2020-01-03'}}"));
        s.add("c", j("{'round':{'date':null}}"), j("{'round':{'date':'2020-01-04'}}"));
        assertCounts(s, "round.date", 1, 2, 1, 3);
        assertThat(field(s, "round.date").precision()).isEqualTo(0.5);
        assertThat(field(s, "round.date").recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.misses()).startsWith("b round.date: missed gold 2020-01-03");
    }

    @Test
    void everyDevGoldScoresPerfectlyAgainstItself() throws IOException {
        Path dev = Path.of(System.getProperty("communique.root", "."), "..", "shared", "corpus", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
        Scorer s = new Scorer();
        try (Stream<Path> files = Files.list(dev)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                Map<String, Object> gold = Records.parseObject(Files.readString(p, StandardCharsets.UTF_8));
                s.add(p.getFileName().toString(), gold, gold);
            }
        }
        assertThat(s.misses()).isEmpty();
        assertThat(s.meanF1()).isEqualTo(1.0);
        assertThat(field(s, "participants").gold()).isGreaterThan(50);
    }
}
