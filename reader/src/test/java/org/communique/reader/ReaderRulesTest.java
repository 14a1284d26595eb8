package org.communique.reader;

import org.communique.model.Commitment;
import org.communique.model.NextRound;
import org.communique.model.Participant;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.communique.reader.WrittenStatements.read;

/** Each rule of the reader on a short statement written for it. */
class ReaderRulesTest {
    @Test
    void aDatelineCityIsNotTheMeetingPlace() throws Exception {
        RoundRecord r = read("TASHKENT, 14 May 2022 (UzA) - Uzbekistan and the United States held the sixth annual "
                + "Strategic Partnership Dialogue in Washington on May 12, 2022, the Foreign Ministry reported.");
        assertThat(r.round()).extracting(Round::place, Round::host, Round::date, Round::ordinal)
                .containsExactly("Washington", "US", "2022-05-12", 6);
        assertThat(r.source().published()).isEqualTo("2022-05-14");
        assertThat(r.dialogue().parties()).containsExactly("US", "UZ");
    }

    @Test
    void theBodyLiesBetweenBeginAndEndText() throws Exception {
        String text = "An official website of the United States Government Here's how you know\n\n"
                + "Media Note\n\nBegin Text:\n\nThe delegations of Mongolia and the United States met in Ulaanbaatar "
                + "on 3 June 2021 for the inaugural Economic Policy Dialogue and discussed trade and investment.\n\n"
                + "End Text.\n\nRelated Articles: Secretary travels to Asia\n";
        RoundRecord r = read(text);
        String body = text.substring(r.source().bodyStart(), r.source().bodyEnd());
        assertThat(body).startsWith("The delegations of Mongolia").endsWith("trade and investment.");
        assertThat(r.round()).extracting(Round::ordinal, Round::date).containsExactly(1, "2021-06-03");
        assertThat(r.dialogue().name()).isEqualTo("Economic Policy Dialogue");
    }

    @Test
    void aMeetingCountedSinceTheStartKeepsItsNumberButOneCountedSinceABreakDoesNot() throws Exception {
        assertThat(read("Ghana and the European Union met in Luxembourg on 3 May 2024 for the sixth meeting of the "
                + "Association Council since the agreement entered into force.").round().ordinal()).isEqualTo(6);
        assertThat(read("Ghana and the European Union met in Luxembourg on 3 May 2024 for the first meeting of the "
                + "Association Council since 2019.").round().ordinal()).isNull();
    }

    @Test
    void anExcerptsLastLineCutMidWordStillBelongsToTheBody() throws Exception {
        String text = "Mongolia and the United States held the Economic Policy Dialogue in Ulaanbaatar on 3 June 2021.\n"
                + "The two sides also exchanged views on regional issues such as connectivity through the Third Neighbor "
                + "format. Mongolia and the United States acknowled";
        RoundRecord r = read(text);
        assertThat(text.substring(r.source().bodyStart(), r.source().bodyEnd())).endsWith("United States acknowled");
    }

    @Test
    void aDateWithoutYearTakesTheYearOfThePublication() throws Exception {
        RoundRecord r = read("Office of the Spokesperson\nFebruary 28, 2014\n\nOn February 26, the second session of the "
                + "Georgia-United States Strategic Partnership Commission met in Washington to review progress.");
        assertThat(r.round()).extracting(Round::date, Round::ordinal).containsExactly("2014-02-26", 2);
    }

    @Test
    void aRangeGivesItsFirstDay() throws Exception {
        RoundRecord r = read("Japan and India held the third Maritime Affairs Dialogue in Tokyo on March 8-9, 2023, "
                + "with delegations from both foreign ministries discussing maritime security.");
        assertThat(r.round()).extracting(Round::date, Round::place, Round::host).containsExactly("2023-03-08", "Tokyo", "JP");
    }

    @Test
    void demonymsAndFormatsGiveParties() throws Exception {
        RoundRecord r = read("The Kazakh and Kyrgyz delegations met in Bishkek on 4 April 2024 for the Political "
                + "Consultations between the two foreign ministries and discussed water management.");
        assertThat(r.dialogue().parties()).containsExactly("KG", "KZ");
        RoundRecord c5 = read("Foreign ministers of the C5+1 met in Astana on 28 February 2023 for the C5+1 Ministerial "
                + "and discussed regional connectivity and security.");
        assertThat(c5.dialogue().parties()).containsExactly("KG", "KZ", "TJ", "TM", "US", "UZ");
    }

