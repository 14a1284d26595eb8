package org.communique.reader;

import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.communique.reader.WrittenStatements.read;

/** Who speaks for whom and who led, each rule on a statement written for it. */
class DelegationRulesTest {
    @Test
    void aCountryWordHoldsForTheTitlesListedAfterItAndTheOthersAreTheOtherSide() throws Exception {
        RoundRecord r = read("Brazil and Japan held the 2+2 Ministerial Dialogue in Brasilia on 3 May 2024. Defence "
                + "Minister Jose Mucio and Foreign Minister Mauro Vieira met Japanese Minister of Defense Minoru Kihara "
                + "and Minister for Foreign Affairs Yoko Kamikawa.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party, Participant::role)
                .containsExactlyInAnyOrder(
                        tuple("Jose Mucio", "BR", Participant.Role.HEAD),
                        tuple("Mauro Vieira", "BR", Participant.Role.HEAD),
                        tuple("Minoru Kihara", "JP", Participant.Role.HEAD),
                        tuple("Yoko Kamikawa", "JP", Participant.Role.HEAD));
    }

    @Test
    void leadersWhoHoldTheRoundLeadItAndLeadersNamedInPassingAreMentioned() throws Exception {
        RoundRecord r = read("Chancellor Olaf Scholz and Prime Minister Mark Rutte held the first German-Dutch "
                + "Intergovernmental Consultations in Berlin on 4 April 2024. They recalled that King Willem-Alexander "
                + "had visited Germany.");
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Olaf Scholz")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Participant.Role.HEAD));
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Mark Rutte")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Participant.Role.HEAD));
    }

    @Test
    void aTitleNamingTheCountryInFullIsFollowedByTheName() throws Exception {
        RoundRecord r = read("Kazakhstan and China held the Strategic Dialogue in Astana on 3 May 2024. The Minister of "
                + "Foreign Affairs of the People\u2019s Republic of China, Wang Yi, made an official visit.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party).contains(tuple("Wang Yi", "CN"));
    }

    @Test
    void anHonorificAfterTheCommaThatClosesATitleIsNotPartOfTheName() throws Exception {
        RoundRecord r = read("Australia and the Philippines held the Joint Commission in Manila on 3 May 2024. It was "
                + "co-chaired by Secretary of Trade and Industry, the Hon Ramon Lopez, and Minister for Trade Dan Tehan.");
        assertThat(r.participants()).extracting(Participant::name, Participant::title)
                .contains(tuple("Ramon Lopez", "Secretary of Trade and Industry"));
    }

    @Test
    void aLeaderKnownByNameSpeaksForTheirCountryAndALeaderOfAThirdCountryForNeither() throws Exception {
        RoundRecord r = read("The United States and Ukraine held the Strategic Partnership Commission in Washington on "
                + "10 November 2021. Secretary of State Antony Blinken and Foreign Minister Dmytro Kuleba led the "
                + "delegations. They recalled the meeting of President Zelenskyy and President Biden in September and "
                + "condemned the threats made by President Putin.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party, Participant::role)
                .contains(
                        tuple("Zelenskyy", "UA", Participant.Role.MENTIONED),
                        tuple("Biden", "US", Participant.Role.MENTIONED),
                        tuple("Putin", null, Participant.Role.MENTIONED));
    }

    @Test
    void aLeaderIsKnownOnlyWhenTheNameAndTheOfficeFit() {
                assertThat(country("Joseph R. Biden", "head-of-state")).isEqualTo("US");
        assertThat(country("Biden", "head-of-state")).isEqualTo("US");
        // a surname alone, with no title, could be anyone's; a minister of that name is not the president
        assertThat(country("Biden", null)).isNull();
        assertThat(country("Biden", "head-of-government")).isNull();
        assertThat(country("Hunter Biden", "head-of-state")).isNull();
        // ministers by surname need a minister's title; names come in either order
        assertThat(country("Kamikawa", "minister")).isEqualTo("JP");
        assertThat(country("Kamikawa", null)).isNull();
        assertThat(country("Kamikawa Yoko", null)).isEqualTo("JP");
    }

    @Test
    void officeHoldersAreFoundByTheirFullNamesWhereNoTitleIntroducesThem() throws Exception {
        RoundRecord r = read("Japan, China and South Korea held the Trilateral Foreign Ministers' Meeting in Tokyo on "
                + "22 March 2025. Takeshi Iwaya said that he and his counterparts, Wang Yi and Cho Tae-yul, agreed to "
                + "prepare a summit.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party)
                .contains(tuple("Takeshi Iwaya", "JP"), tuple("Wang Yi", "CN"), tuple("Cho Tae-yul", "KR"));
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

    @Test
    void theCountryThatClosesTheWordsAfterANameIsThatPersonsSide() throws Exception {
        RoundRecord r = read("The 4th Brazil-Vietnam Political Consultations were held in Hanoi on 3 May 2024. The meeting "
                + "was co-chaired by Ana Souza, Secretary for Asia and the Pacific, Ministry of Foreign Affairs of Brazil, "
                + "and Nguyen Van Long, Director General for the Americas, Ministry of Foreign Affairs of Vietnam.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party)
                .containsExactlyInAnyOrder(tuple("Ana Souza", "BR"), tuple("Nguyen Van Long", "VN"));
    }

    @Test
    void aLeaderRecalledAsTheAuthorOfAnEarlierActIsOnlyMentioned() throws Exception {
        RoundRecord r = read("The 3rd Peru-Chile Binational Meeting of Ministers was held in Lima on 3 May 2024, as a follow-up "
                + "to the agreement reached last April between President Gabriel Boric and his Peruvian counterpart, "
                + "Dina Boluarte. Foreign Minister Alberto van Klaveren led the Chilean delegation.");
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Gabriel Boric")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Participant.Role.MENTIONED));
    }

    @Test
    void anOfficesAcronymBetweenTheOfficeAndTheNameIsNeither() throws Exception {
        RoundRecord r = read("Chile and Peru held the Strategic Dialogue in Lima on 4 May 2024. Leading the Chilean side, "
                + "National Security Advisor (NSA) Juan Perez held talks with the visiting Peruvian delegation.");
        assertThat(r.participants()).extracting(Participant::name, Participant::title)
                .containsExactly(tuple("Juan Perez", "National Security Advisor"));
    }

    @Test
    void theSignatoryLinesAboveAReleaseNameWhoMet() throws Exception {
        RoundRecord r = read("Joint Statement on the Third Chile-Peru Foreign and Defence Ministers 2+2 Meeting\n\n"
                + "4 May 2024\n\nThe Hon Ana Lopez MP, Minister for Foreign Affairs\n\n"
                + "Senator the Hon Pedro Soto, Minister for Defence\n\nRelated ministers and contacts\n\n"
                + "1. Chilean and Peruvian Foreign and Defence Ministers met for the Third 2+2 Meeting on 4 May 2024 in "
                + "Lima, Peru, and reviewed their cooperation.\n");
        assertThat(r.participants()).extracting(Participant::name, Participant::title)
                .containsExactlyInAnyOrder(tuple("Ana Lopez", "Minister for Foreign Affairs"),
                        tuple("Pedro Soto", "Minister for Defence"));
    }
}
