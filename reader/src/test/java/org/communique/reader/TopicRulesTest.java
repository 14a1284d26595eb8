package org.communique.reader;

import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;

/** What the parties discussed, each rule on a statement written for it. */
class TopicRulesTest {
    @Test
    void aSituationInAThirdCountryIsASubject() throws Exception {
        RoundRecord r = read("Egypt and Kenya held their Strategic Dialogue in Cairo on 5 May 2024. The ministers "
                + "discussed the humanitarian situation in Sudan and trade in tea. They thanked Ethiopia for hosting them.");
        assertThat(r.topics()).extracting(TopicFound::label).contains("Sudan").doesNotContain("Ethiopia", "Egypt", "Kenya");
    }

    @Test
    void subjectsNamedInOneWordCount() throws Exception {
        RoundRecord r = read("Poland and Korea held the Strategic Dialogue in Seoul on 5 May 2024 and discussed energy, "
                + "defence and investment.");
        assertThat(r.topics()).extracting(TopicFound::code).contains("economy.energy", "security.defense-cooperation",
                "economy.trade-investment");
    }

    @Test
    void theDialoguesOwnNameIsNoSubject() throws Exception {
        RoundRecord r = read("Peru and Korea held the Strategic Partnership Dialogue in Lima on 5 May 2024 on fisheries.");
        assertThat(r.topics()).extracting(TopicFound::code).doesNotContain("relations.partnership");
    }

    @Test
    void aListedSubjectTheTaxonomyLacksIsATopicInItsOwnWords() throws Exception {
        RoundRecord r = read("Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. The ministers discussed "
                + "customs, inspection and quarantine, and counterterrorism, and agreed to meet again.");
        assertThat(r.topics()).extracting(TopicFound::label).contains("customs", "inspection and quarantine", "counterterrorism")
                .doesNotContain("agreed to meet again", "meet again");
        TopicFound customs = r.topics().stream().filter(t -> t.label().equals("customs")).findFirst().orElseThrow();
        assertThat(customs.evidence().get(0).quote()).contains("discussed customs");
        assertThat(customs.track()).isEqualTo("political-security");
    }

    @Test
    void aListedSubjectTakesTheTrackOfTheTaxonomyTopicsBesideIt() throws Exception {
        RoundRecord r = read("Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. They discussed "
                + "agriculture, shipbuilding and mining.");
        TopicFound shipbuilding = r.topics().stream().filter(t -> t.label().equals("shipbuilding")).findFirst().orElseThrow();
        assertThat(shipbuilding.track()).isEqualTo("economic");
    }

    @Test
    void wordsOfScopeActionAndCourtesyInAListAreNoSubjects() throws Exception {
        RoundRecord r = read("Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. They discussed political "
                + "and security issues, boosting mutual trust, and regional issues of common interest, including the "
                + "situation in the region.");
        assertThat(r.topics()).extracting(TopicFound::label)
                .contains("trust")
                .noneMatch(l -> l.contains("political") || l.contains("interest") || l.contains("region") || l.startsWith("boosting"));
    }

    @Test
    void aNamedAnniversaryIsASubject() throws Exception {
        RoundRecord r = read("Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. The ministers marked the "
                + "50th anniversary of diplomatic relations.");
        assertThat(r.topics()).extracting(TopicFound::code).contains("relations.anniversary");
    }

    @Test
    void anItemThatGoesOnIntoATaxonomyPhraseIsThatPhrasesTopic() throws Exception {
        RoundRecord r = read("Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. They discussed shipbuilding, "
                + "education, and respect for human rights.");
        assertThat(r.topics()).extracting(TopicFound::label).contains("shipbuilding", "human rights").doesNotContain("respect");
    }

    @Test
    void theWordsOfAnOfficialsTitleAreNoSubject() throws Exception {
        RoundRecord r = read("Oman and Japan held their Strategic Dialogue in Muscat on 5 May 2024. Taking part were "
                + "Minister of State for Foreign Trade Ali Al Harthy and Minister of Fisheries Kenji Sato. The two "
                + "sides discussed shipping.");
        assertThat(r.topics()).extracting(TopicFound::code).doesNotContain("economy.trade-investment");
    }

    @Test
    void aTaxonomyTopicIsLabelledInTheStatementsOwnWords() throws Exception {
        RoundRecord r = read("Ghana and Britain held their Strategic Dialogue in Accra on 5 May 2024. They discussed "
                + "defence, counter-terrorism and\nclimate change.");
        assertThat(r.topics()).extracting(TopicFound::code, TopicFound::label).contains(
                org.assertj.core.groups.Tuple.tuple("security.defense-cooperation", "defence"),
                org.assertj.core.groups.Tuple.tuple("economy.climate", "climate change"));
        assertThat(r.topics()).extracting(TopicFound::label).contains("counter-terrorism");
    }
}
