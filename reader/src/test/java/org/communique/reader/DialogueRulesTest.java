package org.communique.reader;

import org.communique.model.Dialogue;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** How the dialogue is named and who its parties are, each rule on a statement written for it. */
class DialogueRulesTest {
    static final String LOWER_CASE = "Ministers of Austria and Slovenia met in Ljubljana on 3 May 2022 for the 7th "
            + "Austrian-Slovenian intergovernmental consultations, which covered energy and transport.";
    static final String TITLE_LINE = "3rd Chile-Kenya Foreign and Trade Ministerial Consultations\n\nChile and Kenya: "
            + "partners across the ocean\n\nMedia release\n\n4 May 2021\n\n1. The ministers of Chile and Kenya met in "
            + "Nairobi on 4 May 2021 to discuss fisheries and port investment.\n\n2. They welcomed the work of the "
            + "Trilateral Ocean Dialogue with Peru and its plans.\n";
    private static final String NAME = "name";
    private static final String PARTIES = "parties";
    private static final String ORDINAL = "ordinal";

    /** A rule, a statement written for it, and the dialogue's name, its parties (in order) or the round's ordinal. */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("a name written in lower case is still the name", LOWER_CASE, NAME, "Intergovernmental Consultations"),
                arguments("a name written in lower case still gives the parties", LOWER_CASE, PARTIES, "AT SI"),
                arguments("a month or a date is never part of the name",
                        "Peru and Canada held their Annual Bilateral Consultations on July 6, 2021 in Lima and "
                                + "discussed mining.", NAME, "Annual Bilateral Consultations"),
                arguments("a standing body is not the dialogue",
                        "Norway and Ghana held a Maritime Security Dialogue in Accra on 9 June 2023. They "
                                + "discussed their work in the Security Council and the State Council's new port rules.",
                        NAME, "Maritime Security Dialogue"),
                arguments("a list of subjects with a serial comma stays in the name",
                        "Vietnam and Australia held the fourth Political, Security, and Defense Dialogue in "
                                + "Hanoi on 12 April 2024.", NAME, "Political, Security, and Defense Dialogue"),
                arguments("capitals count as their governments when the parties are not named",
                        "Seoul and Beijing held strategic talks at vice-minister level in Seoul on 26 November "
                                + "2024. Beijing and Seoul discussed the situation in North Korea and trade.", PARTIES, "CN KR"),
                arguments("a trilateral meeting has three parties",
                        "The Trilateral Foreign Ministers' Meeting of Japan, the Philippines and Australia was "
                                + "held in Manila on 2 February 2025. Japan, the Philippines and Australia discussed maritime order.",
                        PARTIES, "AU JP PH"),
                arguments("three countries listed as who met are the parties, however often others are named",
                        "The Foreign Ministers of Estonia, Latvia and Lithuania met in Vilnius on 3 March 2023. The "
                                + "European Union and NATO were their first subject: the European Union's sanctions, the "
                                + "European Union's enlargement and NATO's summit in Vilnius.", PARTIES, "EE LT LV"),
                arguments("an em dash ends a dateline: the country before it is no party of the name after it",
                        "Geneva, Switzerland \u2014 The Joint Economic Commission met for the ninth time on 4 June 2019. "
                                + "Officials co-chaired the ninth Chile-Kenya Joint Economic Commission and discussed trade.",
                        PARTIES, "CL KE"),
                arguments("a participle before a lower-case head names no forum",
                        "Heads of the foreign ministries of Mongolia, Laos and Nepal met in Vientiane on 2 May 2022. "
                                + "They stressed the importance of continuing consultations on transit.", NAME, "null"),
                arguments("countries listed after 'meeting of the ministers of' later in the opening are the parties",
                        "Minister Ana Ruiz welcomed her colleagues in Quito today.\n\n'Our region needs closer ties,' "
                                + "she said.\n\nEcuador chairs the Andean foreign policy group this year and therefore "
                                + "hosted the meeting of the foreign ministers of Bolivia, Colombia, Peru and Ecuador, "
                                + "which took place in Quito today.", PARTIES, "BO CO EC PE"),
                arguments("a title line above the body with the round's number names the dialogue", TITLE_LINE, NAME,
                        "Foreign and Trade Ministerial Consultations"),
                arguments("a title line's ordinal is the round's", TITLE_LINE, ORDINAL, "3"),
                arguments("a group of states hyphened to a party in the name is a side, not part of the name",
                        "The 9th Norway-ASEAN Joint Council was held in Oslo on 4 May 2021 and discussed fisheries.",
                        NAME, "Joint Council"),
                arguments("a subject after 'on the' is part of the name",
                        "Chile and Peru held the 5th meeting of the Bilateral Consultation Mechanism on the Humboldt "
                                + "Current in Lima on 2 July 2024.", NAME, "Bilateral Consultation Mechanism on the Humboldt Current"),
                arguments("three countries as the subject of 'have held' are the parties",
                        "Chile, Peru and Ecuador have held a fisheries dialogue here, officials said on 2 July 2024. "
                                + "Argentina and Bolivia were not invited, and Argentina objected.", PARTIES, "CL EC PE"),
                arguments("a numbered lower-case dialogue followed by a verb is the name",
                        "Officials of Chile and Peru met in Lima on 2 July 2024. A readout of the fourth fisheries "
                                + "dialogue said the talks focused on quotas.", NAME, "Fisheries Dialogue"),
                arguments("the number of a round to come is not this round's",
                        "Ghana to host 5th Session of Joint Commission\n\nThe Joint Commission between Ghana and Togo "
                                + "met in Lome on 3 May 2022. Ghana expressed the desire to host the 5th Session of the "
                                + "Joint Commission in Accra.", ORDINAL, "null"),
                arguments("a format the opening names is the dialogue when nothing else is",
                        "On the occasion of the meeting of the « Weimar Triangle » in Paris on 12 February 2024, the "
                                + "ministers discussed Ukraine and the European Union.", NAME, "Weimar Triangle"),
                arguments("a format the opening names gives its members",
                        "On the occasion of the meeting of the « Weimar Triangle » in Paris on 12 February 2024, the "
                                + "ministers discussed Ukraine and the European Union.", PARTIES, "DE FR PL"),
                arguments("words a title-case headline capitalises, which the body writes in lower case, are no name",
                        "Oslo Ready to Deepen Political Dialogue With Accra\n\nOSLO - Norway is ready to deepen its "
                                + "political dialogue with Ghana, the Norwegian Foreign Ministry said on 3 May 2022 after "
                                + "the two countries held intergovernmental consultations in Oslo.",
                        NAME, "Intergovernmental Consultations"),
                arguments("a lower-case name may go on with how it was held",
                        "On 4 May 2022, the Deputy Foreign Minister of Norway and his Ghanaian counterpart held "
                                + "inter-ministerial consultations via videoconference.", NAME, "Inter-Ministerial Consultations"),
                arguments("a short form in brackets stays inside the name",
                        "New Zealand and Japan held the Third Foreign and Defence Ministers’ (2+2) Meeting in "
                                + "Wellington on 14 March 2025.", NAME, "Foreign and Defence Ministers’ (2+2) Meeting"),
                arguments("a format named after the meeting gives its members",
                        "On 2 May 2024, the Fifth Foreign Ministers' Meeting of the \"Central Asia plus Japan\" "
                                + "Dialogue was held in Tokyo.", PARTIES, "JP KG KZ TJ TM UZ"),
                arguments("a group set against a party by 'and' is a side with its members",
                        "Ministers of the Gulf Cooperation Council and Canada met in Ottawa on 4 June 2019. They "
                                + "discussed trade and shipping.", PARTIES, "AE BH CA KW OM QA SA"),
                arguments("a group after 'between' is a side, and so is the party after 'and'",
                        "Kuwait, 3 March 2020 -- The third Joint Ministerial Meeting between the Cooperation Council "
                                + "for the Arab States of the Gulf and Brazil was held today.", PARTIES, "AE BH BR KW OM QA SA"),
                arguments("who meets, after 'of', is part of the name",
                        "On 4 June 2019 the 5th Peru-Ecuador Binational Meeting of Ministers was held in Quito.",
                        NAME, "Binational Meeting of Ministers"),
                arguments("who meets may be qualified",
                        "The 12th Italian-Spanish Council of Foreign Ministers met in Rome on 4 June 2019.",
                        NAME, "Council of Foreign Ministers"),
                arguments("a group inside the name of another event is no side",
                        "Foreign ministers of Japan and Vietnam met in Hanoi on 9 May 2021, ahead of the "
                                + "Japan-ASEAN Commemorative Summit.", PARTIES, "JP VN"),
                arguments("a headline's verb is never part of the name",
                        "Lima Ready to Intensify Maritime Dialogue With Quito\n\nOn 4 June 2019 the foreign ministers of "
                                + "Peru and Ecuador met in Lima and discussed fisheries and ports.",
                        NAME, "Maritime Dialogue"),
                arguments("a list of subjects after 'on', closed by 'and', stays in the name",
                        "The 6th session of the Egyptian-Korean Joint Committee on Industrial, Scientific and Technical "
                                + "Cooperation opened in Cairo on 8 May 2022.",
                        NAME, "Joint Committee on Industrial, Scientific and Technical Cooperation"),
                arguments("a hyphenated subject stays in the name",
                        "Officials of Chile and Spain met in Madrid on 3 March 2021 for the Joint Working Group on "
                                + "Counter-Narcotics and reviewed port controls.", NAME, "Joint Working Group on Counter-Narcotics"),
                arguments("'for' starts a name's subject as 'on' does",
                        "Ghana and Brazil held the third Joint Commission for Agricultural Cooperation in Accra on 2 "
                                + "October 2023.", NAME, "Joint Commission for Agricultural Cooperation"),
                arguments("a list that 'and' never closes is not the name's",
                        "The Joint Committee on Fisheries, Norway said, met in Bergen on 4 April 2022 with Iceland.",
                        NAME, "Joint Committee on Fisheries"),
                arguments("a capitalised 'On' after a title-case headline's name starts its clause, not the name's subject",
                        "Chile, Peru Hold 4th Maritime Dialogue On Fisheries\n\nLIMA, 3 May 2023 - Chilean and Peruvian "
                                + "officials held the fourth Maritime Dialogue in Lima on Tuesday.", NAME, "Maritime Dialogue"),
                arguments("the lower-case end of a capitalised compound stays in the name",
                        "The 3rd EU-Japan High-level Industrial Dialogue took place in Tokyo on 3 May 2023.",
                        NAME, "High-level Industrial Dialogue"),
                arguments("who meets, after 'of', says which meeting",
                        "The 5th Estonia-Latvia-Lithuania Trilateral Meeting of Defence Ministers was held in Riga on "
                                + "3 May 2023.", NAME, "Trilateral Meeting of Defence Ministers"),
                arguments("'&' joins a name's subjects as 'and' does",
                        "The 2nd meeting of the Ghana-Korea Joint Committee on Trade, Energy & Mining Cooperation "
                                + "took place in Accra on 5 June 2023.", NAME, "Joint Committee on Trade, Energy & Mining Cooperation"),
                arguments("one head word right after two parties in front is a name",
                        "The second meeting of the Kenya-UK Taskforce took place in Nairobi on 4 March 2019.",
                        NAME, "Taskforce"),
                arguments("... and its round keeps the number in front",
                        "The second meeting of the Kenya-UK Taskforce took place in Nairobi on 4 March 2019.",
                        ORDINAL, "2"),
                arguments("one head word after a single party is no name",
                        "Kenya's ministers met in Nairobi on 4 March 2019 and set up the Kenyan Taskforce on roads.",
                        NAME, "null"),
                arguments("a compound ordinal is read whole",
                        "The Twenty-Third Meeting of the Peru-Bolivia Joint Commission was held in La Paz on 9 May 2023.",
                        ORDINAL, "23"),
                arguments("a Roman number after 'the' is the round's ordinal",
                        "The IX Session of the Angola-Portugal Joint Commission took place in Luanda on 6 June 2022.",
                        ORDINAL, "9"),
                arguments("... and no part of the name",
                        "The IX Joint Commission between Angola and Portugal took place in Luanda on 6 June 2022.",
                        NAME, "Joint Commission"),
                arguments("a Roman number in a person's name is no ordinal",
                        "King Mohammed VI received the Joint Commission of Morocco and Senegal in Rabat on 6 June 2022.",
                        ORDINAL, "null"),
                arguments("an ordinal that counts days is no round's",
                        "On the second day of the Joint Commission of Angola and Portugal in Luanda on 6 June 2022, "
                                + "ministers signed three accords.", ORDINAL, "null"),
                arguments("a day written as an ordinal is no round's ordinal",
                        "On the twenty-second of June 2023 the Joint Commission of Benin and Niger met in Cotonou.",
                        ORDINAL, "null"),
                arguments("... nor after its month",
                        "Ministers of Benin and Niger held on June 22nd the Joint Commission in Cotonou.",
                        ORDINAL, "null"),
                arguments("a headline states the ordinal when the body does not",
                        "Joint Press Release on the Sixth Chile-Korea Strategic Dialogue\n\nThe delegations met in "
                                + "Seoul on 2 June 2022 and discussed lithium and trade.", ORDINAL, "6"),
                arguments("the name a headline shortens is the one the body writes out",
                        "Statement on the Third Brazil-Japan 2+2 Dialogue\n\nThe third Brazil-Japan 2+2 Foreign and "
                                + "Defense Vice-Ministerial Dialogue was held in Brasilia on 2 June 2022.",
                        NAME, "2+2 Foreign and Defense Vice-Ministerial Dialogue"),
                arguments("... but not a name with a word put in front",
                        "Statement on the Third Brazil-Japan Strategic Dialogue\n\nThe third Brazil-Japan Strategic "
                                + "Dialogue was held in Brasilia on 2 June 2022. This Strategic Dialogue covered trade.",
                        NAME, "Strategic Dialogue"),
                arguments("a format counted in its members stays in a lower-case name",
                        "The first Peru-Brazil 2+2 ministerial dialogue took place in Lima on 9 May 2023.",
                        NAME, "2+2 Ministerial Dialogue"),
                arguments("a word for the forum closes a lower-case name, which its number makes one",
                        "The second meeting of the economic dialogue mechanism between Kenya and Ethiopia was held in "
                                + "Nairobi on 4 April 2023.", NAME, "Economic Dialogue Mechanism"),
                arguments("a lower-case dialogue with neither number nor party is how they talk",
                        "Ministers of Kenya and Ethiopia met in Nairobi on 4 April 2023. The sides praised the regional "
                                + "economic dialogue mechanism.", NAME, "null"),
                arguments("a qualifier written as two words qualifies a weak head",
                        "The 4th session of the Franco-Tunisian High-Level Meeting took place in Tunis on 3 June 2022.",
                        NAME, "High-Level Meeting"),
                arguments("a weekday after 'on' is when, not what",
                        "Norway and Poland held their Energy Dialogue on Wednesday in Oslo and discussed offshore wind.",
                        NAME, "Energy Dialogue"),
                arguments("the number of an event the round is held beside is not the round's",
                        "On the sidelines of the 56th ASEAN Foreign Ministers' Meeting in Jakarta on 12 July 2023, "
                                + "Korea and Thailand held the third Strategic Dialogue.", ORDINAL, "3"),
                arguments("... nor is its name the dialogue's",
                        "In the run-up to the 15th Chile-Peru Business Forum, the ministers held a Maritime Dialogue "
                                + "in Lima on 2 June 2023.", NAME, "Maritime Dialogue"),
                arguments("with its number, a weak head right after two parties names a series",
                        "The 9th Japan-Mexico Summit took place in Tokyo on 4 April 2023. The leaders discussed trade.",
                        NAME, "Summit"),
                arguments("... but not without it",
                        "Ministers of Japan and Mexico met in Tokyo on 4 April 2023 to prepare a Japan-Mexico Summit.",
                        NAME, "null"),
                arguments("the parties named right after the name, by 'between', are its parties",
                        "Statement of the Third Meeting of the Joint Committee between Uganda and Rwanda\n\nThe meeting "
                                + "was held in Kampala on 2 March 2023 and reviewed the railway.", PARTIES, "RW UG"),
                arguments("the round a title-case headline counts is no part of the name",
                        "Chile, Korea Hold 3rd Round Of Economic Dialogue\n\nSANTIAGO, 3 May 2023 - The third round of "
                                + "the economic dialogue between Chile and Korea took place in Santiago.",
                        NAME, "Economic Dialogue"),
                arguments("who meets says which meeting",
                        "The 6th Kenya-Uganda Senior Officials' Meeting was held in Kampala on 3 June 2023.",
                        NAME, "Senior Officials' Meeting"),
                arguments("... and which retreat",
                        "The Prime Ministers of Malaysia and Singapore held the Leaders' Retreat in Putrajaya on "
                                + "30 October 2023.", NAME, "Leaders' Retreat"),
                arguments("a quoted part stays in the name, without its quotes",
                        "Mongolia and Korea held the third \u201c2+2\u201d Dialogue in Ulaanbaatar on 5 May 2023.",
                        NAME, "2+2 Dialogue"),
                arguments("a date in front of a name is when, not part of it",
                        "Ministers of Chile and Uruguay welcomed the results of the 12 May Strategic Dialogue, held in "
                                + "Montevideo in 2023.", NAME, "Strategic Dialogue"),
                arguments("an organisation's standing commission is not the dialogue",
                        "A Commissioner of the African Union Commission observed as Kenya and Ethiopia held their "
                                + "Joint Commission in Addis Ababa on 3 May 2023.", NAME, "Joint Commission"),
                arguments("the verb that takes the meeting is no part of its lower-case name",
                        "Ministers of Poland and Ukraine attended consultations in Warsaw on 3 May 2023. The "
                                + "consultations covered grain.", NAME, "null"),
                arguments("a weak head after the parties, with a short name of its own, names their forum",
                        "The 5th meeting of the Australia-Japan Defence Policy Group (DPG) was held in Canberra on "
                                + "3 May 2023.", NAME, "Defence Policy Group"),
                arguments("... but not an event of no party, short name or not",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023 to prepare the East Asia Summit (EAS).",
                        NAME, "null"),
                arguments("a name's subject may end its title line",
                        "4th Ghana-Togo Joint Commission for Economic Cooperation\n\nMedia release\n\n1. The ministers "
                                + "of Ghana and Togo met in Lome on 3 May 2023 to discuss trade.\n",
                        NAME, "Joint Commission for Economic Cooperation"),
                arguments("a roundtable, said which, names a forum",
                        "The third Ghana-Kenya Ministerial Roundtable was held in Accra on 3 May 2023 and discussed trade.",
                        NAME, "Ministerial Roundtable"),
                arguments("with no name, the opening still tells the meeting's number",
                        "The prime ministers of Ghana and Togo met in Lome on 3 May 2023. They spoke about trade. It "
                                + "was the fourth meeting of the two governments, which last met in 2021.", ORDINAL, "4"),
                arguments("diplomats are who meets: the three countries listed after them are the parties",
                        "The top diplomats of Chile, Peru and Ecuador gathered in Quito on 3 May 2023. Chile and Peru spoke "
                                + "of trade, and Chile welcomed the plans of Peru.", PARTIES, "CL EC PE"),
                arguments("two countries listed after who meets are the parties, whoever else is named more",
                        "The Prime Ministers of Ghana and Togo met in Lome on 3 May 2023. They discussed Nigeria, the "
                                + "ports of Nigeria and the grain of Nigeria.", PARTIES, "GH TG"),
                arguments("'have frequent consultations' says how they will talk, it names no forum",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023. They agreed to have frequent "
                                + "consultations on fisheries.", NAME, "null"),
                arguments("'formal' says how the round is held: not in the name, and the number before it still counts",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023. The third round of the formal energy "
                                + "dialogue ended with a plan for ports.", NAME, "Energy Dialogue"),
                arguments("governments are who meets: the countries listed after them are the parties",
                        "Leaders met in Lima on 3 May 2023 for talks between the Governments of Chile and Peru. They "
                                + "discussed Brazil, the ports of Brazil and the grain of Brazil.", PARTIES, "CL PE"),
                arguments("the name's head alone, after 'the', is the name: its sentence may give the ordinal",
                        "Ministers of Togo and Benin opened the Togo-Benin Joint Commission in Lome on Monday. This was "
                                + "the ninth meeting of the Commission, which last met in 2020.", ORDINAL, "9"),
                arguments("with no name, what the opening calls the meeting names it",
                        "The foreign ministers of Chile, Peru and Ecuador held their 4th trilateral ministerial meeting "
                                + "in Quito on 3 May 2023 and discussed fisheries.", NAME, "Trilateral Ministerial Meeting"),
                arguments("who meets, after the meeting so called, is part of what it is called",
                        "Ghana and Togo held the second joint meeting of our Governments in Lome on 3 May 2023 and "
                                + "discussed ports.", NAME, "Joint Meeting of the Governments"),
                arguments("a summit after the parties' names, without a number, is called a summit",
                        "Leaders met in Lima on 3 May 2023 for the Chile-Peru Summit and discussed ports.", NAME, "Summit"),
                arguments("an annual summit held beside the round does not name it",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023 on the sidelines of the annual summit "
                                + "of the Pacific Alliance.", NAME, "null"),
                arguments("a group of states that meets a partner brings its members (formats.tsv)",
                        "The foreign ministers of the Visegrad Group and Japan met in Warsaw on 3 May 2023 and discussed "
                                + "energy.", PARTIES, "CZ HU JP PL SK"),
                arguments("the acronym in brackets of the words before it is no part of the name",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023 for the third Blue Ocean Cooperation (BOC) Ministerial "
                                + "Dialogue and discussed fisheries.", NAME, "Blue Ocean Cooperation Ministerial Dialogue"),
                arguments("a short form given in brackets after the name counts for the name, however often it is used",
                        "The Ghana-Togo Ports and Shipping Council (PS Council) met for the third time in Lome on 3 May "
                                + "2023. The PS Council discussed ports. The PS Council will meet again in 2024.", NAME,
                        "Ports and Shipping Council"),
                arguments("the office of who meets says which meeting, and stays in the name",
                        "The Meeting of Ministers of Foreign Affairs of Chile and Peru took place in Lima on 3 May 2023 "
                                + "and discussed ports.", NAME, "Meeting of Ministers of Foreign Affairs"),
                arguments("an organisation's name before its council says whose it is, and is no part of the name",
                        "The Andean Trade Organization Council of Foreign Ministers met in Lima on 3 May 2023 with the "
                                + "ministers of Chile and Peru.", NAME, "Council of Foreign Ministers"),
                arguments("with nothing else to name it, ministers who met are called by their office",
                        "Ministers held talks in Lima on 3 May 2023. The foreign ministers of Chile, Peru and Ecuador met "
                                + "there to discuss fisheries.", NAME, "Foreign Ministers' Meeting"),
                arguments("later in the opening, three countries listed after who meets and before 'met' are the parties",
                        "Kenya's foreign minister welcomed his guests in Nairobi on 3 May 2023. The day was warm. The "
                                + "foreign ministers of Kenya, Uganda and Ghana met to discuss trade.", PARTIES, "GH KE UG"),
                arguments("'Nordic' hyphened to a party is a side: the Nordic countries",
                        "The Brazil-Nordic Joint Commission met in Oslo on 3 May 2023 and discussed green shipping.",
                        PARTIES, "BR DK FI IS NO SE"),
                arguments("a meeting said without a word for which one does not name the round",
                        "Ministers of Chile and Peru met in Lima on 3 May 2023. The meeting discussed ports.", NAME, "null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theNameThePartiesOrTheOrdinal(String rule, String statement, String what, String expected) throws Exception {
        RoundRecord r = read(statement);
        Dialogue d = r.dialogue();
        String got = switch (what) {
            case NAME -> String.valueOf(d.name());
            case PARTIES -> String.join(" ", d.parties());
            default -> String.valueOf(r.round().ordinal());
        };
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void aGroupOfStatesInTheNameGivesItsMembers() throws Exception {
        RoundRecord r = read("Ministers met in Riyadh on 10 October 2023 for the GCC-Japan Strategic Dialogue and "
                + "discussed shipping in the Red Sea.");
        assertThat(r.dialogue().parties()).containsExactly("AE", "BH", "JP", "KW", "OM", "QA", "SA");
        assertThat(r.dialogue().name()).contains("Strategic Dialogue");
    }
}
