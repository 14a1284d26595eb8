package org.communique.reader;

import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Which date is the meeting's, each rule on a statement written for it. */
class DateRulesTest {
    private final Reader reader = new Reader();

    private RoundRecord read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt").record();
    }

    @Test
    void theDayTheMeetingIsSaidToBeOnBeatsTheDayAtTheHead() throws Exception {
        RoundRecord r = read("Lisbon, 9 June 2022 (LUSA): The fourth Portugal-Angola Strategic Dialogue was held in "
                + "Luanda on June 7, 2022, and covered energy.");
        assertThat(r.round().date()).isEqualTo("2022-06-07");
    }

    @Test
    void todayIsTheDayOfThePlaceAndDateLineNotOfPublication() throws Exception {
        RoundRecord r = read("Published on 15 May 2019\n\nRome, 14 May 2019\n\nThe foreign ministers of Italy and "
                + "Tunisia met today for the Strategic Dialogue and discussed migration and energy.");
        assertThat(r.round().date()).isEqualTo("2019-05-14");
    }

    @Test
    void aDayWithoutAYearTakesNoYearFromAnotherEvent() throws Exception {
        RoundRecord r = read("On 2nd August, Chile and Peru held their first Strategic Dialogue since 2011 in Lima. "
                + "They discussed trade.");
        assertThat(r.round().date()).isNull();
    }

    @Test
    void anIsoDateAtTheTopIsThePublicationDate() throws Exception {
        RoundRecord r = read("date 2019-08-21 ALMATY. KAZINFORM On Tuesday, Kazakhstan and Japan held the "
                + "Strategic Dialogue in Almaty on trade and transit.");
        assertThat(r.source().published()).isEqualTo("2019-08-21");
        assertThat(r.round().date()).isEqualTo("2019-08-20");
    }

    @Test
    void theOpeningsDateServesWhenNoSentenceAboutTheMeetingGivesOne() throws Exception {
        RoundRecord r = read("On March 4, 2015, the Foreign Minister of Ghana made an official visit to Canada. During "
                + "the visit the two ministers co-chaired the Canada-Ghana Strategic Partnership Dialogue.");
        assertThat(r.round().date()).isEqualTo("2015-03-04");
    }

    @Test
    void aWeekdayInAWiresOpeningIsTheDayBeforeItsDateAndAnEarlierRoundsDateIsNotTheRounds() throws Exception {
        RoundRecord r = read("March 14, 2024\nLISBON - The foreign ministers of Chile and Portugal agreed on Tuesday to "
                + "widen trade. They met in Lisbon for the fourth Political Consultations, the first since the last "
                + "meeting in October 2019.");
        assertThat(r.round().date()).isEqualTo("2024-03-12");
        RoundRecord said = read("March 14, 2024\nLISBON - Chile and Portugal held the fourth Political Consultations "
                + "here Tuesday, their foreign ministries said.");
        assertThat(said.round().date()).isEqualTo("2024-03-12");
    }

    @Test
    void anEarlierRoundsDateIsSkippedWhereverItsClauseSaysSo() throws Exception {
        RoundRecord r = read("August 9, 2024\n\nOSLO - The vice ministers of Norway and Chile met on Wednesday in Oslo for "
                + "the 5th Norway-Chile Strategic Dialogue, the ministry said Thursday. The dialogue resumed after two "
                + "years. The last in-person dialogue took place in Santiago in March 2019, however.");
        assertThat(r.round().date()).isEqualTo("2024-08-07");
    }

    @Test
    void aYearInTheTitleLineDatesTheRoundWhenNothingElseDoes() throws Exception {
        RoundRecord r = read("Home\n\n1998 Norway-Chile Ministerial Communique\n\nThe ministers of Norway and Chile held "
                + "the Ministerial Dialogue in Oslo and discussed fisheries, trade and shipping in detail.");
        assertThat(r.round().date()).isEqualTo("1998");
    }
}
