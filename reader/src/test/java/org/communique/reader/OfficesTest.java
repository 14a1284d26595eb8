package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a title says of its holder, decided by the knowledge files (titles.tsv's kinds, offices.tsv). */
class OfficesTest {
    @Test
    void aLeaderIsWhoeverHoldsATitleOfALeadersKind() {
        // titles.tsv gives Emperor the kind head-of-state, so no pattern has to name it
        assertThat(Offices.isLeader("Emperor")).isTrue();
        assertThat(Offices.isLeader("Mongolian Prime Minister")).isTrue();
        assertThat(Offices.isLeader("former President")).isTrue();
        assertThat(Offices.isLeader("Crown Prince and Prime Minister")).isTrue();
        assertThat(Offices.isLeader("Deputy Prime Minister")).isFalse();
        assertThat(Offices.isLeader("Vice President")).isFalse();
        assertThat(Offices.isLeader("Minister of Foreign Affairs")).isFalse();
    }

    @Test
    void usAndEuOfficesNameTheirParty() {
        List<String> parties = List.of("PL", "US");
        assertThat(Offices.partyOf("Under Secretary of State for Political Affairs", parties)).isEqualTo("US");
        assertThat(Offices.partyOf("Secretary of State in the Ministry of Foreign Affairs", parties)).isNull();
        assertThat(Offices.partyOf("High Representative for Foreign Affairs", List.of("EU", "IN"))).isEqualTo("EU");
    }

    @Test
    void theCabinetIsMinistersAndSecretariesNotTheirDeputies() {
        assertThat(Offices.isCabinet("Minister of Defence")).isTrue();
        assertThat(Offices.isCabinet("Secretary of the Treasury")).isTrue();
        assertThat(Offices.isCabinet("Deputy Minister of Defence")).isFalse();
        assertThat(Offices.isCabinet("Minister of State for Trade")).isFalse();
    }
}
