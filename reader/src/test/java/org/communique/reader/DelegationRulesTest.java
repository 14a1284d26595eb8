package org.communique.reader;

import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who speaks for whom and who led, each rule on a statement written for it. */
class DelegationRulesTest {
    private static final Function<Participant, Object> NAME_AND_PARTY = p -> tuple(p.name(), p.party());
    private static final Function<Participant, Object> NAME_AND_TITLE = p -> tuple(p.name(), p.title());
    private static final Function<Participant, Object> NAME_PARTY_AND_ROLE = p -> tuple(p.name(), p.party(), p.role());
    /** The participants expected are all those read (in any order), or only some of them. */
    private static final boolean ALL = true;
    private static final boolean AMONG = false;
    private static final String GERMAN_DUTCH = "Chancellor Olaf Scholz and Prime Minister Mark Rutte held the first "
            + "German-Dutch Intergovernmental Consultations in Berlin on 4 April 2024. They recalled that King "
            + "Willem-Alexander had visited Germany.";

    /** A rule, a statement written for it, what is looked at in each participant, and the participants expected. */
    static Stream<Arguments> sides() {
        return Stream.of(
                arguments("a country word holds for the titles listed after it and the others are the other side",
                        "Brazil and Japan held the 2+2 Ministerial Dialogue in Brasilia on 3 May 2024. Defence "
                                + "Minister Jose Mucio and Foreign Minister Mauro Vieira met Japanese Minister of Defense "
                                + "Minoru Kihara and Minister for Foreign Affairs Yoko Kamikawa.",
                        NAME_PARTY_AND_ROLE, ALL, List.of(
                                tuple("Jose Mucio", "BR", Participant.Role.HEAD),
                                tuple("Mauro Vieira", "BR", Participant.Role.HEAD),
                                tuple("Minoru Kihara", "JP", Participant.Role.HEAD),
                                tuple("Yoko Kamikawa", "JP", Participant.Role.HEAD))),
                arguments("a sentence that opens by naming a side lists that side's people, however long the list",
                        "Ghana and Togo held the Joint Commission in Accra on 3 May 2024. Participating Ghanaian "
                                + "Ministers included the Hon Ama Owusu, Minister for Roads, the Hon Kwesi Boateng MP, "
                                + "Minister for Small Business, the Workplace and Deregulation, and the Hon Yaw Mensah MP, "
                                + "Assistant Minister for Ports. Participating Togolese Ministers included the Hon Koffi "
                                + "Agbo MP, Minister for Police.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ama Owusu", "GH"), tuple("Kwesi Boateng", "GH"),
                                tuple("Yaw Mensah", "GH"), tuple("Koffi Agbo", "TG"))),
                arguments("a country closing the lower-case title of the one before is not the next one's",
                        "China and Kazakhstan held the Strategic Dialogue in Astana on 3 May 2024, attended by Murat "
                                + "Nurtleu, deputy prime minister and minister of foreign affairs of Kazakhstan, Wang Yi, a "
                                + "member of the Political Bureau and foreign minister, and their delegations.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Murat Nurtleu", "KZ"), tuple("Wang Yi", "CN"))),
                arguments("the chairs of an earlier meeting are mentioned, and the ministers at this one lead it",
                        "Brazil and Japan held the second 2+2 Ministerial Dialogue in Brasilia on 3 May 2024. Foreign "
                                + "Minister Mauro Vieira met Japanese Minister for Foreign Affairs Yoko Kamikawa. They "
                                + "recalled the inaugural meeting of the partnership council, which was co-chaired by "
                                + "Japanese Prime Minister Fumio Kishida with President Luiz Inacio Lula da Silva.",
                        NAME_PARTY_AND_ROLE, AMONG, List.of(
                                tuple("Mauro Vieira", "BR", Participant.Role.HEAD),
                                tuple("Yoko Kamikawa", "JP", Participant.Role.HEAD),
                                tuple("Fumio Kishida", "JP", Participant.Role.MENTIONED),
                                tuple("Luiz Inacio Lula da Silva", "BR", Participant.Role.MENTIONED))),
                arguments("forms of address and letters after a name do not break a list that carries a country word",
                        "The New Zealand Minister of Foreign Affairs, the Hon Winston Peters MP, and Minister for Trade, "
                                + "the Hon Todd McClay MP, along with the Philippine Secretary of Foreign Affairs, the Hon "
                                + "Enrique Manalo, and Secretary of Trade and Industry, the Hon Alfredo Pascual, met in "
                                + "Wellington on 3 May 2024 for the fourth Philippines-New Zealand Ministerial Meeting.",
                        NAME_PARTY_AND_ROLE, ALL, List.of(
                                tuple("Winston Peters", "NZ", Participant.Role.HEAD),
                                tuple("Todd McClay", "NZ", Participant.Role.HEAD),
                                tuple("Enrique Manalo", "PH", Participant.Role.HEAD),
                                tuple("Alfredo Pascual", "PH", Participant.Role.HEAD))),
                arguments("a ministry's further portfolios after a comma are part of the title, a name after 'and' is not",
                        "Morocco and Senegal held the Joint Commission in Dakar on 3 May 2024, co-chaired by the "
                                + "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Nasser "
                                + "Bourita, and the Minister of Foreign Affairs, Mr. Yassine Fall. The Moroccan side was "
                                + "joined by the Ambassador of Morocco, and Thomas E. Benali, an adviser.",
                        NAME_AND_TITLE, AMONG, List.of(
                                tuple("Nasser Bourita", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"))),
                arguments("a name with an initial after ', and' is no portfolio of the title before",
                        "The United States and Vietnam held the Political, Security and Defense Dialogue in Hanoi on 3 May "
                                + "2019. The US side was co-chaired by R. Clarke Cooper, Assistant Secretary of State for "
                                + "Political-Military Affairs, and Thomas E. Whitcombe Jr., Deputy Assistant Secretary of "
                                + "Defense for South and Southeast Asia.",
                        NAME_AND_TITLE, ALL, List.of(
                                tuple("R. Clarke Cooper", "Assistant Secretary of State for Political-Military Affairs"),
                                tuple("Thomas E. Whitcombe Jr.", "Deputy Assistant Secretary of Defense for South and Southeast Asia"))),
                arguments("a known office holder is known however the hyphens of the name fall",
                        "Egypt and Qatar held the Joint Higher Committee in Cairo on 3 May 2024, co-chaired by Prime "
                                + "Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Mohammed bin Abdulrahman bin Jassim Al-Thani", "QA"))),
                arguments("a name's first word alone is that person when it begins no one else's name",
                        "China and Mexico held the Binational Commission in Beijing on 3 May 2024, co-chaired by the "
                                + "Foreign Minister of China, Wang Yi, and Foreign Secretary Alicia Barcena. Later, Foreign "
                                + "Minister Wang and Secretary Barcena met the press.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Wang Yi", "CN"), tuple("Alicia Barcena", "MX"))),
                arguments("an office's acronym before a surname is a title, not part of a new name",
                        "France and India held the Strategic Dialogue in Paris on 3 May 2024. Indian National Security Adviser "
                                + "Ajit Doval of India met his counterpart. Later, EAM Jaishankar and NSA Doval met the press.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ajit Doval", "IN"), tuple("Jaishankar", "IN"))),
                arguments("a headline's 'to' joins no office to the next one",
                        "Fourth US-Brazil Strategic Dialogue Ends in Washington\n\nBrazilian Minister to Secretary "
                                + "Blinken: \u201cWe are Partners in One Family of Democracies, the Circle of Freedom\u201d\n",
                        NAME_AND_PARTY, ALL, List.of(tuple("Blinken", "US"))),
                arguments("a title naming the country in full is followed by the name",
                        "Kazakhstan and China held the Strategic Dialogue in Astana on 3 May 2024. The Minister of "
                                + "Foreign Affairs of the People\u2019s Republic of China, Wang Yi, made an official visit.",
                        NAME_AND_PARTY, AMONG, List.of(tuple("Wang Yi", "CN"))),
                arguments("a leader known by name speaks for their country and a leader of a third country for neither",
                        "The United States and Ukraine held the Strategic Partnership Commission in Washington on "
                                + "10 November 2021. Secretary of State Antony Blinken and Foreign Minister Dmytro Kuleba "
                                + "led the delegations. They recalled the meeting of President Zelenskyy and President "
                                + "Biden in September and condemned the threats made by President Putin.",
                        NAME_PARTY_AND_ROLE, AMONG, List.of(
                                tuple("Zelenskyy", "UA", Participant.Role.MENTIONED),
                                tuple("Biden", "US", Participant.Role.MENTIONED),
                                tuple("Putin", null, Participant.Role.MENTIONED))),
                arguments("office holders are found by their full names where no title introduces them",
                        "Japan, China and South Korea held the Trilateral Foreign Ministers' Meeting in Tokyo on "
                                + "22 March 2025. Takeshi Iwaya said that he and his counterparts, Wang Yi and Cho Tae-yul, "
                                + "agreed to prepare a summit.",
                        NAME_AND_PARTY, AMONG,
                        List.of(tuple("Takeshi Iwaya", "JP"), tuple("Wang Yi", "CN"), tuple("Cho Tae-yul", "KR"))),
                arguments("the country that closes the words after a name is that person's side",
                        "The 4th Brazil-Vietnam Political Consultations were held in Hanoi on 3 May 2024. The meeting "
                                + "was co-chaired by Ana Souza, Secretary for Asia and the Pacific, Ministry of Foreign "
                                + "Affairs of Brazil, and Nguyen Van Long, Director General for the Americas, Ministry of "
                                + "Foreign Affairs of Vietnam.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ana Souza", "BR"), tuple("Nguyen Van Long", "VN"))),
                arguments("a form of address after the comma that closes a title is not part of the name",
                        "Australia and the Philippines held the Joint Commission in Manila on 3 May 2024. It was "
                                + "co-chaired by Secretary of Trade and Industry, the Hon Ramon Lopez, and Minister for "
                                + "Trade Dan Tehan.",
                        NAME_AND_TITLE, AMONG, List.of(tuple("Ramon Lopez", "Secretary of Trade and Industry"))),
                arguments("an office's acronym between the office and the name is neither",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Leading the Chilean side, "
                                + "National Security Advisor (NSA) Juan Perez held talks with the visiting Peruvian delegation.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Juan Perez", "National Security Advisor"))),
                arguments("the signatory lines above a release name who met",
                        "Joint Statement on the Third Chile-Peru Foreign and Defence Ministers 2+2 Meeting\n\n"
                                + "4 May 2024\n\nThe Hon Ana Lopez MP, Minister for Foreign Affairs\n\n"
                                + "Senator the Hon Pedro Soto, Minister for Defence\n\nRelated ministers and contacts\n\n"
                                + "1. Chilean and Peruvian Foreign and Defence Ministers met for the Third 2+2 Meeting on "
                                + "4 May 2024 in Lima, Peru, and reviewed their cooperation.\n",
                        NAME_AND_TITLE, ALL, List.of(tuple("Ana Lopez", "Minister for Foreign Affairs"),
                                tuple("Pedro Soto", "Minister for Defence"))),
                arguments("in a list of names each followed by a title, a title goes with the name before it",
                        "Chile, Peru and Bolivia held the Trilateral Foreign Ministers' Meeting in Lima on 4 May 2024. "
                                + "Alberto van Klaveren, Minister of Foreign Affairs of Chile, Javier Gonzalez, Minister of "
                                + "Foreign Affairs of Peru, Celinda Sosa, Minister of Foreign Affairs of Bolivia, attended the meeting.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Alberto van Klaveren", "CL"), tuple("Javier Gonzalez", "PE"),
                                tuple("Celinda Sosa", "BO"))),
                arguments("a title naming a party's institution names that party",
                        "The United States and Chile held the Strategic Dialogue in Santiago on 4 May 2024. Chilean "
                                + "Deputy Foreign Minister Gloria de la Fuente and Counselor of the Department of State "
                                + "Tom Sullivan opened the Dialogue.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Gloria de la Fuente", "CL"), tuple("Tom Sullivan", "US"))),
                arguments("after 'respective', the people named go with those named before it, in order",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Chilean Foreign Minister Alberto "
                                + "van Klaveren and Peruvian Foreign Minister Javier Gonzalez and their respective delegations, led by "
                                + "Special Envoy Ana Rojas and Special Envoy Luis Quispe, held talks.",
                        NAME_AND_PARTY, AMONG, List.of(tuple("Ana Rojas", "CL"), tuple("Luis Quispe", "PE"))),
                arguments("a counterpart holds the office of the one named before, for their own country",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Chilean Deputy Foreign "
                                + "Minister Gloria de la Fuente and her Peruvian counterpart Ana Rojas held talks.",
                        NAME_AND_TITLE, AMONG, List.of(tuple("Ana Rojas", "Peruvian Deputy Foreign Minister"))),
                arguments("post-nominals close a name after a title and a comma",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. The Chilean Minister for Trade, "
                                + "the Hon Ivan Petrov MP, along with the Peruvian Minister of Trade Luis Quispe, attended.",
                        NAME_AND_PARTY, AMONG, List.of(tuple("Ivan Petrov", "CL"), tuple("Luis Quispe", "PE"))),
                arguments("post-nominals set off by commas of their own stand between a name and its title",
                        "Chile and Peru held the Joint Commission in Lima on 4 May 2024. The delegation of Chile was led "
                                + "by Hon. Ana Rojas, MP, Minister of Foreign Affairs, and the delegation of Peru by Hon. "
                                + "Luis Quispe, MP, Minister of Defence.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Ana Rojas", "Minister of Foreign Affairs"),
                                tuple("Luis Quispe", "Minister of Defence"))),
                arguments("a portfolio the lists do not know may join two capitalised words with 'and' before its office word",
                        "Chile and Peru held the Joint Commission in Lima on 4 May 2024. Minister of Mines and Rural "
                                + "Affairs Luis Quispe welcomed the delegation.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Luis Quispe", "Minister of Mines and Rural Affairs"))),
                arguments("after a plural office, its countries and a dash, each name of the list holds the office",
                        "The 5th trilateral meeting of the Foreign Ministers of Chile, Peru and Bolivia - Ana Rojas, "
                                + "Luis Quispe and Jorge Mamani - was held in Lima on 4 May 2024.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Ana Rojas", "Foreign Minister"),
                                tuple("Luis Quispe", "Foreign Minister"), tuple("Jorge Mamani", "Foreign Minister"))),
                arguments("a form of address that is an office, alone before a name, is the title; before another office it is not",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Foreign Minister Ana Rojas met "
                                + "Ambassador Luis Quispe and Director General of the Foreign Ministry Ambassador Jorge Mamani.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Ana Rojas", "Foreign Minister"), tuple("Luis Quispe", "Ambassador"),
                                tuple("Jorge Mamani", "Director General of the Foreign Ministry"))),
                arguments("a list that opens with 'Title, Name, the Title, Name' gives the first name the first title",
                        "The Minister of Foreign Affairs of the Republic of Chile, H.E. Mr. A. B. Morales, the Minister of "
                                + "Foreign Affairs of the Republic of Peru, H.E. Ms. Rosa Quispe, and the Minister of Foreign "
                                + "Affairs of Bolivia, H.E. Mr. Luis Mamani, met in Lima on 4 May 2024 for the Trilateral Commission.",
                        NAME_AND_PARTY, ALL, List.of(tuple("A. B. Morales", "CL"), tuple("Rosa Quispe", "PE"),
                                tuple("Luis Mamani", "BO"))),
                arguments("'Name as TITLE' gives a name its first title",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Foreign Minister Ana Rojas "
                                + "and Foreign Minister Luis Quispe welcomed the appointment of Dr. Maria Torres as Special "
                                + "Envoy of the United Nations for the region.",
                        NAME_AND_TITLE, AMONG, List.of(
                                tuple("Maria Torres", "Special Envoy of the United Nations"))),
                arguments("an international organisation's official speaks for neither side, whatever office the name once held",
                        "The United States and Japan held the Strategic Dialogue in Tokyo on 4 May 2024. Secretary "
                                + "Antony Blinken and Foreign Minister Yoko Kamikawa discussed the region with the Special Envoy "
                                + "of the United Nations, Fumio Kishida.",
                        NAME_AND_PARTY, AMONG, List.of(tuple("Fumio Kishida", null), tuple("Yoko Kamikawa", "JP"))),
                arguments("those who attend with the host are of the host's side and do not lead it",
                        "Chile and Peru held the Joint Ministerial Committee in Lima on 4 May 2024. The meeting was hosted "
                                + "by Peruvian Minister of Foreign Affairs Luis Quispe, and attended by Minister of Defence "
                                + "Rosa Mamani and Minister of Trade Jorge Flores. From Chile, Minister of Foreign Affairs "
                                + "Ana Rojas attended the meeting.",
                        NAME_PARTY_AND_ROLE, ALL, List.of(
                                tuple("Luis Quispe", "PE", Participant.Role.HEAD),
                                tuple("Rosa Mamani", "PE", Participant.Role.MEMBER),
                                tuple("Jorge Flores", "PE", Participant.Role.MEMBER),
                                tuple("Ana Rojas", "CL", Participant.Role.HEAD))),
                arguments("after a verb of leading, those the delegation 'included' or who came 'along with' are its members",
                        "Chile and Peru held the Joint Commission in Lima on 4 May 2024. The delegation of Chile was led "
                                + "by Foreign Minister Ana Rojas and included Minister of Trade Jorge Flores. The Peruvian "
                                + "delegation was led by Foreign Minister Luis Quispe, along with Minister of Defence Rosa Mamani.",
                        NAME_PARTY_AND_ROLE, ALL, List.of(
                                tuple("Ana Rojas", "CL", Participant.Role.HEAD),
                                tuple("Jorge Flores", "CL", Participant.Role.MEMBER),
                                tuple("Luis Quispe", "PE", Participant.Role.HEAD),
                                tuple("Rosa Mamani", "PE", Participant.Role.MEMBER))),
                arguments("the delegation a person is said to lead right after the name is theirs, whatever was named before",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Foreign Minister Ana Rojas led "
                                + "the Chilean delegation and Director General of the Foreign Ministry Luis Quispe led the "
                                + "Peruvian delegation.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ana Rojas", "CL"), tuple("Luis Quispe", "PE"))),
                arguments("a delegation that 'included' a list gives it all its members, however long the list runs",
                        "Chile and Peru held the Joint Commission in Lima on 4 May 2024. The Chilean delegation included "
                                + "Deputy Minister of Justice Ana Rojas, the head of the office of the deputy prime minister, "
                                + "three senior officials of the ministries of trade, of mining and of culture, and Deputy "
                                + "Minister of Environment Luis Quispe.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ana Rojas", "CL"), tuple("Luis Quispe", "CL"))),
                arguments("the delegation a person is said to be part of right after the name is theirs",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. The Chilean delegation met "
                                + "the Peruvian officials. Ambassador Luis Quispe is part of the Peruvian delegation.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Luis Quispe", "PE"))),
                arguments("between two parties, a ministry's official of no known side is of the side no one else is",
                        "Chile and Peru held the Joint Commission in Lima on 4 May 2024. Chilean Foreign Minister Ana "
                                + "Rojas opened the session. Mr Luis Quispe, Director General of the Ministry of Foreign "
                                + "Affairs, thanked the delegations.",
                        NAME_AND_PARTY, ALL, List.of(tuple("Ana Rojas", "CL"), tuple("Luis Quispe", "PE"))),
                arguments("a bare lower-case office before a name is the one the text gave in full before it",
                        "Chile, Peru and Bolivia held the Trilateral Dialogue in Lima on 4 May 2024. The three countries "
                                + "will cooperate more, a Peruvian Foreign Ministry spokeswoman told reporters on Tuesday. "
                                + "\u201cThe talks went well,\u201d said spokeswoman Rosa Quispe.",
                        NAME_AND_TITLE, ALL, List.of(tuple("Rosa Quispe", "Peruvian Foreign Ministry spokeswoman"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sides")
    void theParticipants(String rule, String statement, Function<Participant, Object> what, boolean all,
                         List<Object> expected) throws Exception {
        var found = assertThat(read(statement).participants()).extracting(what);
        if (all) {
            found.containsExactlyInAnyOrderElementsOf(expected);
        } else {
            found.containsAll(expected);
        }
    }

    /** A rule, a statement written for it, and the one participant of a name with the role that rule gives them. */
    static Stream<Arguments> roles() {
        return Stream.of(
                arguments("leaders who hold the round lead it", GERMAN_DUTCH, "Olaf Scholz", Participant.Role.HEAD),
                arguments("leaders who hold the round lead it, each of them", GERMAN_DUTCH, "Mark Rutte", Participant.Role.HEAD),
                arguments("those 'heading' the delegations head them, whatever their rank",
                        "China and Japan held the seventh round of their Strategic Dialogue in Beijing on 26 January 2007. "
                                + "Japanese Foreign Minister Taro Aso said in Tokyo that the talks mattered. Chinese Vice "
                                + "Foreign Minister Dai Bingguo and Japanese Vice Minister for Foreign Affairs Yachi Shotaro "
                                + "are heading the two delegations.", "Yachi Shotaro", Participant.Role.HEAD),
                arguments("a leader recalled as the author of an earlier act is only mentioned",
                        "The 3rd Peru-Chile Binational Meeting of Ministers was held in Lima on 3 May 2024, as a "
                                + "follow-up to the agreement reached last April between President Gabriel Boric and his "
                                + "Peruvian counterpart, Dina Boluarte. Foreign Minister Alberto van Klaveren led the "
                                + "Chilean delegation.",
                        "Gabriel Boric", Participant.Role.MENTIONED),
                arguments("someone named only in the preamble's clauses is mentioned",
                        "Joint Statement of the First Meeting of the Chile-Peru Strategic Council\n"
                                + "Recalling the visit of the Chilean Minister of Foreign Affairs Alberto van Klaveren to Lima on "
                                + "March 3, 2021,\n"
                                + "The First Meeting of the Chile-Peru Strategic Council was held in Lima on October 20, "
                                + "2021, under the co-chairmanship of Foreign Minister Antonia Urrejola and Foreign "
                                + "Minister Cesar Landa.",
                        "Alberto van Klaveren", Participant.Role.MENTIONED),
                arguments("a spokesperson speaks about the round, not in it",
                        "Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Chilean Foreign Ministry "
                                + "spokesperson Luis Soto said the talks went well.",
                        "Luis Soto", Participant.Role.MENTIONED),
                arguments("a leader who meets the other side's leader holds the round with them",
                        "Chile and Peru agreed on trade and border security in Lima on 4 May 2024. Chilean President "
                                + "Ana Rojas met Peruvian President Luis Quispe at the palace. The ministers signed a plan.",
                        "Ana Rojas", Participant.Role.HEAD),
                arguments("a line that a lower-case line goes on from is no preamble clause",
                        "Chile and Peru agreed on trade and border security in Lima on 4 May 2024.\nChilean Foreign "
                                + "Minister Ana Rojas welcomed\nPeruvian Foreign Minister Luis Quispe at the palace,\n"
                                + "after a visit by the trade ministers.\n",
                        "Luis Quispe", Participant.Role.HEAD),
                arguments("leaders who sign a statement as 'We' are the ones who met",
                        "JOINT STATEMENT\nWe, the President of Chile, Ms Ana Rojas, and the President of Peru, Mr Luis "
                                + "Quispe, are proud to announce a renewed partnership between Chile and Peru on 4 May 2024.",
                        "Luis Quispe", Participant.Role.HEAD));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("roles")
    void theRole(String rule, String statement, String name, Participant.Role role) throws Exception {
        assertThat(read(statement).participants()).filteredOn(p -> p.name().equals(name)).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(role));
    }

    @ParameterizedTest(name = "{0} with a title of kind {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            Joseph R. Biden, head-of-state,      US
            Biden,           head-of-state,      US
            # a surname alone, with no title, could be anyone's; a minister of that name is not the president
            Biden,           -,                  -
            Biden,           head-of-government, -
            Hunter Biden,    head-of-state,      -
            # a president named with his initials is not his son
            George H.W. Bush, head-of-state,     US
            # ministers by surname need a minister's title; names come in either order
            Kamikawa,        minister,           JP
            Kamikawa,        -,                  -
            Kamikawa Yoko,   -,                  JP
            """)
    void aLeaderIsKnownOnlyWhenTheNameAndTheOfficeFit(String name, String titleKind, String country) {
        assertThat(country(name, titleKind)).isEqualTo(country);
    }

    @Test
    void aKnownNameEndsATitleTheListDoesNotKnowAndAMiddleInitialIsNoObstacle() throws Exception {
        RoundRecord r = read("Pakistan and Turkey held the High-Level Strategic Cooperation Council in Islamabad on "
                + "13 November 2016. Minister for Petroleum and Natural Resources Shahid Khaqan Abbasi and Foreign "
                + "Affairs Secretary Enrique A. Manalo attended.");
        assertThat(r.participants()).extracting(Participant::name, Participant::title)
                .contains(tuple("Shahid Khaqan Abbasi", "Minister for Petroleum and Natural Resources"));
        assertThat(country("Enrique A. Manalo", "minister")).isEqualTo("PH");
    }

    @Test
    void koreanGivenNamesKeepTheirSecondSyllableAndAGluedHandleIsNoName() throws Exception {
        RoundRecord r = read("Australia and the Republic of Korea held the 2+2 Meeting in Seoul on 11 September 2015. "
                + "Foreign Minister Yun Byung-se and Secretary of State Antony Blinken SecBlinken met Defense Minister "
                + "Han Min-koo after a Seoul-based forum.");
        assertThat(r.participants()).extracting(Participant::name)
                .contains("Yun Byung-se", "Han Min-koo", "Antony Blinken").doesNotContain("Antony Blinken SecBlinken");
    }

    @Test
    void inAFormatThatHeadsOfGovernmentHoldTheLeadersLeadAndTheirMinistersAreMembers() throws Exception {
        RoundRecord r = read("The 17th German-Polish inter-governmental consultations took place in Berlin on 2 July "
                + "2025. Chancellor Friedrich Merz and Prime Minister Donald Tusk discussed security. Foreign Minister "
                + "Radoslaw Sikorski hosted a dinner for Foreign Minister Johann Wadephul.");
        assertThat(r.dialogue().name()).isEqualTo("Inter-Governmental Consultations");
        assertThat(r.participants()).extracting(Participant::name, Participant::role)
                .contains(tuple("Friedrich Merz", Participant.Role.HEAD), tuple("Donald Tusk", Participant.Role.HEAD),
                        tuple("Radoslaw Sikorski", Participant.Role.MEMBER), tuple("Johann Wadephul", Participant.Role.MEMBER));
    }

    /** The country the office-holder list gives a name, or null. */
    private static String country(String name, String titleKind) {
        OfficeHolders.Found f = Knowledge.get().officeHolders.find(name, titleKind, List.of());
        return f == null ? null : f.country();
    }
}
