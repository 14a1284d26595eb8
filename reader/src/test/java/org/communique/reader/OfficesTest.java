package org.communique.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a title says of its holder, decided by the knowledge files (titles.tsv's kinds, offices.tsv). */
class OfficesTest {
    @ParameterizedTest(name = "{0}: a leader {1}")
    @CsvSource(textBlock = """
            # titles.tsv gives Emperor the kind head-of-state, so no pattern has to name it
            Emperor,                         true
            Mongolian Prime Minister,        true
            former President,                true
            Crown Prince and Prime Minister, true
            Deputy Prime Minister,           false
            Vice President,                  false
            Minister of Foreign Affairs,     false
            """)
    void aLeaderIsWhoeverHoldsATitleOfALeadersKind(String title, boolean leader) {
        assertThat(Offices.isLeader(title)).isEqualTo(leader);
    }

    @Test
    void usAndEuOfficesNameTheirParty() {
        List<String> parties = List.of("PL", "US");
        assertThat(Offices.partyOf("Under Secretary of State for Political Affairs", parties)).isEqualTo("US");
        assertThat(Offices.partyOf("Secretary of State in the Ministry of Foreign Affairs", parties)).isNull();
        assertThat(Offices.partyOf("High Representative for Foreign Affairs", List.of("EU", "IN"))).isEqualTo("EU");
    }

    @ParameterizedTest(name = "{0}: in the cabinet {1}")
    @CsvSource(textBlock = """
            Minister of Defence,         true
            Secretary of the Treasury,   true
            Deputy Minister of Defence,  false
            Minister of State for Trade, false
            Defence Secretary,           true
            Foreign Secretary,           true
            Secretary of National Defense, true
            Deputy Foreign Secretary,    false
            """)
    void theCabinetIsMinistersAndSecretariesNotTheirDeputies(String title, boolean inTheCabinet) {
        assertThat(Offices.isCabinet(title)).isEqualTo(inTheCabinet);
    }
}
