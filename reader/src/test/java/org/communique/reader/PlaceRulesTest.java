package org.communique.reader;

import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a round was held, each rule on a statement written for it. */
class PlaceRulesTest {
    private final Reader reader = new Reader();

    private RoundRecord read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt").record();
    }

    @Test
    void aRoundHeldByVideoIsVirtualWithNoHost() throws Exception {
        RoundRecord r = read("MOSCOW, 3 March 2022. Russia and Armenia held political consultations via videoconference. "
                + "They discussed transport in Yerevan and Moscow.");
        assertThat(r.round().place()).isEqualTo("virtual");
        assertThat(r.round().host()).isNull();
    }

    @Test
    void anEarlierRoundHeldByVideoSaysNothingOfThisOne() throws Exception {
        RoundRecord r = read("Ghana and Canada held the Strategic Dialogue in Accra on 3 May 2023. The last Strategic "
                + "Dialogue was held in a virtual format in 2021.");
        assertThat(r.round().place()).isEqualTo("Accra");
        assertThat(r.round().host()).isEqualTo("GH");
    }

    @Test
    void aHybridRoundIsPlacedWhereItsInPersonPartMet() throws Exception {
        RoundRecord r = read("Chile and Japan held a hybrid Strategic Dialogue in Tokyo on 3 May 2023, some ministers "
                + "joining by video link.");
        assertThat(r.round().place()).isEqualTo("Tokyo");
    }

    @Test
    void aBuildingOfOnePartyGivesTheHostWhenNoCityIsNamed() throws Exception {
        RoundRecord r = read("On May 3, 2023, Turkmenistan and the United States held their Annual Bilateral "
                + "Consultations at the Department of State.");
        assertThat(r.round().place()).isNull();
        assertThat(r.round().host()).isEqualTo("US");
    }

    @Test
    void whereTheNextRoundMeetsOrAnEarlierActWasSignedIsNotWhereThisOneMet() throws Exception {
        RoundRecord r = read("Chile and Portugal agreed that the next Political Consultations will take place in Lisbon "
                + "in 2025. The fourth Political Consultations met on 3 May 2024 in Santiago, under the agreement "
                + "signed earlier this year in Lisbon.");
        assertThat(r.round().place()).isEqualTo("Santiago");
        assertThat(r.round().host()).isEqualTo("CL");
    }
}
