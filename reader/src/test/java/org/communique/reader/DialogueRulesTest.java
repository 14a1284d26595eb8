package org.communique.reader;

import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** How the dialogue is named and who its parties are, each rule on a statement written for it. */
class DialogueRulesTest {
    private final Reader reader = new Reader();

    private RoundRecord read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt").record();
    }

    @Test
    void aNameWrittenInLowerCaseIsStillTheName() throws Exception {
        RoundRecord r = read("Ministers of Austria and Slovenia met in Ljubljana on 3 May 2022 for the 7th "
                + "Austrian-Slovenian intergovernmental consultations, which covered energy and transport.");
        assertThat(r.dialogue().name()).isEqualTo("Intergovernmental Consultations");
        assertThat(r.dialogue().parties()).containsExactly("AT", "SI");
    }

    @Test
    void aMonthOrADateIsNeverPartOfTheName() throws Exception {
        RoundRecord r = read("Peru and Canada held their Annual Bilateral Consultations on July 6, 2021 in Lima and "
                + "discussed mining.");
        assertThat(r.dialogue().name()).isEqualTo("Annual Bilateral Consultations");
    }

    @Test
    void aStandingBodyIsNotTheDialogue() throws Exception {
        RoundRecord r = read("Norway and Ghana held a Maritime Security Dialogue in Accra on 9 June 2023. They "
                + "discussed their work in the Security Council and the State Council's new port rules.");
        assertThat(r.dialogue().name()).isEqualTo("Maritime Security Dialogue");
    }

    @Test
    void aListOfSubjectsWithASerialCommaStaysInTheName() throws Exception {
        RoundRecord r = read("Vietnam and Australia held the fourth Political, Security, and Defense Dialogue in "
                + "Hanoi on 12 April 2024.");
        assertThat(r.dialogue().name()).isEqualTo("Political, Security, and Defense Dialogue");
    }

    @Test
    void aGroupOfStatesInTheNameGivesItsMembers() throws Exception {
        RoundRecord r = read("Ministers met in Riyadh on 10 October 2023 for the GCC-Japan Strategic Dialogue and "
                + "discussed shipping in the Red Sea.");
        assertThat(r.dialogue().parties()).containsExactly("AE", "BH", "JP", "KW", "OM", "QA", "SA");
        assertThat(r.dialogue().name()).contains("Strategic Dialogue");
    }

    @Test
    void capitalsCountAsTheirGovernmentsWhenThePartiesAreNotNamed() throws Exception {
        RoundRecord r = read("Seoul and Beijing held strategic talks at vice-minister level in Seoul on 26 November "
                + "2024. Beijing and Seoul discussed the situation in North Korea and trade.");
        assertThat(r.dialogue().parties()).containsExactly("CN", "KR");
    }

    @Test
    void aTrilateralMeetingHasThreeParties() throws Exception {
        RoundRecord r = read("The Trilateral Foreign Ministers' Meeting of Japan, the Philippines and Australia was "
                + "held in Manila on 2 February 2025. Japan, the Philippines and Australia discussed maritime order.");
        assertThat(r.dialogue().parties()).containsExactly("AU", "JP", "PH");
    }

    @Test
    void aFormatNamedAfterTheMeetingGivesItsMembers() throws Exception {
        RoundRecord r = read("On 2 May 2024, the Fifth Foreign Ministers' Meeting of the \"Central Asia plus Japan\" "
                + "Dialogue was held in Tokyo.");
        assertThat(r.dialogue().parties()).containsExactlyInAnyOrder("JP", "KG", "KZ", "TJ", "TM", "UZ");
    }
}