    @Test
    void peopleAreNamedByTheirOfficesAndLaterShortMentionsAreTheSamePerson() throws Exception {
        RoundRecord r = read("On June 5, 2023, Deputy Minister of Foreign Affairs of the Republic of Uzbekistan "
                + "Bakhodir Nurmatov welcomed U.S. Assistant Secretary of State for South and Central Asian Affairs "
                + "Donald Lu in Tashkent for the Annual Bilateral Consultations. Assistant Secretary Lu thanked Nurmatov. "
                + "Uzbek President Shavkat Mirziyoyev's reform agenda was praised.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party, Participant::role)
                .containsExactly(
                        tuple("Bakhodir Nurmatov", "UZ", Participant.Role.HEAD),
                        tuple("Donald Lu", "US", Participant.Role.HEAD),
                        tuple("Shavkat Mirziyoyev", "UZ", Participant.Role.MENTIONED));
        Participant lu = r.participants().get(1);
        assertThat(lu.title()).isEqualTo("U.S. Assistant Secretary of State for South and Central Asian Affairs");
        assertThat(lu.evidence()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void commitmentsCarryStrengthDueAndPlaceAndPredictionsAreNotCommitments() throws Exception {
        RoundRecord r = read("Indonesia and Australia held the fifth Annual Leaders' Dialogue in Canberra on 4 July 2024. "
                + "The two sides agreed to launch a joint working group on fisheries by 2025. "
                + "They look forward to deeper ties in education. "
                + "It will remain central to regional stability. "
                + "The two sides intend to hold the next Dialogue in Jakarta in 2025.");
        assertThat(r.commitments()).extracting(Commitment::trigger)
                .containsExactly("agreed to", "look forward to", "intend to");
        Commitment first = r.commitments().get(0);
        assertThat(first.actors()).containsExactly("AU", "ID");
        assertThat(first.strength()).isEqualTo("firm");
        assertThat(first.due()).isEqualTo("2025");
        assertThat(r.commitments().get(1).strength()).isEqualTo("soft");
        assertThat(r.commitments().get(2).place()).isEqualTo("Jakarta");
        assertThat(r.nextRound()).extracting(NextRound::place, NextRound::due).containsExactly("Jakarta", "2025");
    }

    @Test
    void aWorkingGroupsNextMeetingIsNotTheNextRound() throws Exception {
        RoundRecord r = read("Ukraine and the United States held the Strategic Partnership Commission in Washington on "
                + "10 November 2021. The next meeting of the Commission's working groups will be held in Kyiv in 2022.");
        assertThat(r.nextRound()).isNull();
    }

    @Test
    void htmlChromeIsDroppedAndEntitiesDecoded() throws Exception {
        String html = "<html><body><nav>Home | Press</nav><div class=\"usa-banner\">An official website</div><main>"
                + "<p>Egypt and the United States held the Strategic Dialogue in Cairo on 8&ndash;9 November 2021.</p>"
                + "<p>The two sides reaffirmed their partnership.</p></main><footer>Contact</footer>"
                + "<script>var x = 'Washington';</script></body></html>";
        RoundRecord r = read(html.getBytes(StandardCharsets.UTF_8), "p.html");
        assertThat(r.round()).extracting(Round::place, Round::date).containsExactly("Cairo", "2021-11-08");
        assertThat(r.dialogue().parties()).containsExactly("EG", "US");
    }

    @Test
    void windows1252TextIsRead() throws Exception {
        String text = "Colombia and the United States held the High-Level Dialogue in Bogot\u00e1 on 16 April 2024.";
        RoundRecord r = read(text.getBytes(Charset.forName("windows-1252")), "w.txt");
        assertThat(r.round().place()).isEqualTo("Bogot\u00e1");
        assertThat(r.warnings()).contains("not UTF-8: decoded as Windows-1252");
    }

    @Test
    void oddTextGivesARecordWithWarningsNotAnException() throws Exception {
        RoundRecord r = read("lorem ipsum \u0000 dolor February 30, 2020 \u0007 sit amet");
        assertThat(r.round().date()).isNull();
        assertThat(r.warnings()).anyMatch(w -> w.contains("impossible date")).anyMatch(w -> w.contains("no dialogue name"));
    }

    @Test
    void aTitleCaseDatelineIsNotTheVenueAndTheFirstIntroducedCityIs() throws Exception {
        RoundRecord r = read("Abuja, 24 October 2023 \u2013 Nigeria and the United Kingdom on Tuesday held the "
                + "Security Dialogue at the Ministry of Foreign Affairs, Abuja, building on last year's session in London.");
        assertThat(r.round()).extracting(Round::place, Round::host).containsExactly("Abuja", "NG");
        assertThat(r.source().published()).isEqualTo("2023-10-24");
    }

    @Test
    void pronounsScheduledEventsAndPredictions() throws Exception {
        RoundRecord r = read("Turkmenistan and the United States held the Strategic Dialogue in Ashgabat on 3 May 2022. "
                + "The American side announced that it will provide training for border guards in 2022. "
                + "The next meeting of the working groups will be held in Washington in 2023. "
                + "Officials said the corridor is expected to become a regional hub. "
                + "He said that it will remain central to stability.");
        assertThat(r.commitments()).extracting(Commitment::text).containsExactly(
                "provide training for border guards in 2022", "be held in Washington in 2023");
        assertThat(r.commitments().get(0).actors()).containsExactly("US");
        assertThat(r.commitments().get(1).actors()).containsExactly("TM", "US");
        assertThat(r.nextRound()).as("a working group's meeting is not the next round").isNull();
    }

    @Test
    void oneWordAfterATitleThatRanOnIsNoOne() throws Exception {
        RoundRecord r = read("Uzbekistan and the United States held the Strategic Partnership Dialogue in Tashkent on "
                + "4 March 2024, led by Under Secretary of State for Economic Growth, Energy, and the Environment "
                + "Jose W. Fernandez and Foreign Minister Bakhtiyor Saidov.");
        assertThat(r.participants()).extracting(Participant::name).doesNotContain("Growth").contains("Bakhtiyor Saidov");
    }

    @Test
    void postNominalsAndCapitalisedFamilyNames() throws Exception {
        RoundRecord r = read("The Rt Hon Jeremy Hunt MP, Chancellor of the Exchequer, and Foreign Minister HAYASHI "
                + "Yoshimasa of Japan met in London on 11 September 2023 for the Economic Dialogue.");
        assertThat(r.participants()).extracting(Participant::name).contains("Jeremy Hunt", "HAYASHI Yoshimasa");
    }

    @Test
    void aFamilyNameInCapitalsAfterAGivenNameAndAnHonorific() throws Exception {
        RoundRecord r = read("The Ghana-Togo Joint Commission met in Accra on 3 May 2023. It was chaired by Ms Ama "
                + "OWUSU-ANSAH, Minister of Foreign Affairs of Ghana, and Mr Koffi DOSSÉ, Minister of Trade of Togo.");
        assertThat(r.participants()).extracting(Participant::name).contains("Ama OWUSU-ANSAH", "Koffi DOSSÉ");
    }

    @Test
    void inAListOfNameAndTitleATitleThatOpensWithAnUnknownOfficeStillFollowsItsName() throws Exception {
        RoundRecord r = read("The Ghana-Togo Joint Commission met in Accra on 3 May 2023, attended by H.E. Ama Owusu, "
                + "Minister of Foreign Affairs of Ghana, H.E. Kofi Dossou, State Councillor and Minister of Foreign Affairs "
                + "of Togo, and others.");
        Participant owusu = r.participants().stream().filter(p -> p.name().equals("Ama Owusu")).findFirst().orElseThrow();
        Participant dossou = r.participants().stream().filter(p -> p.name().equals("Kofi Dossou")).findFirst().orElseThrow();
        assertThat(owusu.title()).isEqualTo("Minister of Foreign Affairs of Ghana");
        assertThat(dossou.party()).isEqualTo("TG");
    }

    @Test
    void aTitleAfterAsWithNoNameBeforeItFailsNoStage() throws Exception {
        // "on his first visit as Foreign Minister": no name stands before "as"; PersonTagger once threw here, and
        // every stage after it was skipped
        RoundRecord r = read("Ghana and Togo held their Joint Commission in Accra on 3 May 2023.\n\nMinister Owusu welcomed "
                + "Minister Mensah to Ghana on his first visit as Foreign Minister. They discussed ports.\n");
        assertThat(r.warnings()).noneMatch(w -> w.contains(" failed: ") || w.contains(" skipped: "));
        assertThat(r.participants()).extracting(Participant::name).contains("Owusu", "Mensah");
    }

    @Test
    void aHardWrappedStatementIsReadAsItsParagraphs() throws Exception {
        RoundRecord r = read("Joint Communique\n\nInternational Security\n\nMinisters of Chile and New Zealand met in\n"
                + "Wellington on 4 March 2024 for the first Strategic Dialogue. Chile and New Zealand will\n"
                + "continue to work closely on maritime security, and agreed to increase levels of\n"
                + "cooperation in Antarctic research.\n");
        assertThat(r.dialogue().parties()).containsExactly("CL", "NZ");
        assertThat(r.commitments()).extracting(Commitment::text)
                .contains("continue to work closely on maritime security", "increase levels of\ncooperation in Antarctic research");
    }
}
