package org.communique.reader;

import org.communique.model.RoundRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which date is the meeting's, each rule on a statement written for it. */
class DateRulesTest {
    /** A formal statement whose preamble recalls earlier events, used by the place rules too. */
    static final String PREAMBLE = "Joint Statement of the First Meeting of the Chile-Peru Strategic Council\n"
            + "Recalling the visit of the President of Chile to Peru on March 3, 2021, and the meeting of the "
            + "ministers held in Arica on May 5, 2021,\n"
            + "Determined to deepen their cooperation in all fields,\n"
            + "The First Meeting of the Chile-Peru Strategic Council, created by the declaration signed on June 1, 2021, "
            + "was held in Lima on October 20, 2021, under the co-chairmanship of the two foreign ministers.";

    /** A rule, a statement written for it, and the meeting's date it gives (null: none). */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("the day the meeting is said to be on beats the day at the head",
                        "Lisbon, 9 June 2022 (LUSA): The fourth Portugal-Angola Strategic Dialogue was held in "
                                + "Luanda on June 7, 2022, and covered energy.", "2022-06-07"),
                arguments("today is the day of the place and date line, not of publication",
                        "Published on 15 May 2019\n\nRome, 14 May 2019\n\nThe foreign ministers of Italy and "
                                + "Tunisia met today for the Strategic Dialogue and discussed migration and energy.",
                        "2019-05-14"),
                arguments("yesterday is the day before the wire's date",
                        "LISBON, 9 June 2022 (LUSA) -- The foreign ministers of Portugal and Angola held the fourth "
                                + "Strategic Dialogue in Luanda yesterday and discussed energy.", "2022-06-08"),
                arguments("a report that names no day of its own gives the month it was published",
                        "date 2022-06-09\n\nLUANDA. The fourth Portugal-Angola Strategic Dialogue was held in Luanda, "
                                + "where the ministers discussed energy and fisheries at length.", "2022-06"),
                arguments("the statement's city-and-date line and its opening agree on the day, whatever is recalled later",
                        "Joint Statement on the 4th Meeting of the Portugal-Angola Joint Committee\n\n(Luanda, 7 June 2022)\n\n"
                                + "At the invitation of the Angolan Foreign Minister, the Foreign Minister of Portugal made "
                                + "an official visit to Angola from 7 to 8 June 2022. The two ministers jointly opened the "
                                + "plenary session of the Joint Committee.\n\n"
                                + "In March 2021, the two Presidents met in Lisbon on the sidelines of a summit and "
                                + "agreed to deepen energy cooperation.", "2022-06-07"),
                arguments("a day without a year takes no year from another event",
                        "On 2nd August, Chile and Peru held their first Strategic Dialogue since 2011 in Lima. "
                                + "They discussed trade.", null),
                arguments("the opening's date serves when no sentence about the meeting gives one",
                        "On March 4, 2015, the Foreign Minister of Ghana made an official visit to Canada. During "
                                + "the visit the two ministers co-chaired the Canada-Ghana Strategic Partnership Dialogue.",
                        "2015-03-04"),
                arguments("a weekday in a wire's opening is the day before its date; an earlier round's date is not the round's",
                        "March 14, 2024\nLISBON - The foreign ministers of Chile and Portugal agreed on Tuesday to "
                                + "widen trade. They met in Lisbon for the fourth Political Consultations, the first since the last "
                                + "meeting in October 2019.", "2024-03-12"),
                arguments("a weekday in a wire's opening is the day before its date, said by the ministries too",
                        "March 14, 2024\nLISBON - Chile and Portugal held the fourth Political Consultations "
                                + "here Tuesday, their foreign ministries said.", "2024-03-12"),
                arguments("an earlier round's date is skipped wherever its clause says so",
                        "August 9, 2024\n\nOSLO - The vice ministers of Norway and Chile met on Wednesday in Oslo for "
                                + "the 5th Norway-Chile Strategic Dialogue, the ministry said Thursday. The dialogue resumed after two "
                                + "years. The last in-person dialogue took place in Santiago in March 2019, however.",
                        "2024-08-07"),
                arguments("a year in the title line dates the round when nothing else does",
                        "Home\n\n1998 Norway-Chile Ministerial Communique\n\nThe ministers of Norway and Chile held "
                                + "the Ministerial Dialogue in Oslo and discussed fisheries, trade and shipping in detail.",
                        "1998"),
                arguments("a preamble's clauses and an instrument's day do not date the meeting", PREAMBLE, "2021-10-20"),
                arguments("a date written with dots puts the day first, as European ministries write it",
                        "Vienna, 04.03.2021\n\nThe foreign ministers of Austria and Slovenia met today in Vienna for "
                                + "the Strategic Dialogue and spoke about the Western Balkans.", "2021-03-04"),
                arguments("a numeric date with the year first runs year, month, day",
                        "Wang Yi Holds Strategic Dialogue with Foreign Minister of Laos\n2021/06/07\n\nThe foreign "
                                + "ministers of China and Laos held the Strategic Dialogue in Chongqing today on the railway.",
                        "2021-06-07"),
                arguments("a clause that opens with an act ('established ...') dates the act, not the meeting",
                        "The Kenya-Tanzania Joint Commission, established during the visit of the Kenyan President to "
                                + "Tanzania in March 2011, held its ninth session in Arusha.", null),
                arguments("a title that names the meeting and a day is dated by the meeting when the body says no day",
                        "EU-Moldova Association Council, Brussels, 14 March 2022\n\nMain results\n\nThe EU and Moldova "
                                + "held the sixth meeting of the Association Council and discussed energy security.",
                        "2022-03-14"),
                arguments("a date said as the meeting's end gives only its month: the first day is not told",
                        "The fourth Cyprus-Greece High-Level Cooperation Council ended on Friday, 9 May 2014, with "
                                + "pledges to widen energy ties.", "2014-05"),
                arguments("a treaty's way of writing the day: 'the 3rd day of March 2020'",
                        "The Malta-Tunisia Joint Commission met in Valletta on the 5th day of June 2019 under the "
                                + "chairmanship of the two foreign ministers.", "2019-06-05"),
                arguments("the month, 'the' and the day: 'March the 3rd, 2020'",
                        "Portugal and Cape Verde held their Summit on June the 5th, 2019 in Lisbon.", "2019-06-05"),
                arguments("an ISO date with its time stamps the page",
                        "Published 2019-06-05T09:30:00Z\n\nFinland and Estonia held the Political Consultations in "
                                + "Tallinn today and discussed energy.", "2019-06-05"),
                arguments("a month and year alone at the head of the page give the month when nothing else dates the round",
                        "June 2019\n\nThe 4th Estonia-Finland Joint Working Group met in a video format and discussed "
                                + "cyber defence.", "2019-06"),
                arguments("a range across two months writes its year once, at its end",
                        "The ministers of Chile, Peru and Bolivia met in La Paz on 30 June and 1 July 2021 for the "
                                + "fourth Trilateral Commission.", "2021-06-30"),
                arguments("a range from December into January begins the year before its end",
                        "The ministers of Chile and Peru met in Lima from December 30 to January 2, 2021 for the "
                                + "fourth Joint Commission.", "2020-12-30"),
                arguments("a month told first gives way to the day a later sentence tells in that month",
                        "In March 2021 the foreign ministers of Chile and Peru held the fourth Joint Commission in "
                                + "Lima. The Joint Commission met on Friday 5 March 2021 and discussed trade.", "2021-03-05"),
                arguments("the day of a named event other than the dialogue is not the meeting's",
                        "At the Joint Commission the ministers of Chile and Peru recalled the measures agreed at the "
                                + "Andean Summit on 4 March 2021 and discussed trade.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theMeetingsDate(String rule, String statement, String date) throws Exception {
        assertThat(read(statement).round().date()).isEqualTo(date);
    }

