package org.communique.reader;

import org.communique.model.Round;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Where a round was held, each rule on a statement written for it. */
class PlaceRulesTest {
    /** A rule, a statement written for it, and the place and host it gives (null: none). */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("a round held by video is virtual, with no host",
                        "MOSCOW, 3 March 2022. Russia and Armenia held political consultations via videoconference. "
                                + "They discussed transport in Yerevan and Moscow.", "virtual", null),
                arguments("'here' in a wire is its dateline's city",
                        "ACCRA, May 3 (GNA) -- Ghana's Foreign Minister co-chaired the third Ghana-Canada Strategic "
                                + "Dialogue with his Canadian counterpart here on Thursday. They discussed cocoa and mining.",
                        "Accra", "GH"),
                arguments("the statement's city-and-date line is where they met when its opening agrees on the day",
                        "Joint Statement on the 4th Meeting of the Ghana-Canada Joint Committee\n\n(Accra, 7 June 2022)\n\n"
                                + "At the invitation of Ghana's Foreign Minister, the Foreign Minister of Canada made an "
                                + "official visit to Ghana from 7 to 8 June 2022. The two ministers jointly opened the "
                                + "plenary session of the Joint Committee.\n\nIn March 2021, the two Presidents met in "
                                + "Ottawa on the sidelines of a summit.", "Accra", "GH"),
                arguments("an earlier round held by video says nothing of this one",
                        "Ghana and Canada held the Strategic Dialogue in Accra on 3 May 2023. The last Strategic "
                                + "Dialogue was held in a virtual format in 2021.", "Accra", "GH"),
                arguments("a hybrid round is placed where its in-person part met",
                        "Chile and Japan held a hybrid Strategic Dialogue in Tokyo on 3 May 2023, some ministers "
                                + "joining by video link.", "Tokyo", "JP"),
                arguments("a building of one party gives the host when no city is named",
                        "On May 3, 2023, Turkmenistan and the United States held their Annual Bilateral "
                                + "Consultations at the Department of State.", null, "US"),
                arguments("where the next round meets or an earlier act was signed is not where this one met",
                        "Chile and Portugal agreed that the next Political Consultations will take place in Lisbon "
                                + "in 2025. The fourth Political Consultations met on 3 May 2024 in Santiago, under the agreement "
                                + "signed earlier this year in Lisbon.", "Santiago", "CL"),
                arguments("a readout issued on the day of the meeting, naming no other city, was issued where they met",
                        "Joint Statement on the Chile-Japan Strategic Dialogue\n\nTokyo, Japan\nMay 3, 2023\n\n"
                                + "Chile and Japan held the Strategic Dialogue today and agreed to expand trade in fruit.",
                        "Tokyo", "JP"),
                arguments("a readout issued days later says nothing of where they met",
                        "Joint Statement on the Chile-Japan Strategic Dialogue\n\nTokyo, Japan\nMay 6, 2023\n\n"
                                + "On May 3, Chile and Japan held the Strategic Dialogue and agreed to expand trade in fruit.",
                        null, null),
                arguments("where another event is to be held is not where this one met",
                        "Chile and Japan held the Strategic Dialogue on 3 May 2023. Chile said it would support the "
                                + "forum to be held in Santiago in November.", null, null),
                arguments("a preamble's clauses do not place the meeting", DateRulesTest.PREAMBLE, "Lima", "PE"),
                arguments("a city of neither party has no host: the host is a party",
                        "Chile and Ghana held their first Political Consultations on 24 September 2019 in New York, "
                                + "on the margins of the General Assembly.", "New York", null),
                arguments("a city told with a day other than the round's is another event's",
                        "The EU and Armenia held the fifth meeting of the Partnership Council on 21 June 2023. The "
                                + "Council opened by condemning the bombing in Lyon on 18 June. The first meeting was held "
                                + "on 13 May 2019 in Yerevan.", null, null),
                arguments("a city told with the round's own day is where it met",
                        "The fifth meeting of the EU-Armenia Partnership Council was held on 21 June 2023. The "
                                + "ministers met in Luxembourg on 21 June and discussed connectivity.", "Luxembourg", "EU"),
                arguments("a line wrapped at a comma is no preamble clause: its city still places the meeting",
                        "Chile and Japan held frank talks on the first day of the\nsixth round of their strategic "
                                + "dialogue on 3 May 2023 in Tokyo,\naccording to the Japanese Foreign Ministry.", "Tokyo", "JP"),
                arguments("a city before a capitalised noun is part of a name, not where they met",
                        "Peru and Ecuador held the fourth Binational Cabinet on 12 May 2016, which adopted the "
                                + "Guayaquil Declaration and a plan on border waters.", null, null),
                arguments("'here' in a wire whose dateline ends in a colon after the agency",
                        "ANKARA, Turkey, Feb 23 (APP): Pakistan and Turkey held the fifth Strategic Council here on "
                                + "Thursday and discussed trade.", "Ankara", "TR"),
                arguments("'here' in a wire whose dateline is the city and the agency in capitals, under a date stamp",
                        "date 2022-06-04 MUSCAT. ONA The foreign ministers of Oman and India co-chaired the Joint "
                                + "Commission here on Friday and discussed shipping.", "Muscat", "OM"),
                arguments("a title-case dateline with the country in brackets is the wire's, not where they met",
                        "date 2022-09-23 New Delhi [India], September 23 (ANI): India and Brazil held their Strategic "
                                + "Dialogue in Sao Paulo on Thursday.", "Sao Paulo", "BR"),
                arguments("a round with another ordinal than the statement's is another round",
                        "KUALA LUMPUR, 12 May 2022 (Bernama) -- Malaysia and Thailand held the sixth Joint Commission "
                                + "here today. The fifth Joint Commission was held in Bangkok.", "Kuala Lumpur", "MY"),
                arguments("the party an opening sentence says was visited held the round, no city named",
                        "On 9 May 2017, the Foreign Minister of Ghana paid an official visit to the Netherlands. During "
                                + "the visit the two ministers co-chaired the Ghana-Netherlands Political Consultations.",
                        null, "NL"),
                arguments("a place the gazetteer does not know, told as where they met, with no host unless its country follows",
                        "The fifth Morocco-Gabon Joint Commission was co-chaired on 12 April 2022 in Laayoune by the two "
                                + "foreign ministers.", "Laayoune", null),
                arguments("a place the gazetteer does not know, its country named after it",
                        "Norway and Iceland held the Political Consultations in Harstad, Norway, on 2 June 2021 and "
                                + "discussed Arctic fisheries.", "Harstad", "NO"),
                arguments("a place the gazetteer does not know where another round met is not this round's",
                        "Norway and Iceland held the sixth Political Consultations on 2 June 2021. The previous "
                                + "consultations were held in Akureyri.", null, null),
                arguments("a round held online is virtual",
                        "Published: 10 June 2021\n\nThe Political Consultations between Latvia and Georgia were held "
                                + "online. The delegations discussed transit.", "virtual", null),
                arguments("a readout under its city-and-date line, of a meeting that day, was issued where they met",
                        "Tashkent, 11.10.2022\n\nToday the Ministry of Foreign Affairs of Uzbekistan hosted political "
                                + "consultations with Latvia. The delegations were led by deputy ministers.", "Tashkent", "UZ"),
                arguments("a ministry's building under its full name gives the host",
                        "The United Kingdom and Kenya held their Security Dialogue on 15 October 2018, hosted by the "
                                + "Foreign and Commonwealth Office.", null, "GB"),
                arguments("a statement done at a city was adopted where they met, when nothing else places them",
                        "Joint Statement of the Georgia-Lithuania Strategic Dialogue\n\nThe foreign ministers of Georgia "
                                + "and Lithuania held the second meeting of the Strategic Dialogue and reviewed transit.\n\n"
                                + "Done at Tbilisi on 5 June 2019, in two originals in the Georgian, Lithuanian and "
                                + "English languages.", "Tbilisi", "GE"),
                arguments("a known city set aside as another round's is not taken back as an unknown place",
                        "The Uzbekistan-Latvia Joint Commission held its sixth session on 3 June 2021. The fifth "
                                + "session was held in Riga.", null, null),
                arguments("a city before a word no place is followed by names a thing, or speaks for its government",
                        "The Uzbekistan-Latvia Joint Commission held its sixth session on 3 June 2021. The Joint "
                                + "Commission recalled the Riga agreements. On transit, Tashkent backs a new railway.",
                        null, null),
                arguments("a city that hosted the meeting is where they met",
                        "On 3 June 2021 Riga hosted the sixth session of the Latvia-Uzbekistan Joint Commission.",
                        "Riga", "LV"),
                arguments("a next round's cue far before its city, in the same sentence, still makes it the next round's",
                        "The Latvia-Uzbekistan Joint Commission held its sixth session on 3 June 2021. Latvia expressed "
                                + "the wish to host a session of the Latvia-Uzbekistan Joint Commission on Trade, Economic, "
                                + "Scientific and Technical Cooperation in Riga.", null, null),
                arguments("a capital as its own country's press spells it, with its diacritics, is known",
                        "Viet Nam and Laos held the 45th Intergovernmental Committee in Hà Nội on 3 May 2023.",
                        "Hà Nội", "VN"),
                arguments("a city before a word for the meeting or for a region is still a place",
                        "Ministers of Latvia and Uzbekistan met on 3 June 2021. The Tashkent meeting of the Latvian and "
                                + "Uzbek foreign ministers was their sixth.",
                        "Tashkent", "UZ"),
                arguments("a city and its province is where they met",
                        "The Latvian minister visited Samarkand province, Uzbekistan, and co-chaired the sixth session "
                                + "of the Latvia-Uzbekistan Joint Commission on 3 June 2021.", "Samarkand", "UZ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void thePlaceAndTheHost(String rule, String statement, String place, String host) throws Exception {
        Round round = read(statement).round();
        assertThat(round.place()).isEqualTo(place);
        assertThat(round.host()).isEqualTo(host);
    }
}