    /** A rule, a statement written for it, the publication date and the meeting's date it gives. */
    static Stream<Arguments> datelines() {
        return Stream.of(
                arguments("an ISO date at the top is the publication date",
                        "date 2019-08-21 ALMATY. KAZINFORM On Tuesday, Kazakhstan and Japan held the Strategic Dialogue "
                                + "in Almaty on trade and transit.", "2019-08-21", "2019-08-20"),
                arguments("a paragraph opening with place, date and dash is a dateline that gives the year",
                        "Second Chile-Peru Strategic Dialogue Concludes in Lima\n\n"
                                + "Peruvian Minister to his Chilean counterpart: \u201cWe are neighbours bound by a long and "
                                + "common history, and by a future that we will build together\u201d\n\n"
                                + "Lima, Peru, March 12, 2021 (ANP) \u2014 On Thursday, March 11, the foreign ministers of Chile "
                                + "and Peru led the second round of the Chile-Peru Strategic Dialogue in Lima.",
                        "2021-03-12", "2021-03-11"),
                arguments("a dateline with the agency between slashes gives the day of 'today'",
                        "Ulaanbaatar, August 15, 2022 /MONTSAME/. The third Mongolia-Korea Strategic Dialogue was held "
                                + "today in Ulaanbaatar.", "2022-08-15", "2022-08-15"),
                arguments("the page's stamp opening the first sentence gives way to the weekday that sentence tells",
                        "date 2023-05-12 The President of Chile received the President of Peru in Santiago on Wednesday "
                                + "for the fifth Binational Cabinet.", "2023-05-12", "2023-05-10"),
                arguments("the page's stamp opening the first sentence dates the meeting when it tells no day",
                        "date 2023-05-12 The President of Chile received the President of Peru in Santiago for the "
                                + "fifth Binational Cabinet.", "2023-05-12", "2023-05-12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelines")
    void thePublicationAndTheMeetingsDate(String rule, String statement, String published, String date) throws Exception {
        RoundRecord r = read(statement);
        assertThat(r.source().published()).isEqualTo(published);
        assertThat(r.round().date()).isEqualTo(date);
    }
}
