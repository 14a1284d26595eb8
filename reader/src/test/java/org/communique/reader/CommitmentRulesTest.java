package org.communique.reader;

import org.communique.model.Commitment;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.communique.reader.WrittenStatements.read;

/** The commitment rules of the annotation guideline, each on sentences written for it. */
class CommitmentRulesTest {
    private static final String OPENING = "Chile and New Zealand held the third Strategic Partnership Dialogue in "
            + "Wellington on 4 March 2025. ";
    private List<Commitment> commitments(String sentences) throws Exception {
        return read(OPENING + sentences).commitments();
    }

    @Test
    void distinctActionsInOneUndertakingAreOneCommitmentEach() throws Exception {
        assertThat(commitments("The two sides will expand trade in wine and open a consulate in Auckland."))
                .extracting(Commitment::text).containsExactly("expand trade in wine", "open a consulate in Auckland");
        assertThat(commitments("Both governments pledged to reinforce democratic institutions, uphold the rule of law "
                + "and protect the rights of indigenous peoples."))
                .extracting(Commitment::text).containsExactly("reinforce democratic institutions", "uphold the rule of law",
                        "protect the rights of indigenous peoples");
    }

    @Test
    void oneActionOverSeveralAreasStaysOne() throws Exception {
        assertThat(commitments("The two sides will cooperate on energy, health and education."))
                .extracting(Commitment::text).containsExactly("cooperate on energy, health and education");
    }

    @Test
    void aRestatedCommitmentIsSoftButARestatedNextRoundIsFirm() throws Exception {
        List<Commitment> c = commitments("The ministers reaffirmed their commitment to expand scientific exchanges. "
                + "Chile remains committed to supporting Antarctic research. "
                + "The two sides reaffirmed their intention to hold the next Dialogue in Santiago in 2026.");
        assertThat(c).extracting(Commitment::strength).containsExactly("soft", "soft", "firm");
        assertThat(c.get(2).place()).isEqualTo("Santiago");
    }

    @Test
    void theImportanceOfDoingSomethingIsSoftOnlyWhenTheyAgreeOrStressIt() throws Exception {
        List<Commitment> c = commitments("The delegations emphasized the importance of holding the dialogue every year. "
                + "They discussed the importance of maritime security.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("holding the dialogue every year");
            assertThat(x.strength()).isEqualTo("soft");
        });
    }

    @Test
    void aCommitmentToAPracticeIsSoftAndToAStateOfTheWorldIsNothing() throws Exception {
        List<Commitment> c = commitments("New Zealand reaffirmed its commitment to practical cooperation on fisheries. "
                + "Both sides reaffirmed their commitment to a peaceful and prosperous Pacific.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("practical cooperation on fisheries");
            assertThat(x.strength()).isEqualTo("soft");
            assertThat(x.actors()).containsExactly("NZ");
        });
    }

    @Test
    void anInstrumentSignedAtTheRoundCommitsToWhatItProvidesFor() throws Exception {
        List<Commitment> c = commitments("The ministers signed a memorandum of understanding on sharing seismic data "
                + "between their geological agencies. They also signed a cultural agreement on Tuesday.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.text()).contains("sharing seismic data");
            assertThat(x.strength()).isEqualTo("firm");
            assertThat(x.actors()).containsExactly("CL", "NZ");
        });
    }

    @Test
    void wouldUndertakesOnlyInReportedSpeech() throws Exception {
        assertThat(commitments("Any new barrier would undermine the trade of both countries.")).isEmpty();
        assertThat(commitments("The minister said that New Zealand would send a trade mission to Chile in May."))
                .extracting(Commitment::actors).containsExactly(List.of("NZ"));
    }

    @Test
    void aCommitmentInASentenceCutByTheEndOfTheTextIsMarked() throws Exception {
        List<Commitment> c = commitments("They agreed to launch a joint study on lithium. Both sides will also expand "
                + "cooperation on renewable");
        assertThat(c).extracting(Commitment::cutOff).containsExactly(false, true);
    }

    @Test
    void readinessAndWillingnessAreSoftAndDeterminationToActIsFirm() throws Exception {
        List<Commitment> c = commitments("Chile expressed its readiness to share its experience in copper mining. "
                + "The two governments are determined to conclude the trade talks.");
        assertThat(c).extracting(Commitment::strength).containsExactly("soft", "firm");
    }

    @Test
    void eachInstrumentSignedCommitsToWhatItCovers() throws Exception {
        List<Commitment> c = commitments("The meeting closed with the signing of a memorandum of understanding between the "
                + "two governments in the field of standardization, a memorandum of understanding on cooperation in "
                + "fisheries, and an executive program for cultural cooperation for 2025-2027.");
        assertThat(c).extracting(Commitment::text).hasSize(3).allSatisfy(t -> assertThat(t).doesNotContain(" a memorandum"));
        assertThat(c.get(0).text()).contains("standardization");
        assertThat(c.get(1).text()).contains("fisheries");
        assertThat(c.get(2).text()).contains("cultural cooperation");
    }

    @Test
    void aShortPhraseOfWhenBetweenTheVerbAndToKeepsTheUndertaking() throws Exception {
        assertThat(commitments("Chile and New Zealand committed on Wednesday to widening scientific exchanges. "
                + "They agreed in principle to open a joint research station."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("widening scientific exchanges", "firm"), tuple("open a joint research station", "firm"));
    }

    @Test
    void aSecondInfinitiveAfterAndOrAsWellAsIsASecondAction() throws Exception {
        assertThat(commitments("The ministers agreed to improve ferry links between the two capitals, as well as to enhance "
                + "student exchanges. They also agreed to review the air services agreement and to open a trade office in Lima."))
                .extracting(Commitment::text)
                .containsExactly("improve ferry links between the two capitals", "enhance student exchanges",
                        "review the air services agreement", "open a trade office in Lima");
    }

    @Test
    void anInfinitiveAfterAnAsideOpenedByAndIsASecondAction() throws Exception {
        assertThat(commitments("New Zealand plans to send more volunteers to Chile and, for the first time, to open its "
                + "research fellowships to Chilean scholars."))
                .extracting(Commitment::text)
                .containsExactly("send more volunteers to Chile", "open its research fellowships to Chilean scholars");
    }

    @Test
    void infinitivesOfPurposeStayWithTheirAction() throws Exception {
        assertThat(commitments("New Zealand will provide NZD 5 million to train port officials and to equip the coast guard. "
                + "The two sides will work together, including through the Pacific Fund, to support projects in third countries."))
                .extracting(Commitment::text)
                .containsExactly("provide NZD 5 million to train port officials and to equip the coast guard",
                        "work together, including through the Pacific Fund, to support projects in third countries");
    }

    @Test
    void supportForABidOrASovereigntyIsNoCommitment() throws Exception {
        assertThat(commitments("The two sides agreed to coordinate positions at the United Nations and to support each "
                + "other's candidacies for international bodies."))
                .extracting(Commitment::text)
                .containsExactly("coordinate positions at the United Nations");
    }

    @Test
    void aWorkingGroupsNextMeetingIsTheNextRoundWhenTheDialogueIsThatWorkingGroup() throws Exception {
        RoundRecord r = read("The India-Chile Joint Working Group on Fisheries held its third meeting in Santiago on "
                + "4 May 2023. The next meeting of the joint working group will take place in New Delhi in 2024.");
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().place()).isEqualTo("New Delhi");
        assertThat(r.nextRound().due()).isEqualTo("2024");
    }

    @Test
    void aNounOfUndertakingWithItsOwnersBeforeToIsATrigger() throws Exception {
        assertThat(commitments("The dialogue marked the commitment of both countries to widen port cooperation."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("widen port cooperation", "soft"));
        assertThat(commitments("The two sides reached an agreement to resume direct flights."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("resume direct flights", "firm"));
    }

    @Test
    void affirmedCommitmentsAreSoftAndEachActionInTheListIsOne() throws Exception {
        assertThat(commitments("The delegations affirmed their countries' commitments to jointly address maritime threats, "
                + "cooperate on efforts to counter piracy, and professionalize coast guards."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("jointly address maritime threats", "soft"),
                        tuple("cooperate on efforts to counter piracy", "soft"), tuple("professionalize coast guards", "soft"));
    }

    @Test
    void anAdjectiveInAListIsNoAction() throws Exception {
        assertThat(commitments("The two sides will advance their shared interests in a stable, secure, and prosperous region."))
                .extracting(Commitment::text)
                .containsExactly("advance their shared interests in a stable, secure, and prosperous region");
    }

    @Test
    void declaringTheImportanceOfWhatTheyWouldDoIsSoft() throws Exception {
        assertThat(commitments("Both sides declared the importance of continuing close consultations on fisheries."))
                .extracting(Commitment::strength).containsExactly("soft");
    }

    @Test
    void aDirectiveToTheirOwnOfficialsIsAnUndertaking() throws Exception {
        assertThat(commitments("The ministers instructed their departments to draft a joint maritime plan."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("draft a joint maritime plan", "firm"));
    }

    @Test
    void wouldUndertakesWhenAnAgreementReportsIt() throws Exception {
        assertThat(commitments("The ministers agreed that the two countries would extend and deepen cooperation in fisheries."))
                .extracting(Commitment::text)
                .containsExactly("extend and deepen cooperation in fisheries");
    }

    @Test
    void expressedInterestInIsAWish() throws Exception {
        assertThat(commitments("The two sides expressed interest in joint development of port infrastructure."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("joint development of port infrastructure", "soft"));
    }

    @Test
    void aListOfActionsAfterALeadInEndingInAColonIsOneCommitmentALine() throws Exception {
        assertThat(commitments("Recalling their long friendship, the ministers agree to pursue the following priorities:\n\n"
                + "  \u2022 Strengthen the ferry link through yearly port visits;\n"
                + "  \u2022 Develop trade in wine and fruit;\n\nThe ministers then visited the harbour."))
                .extracting(Commitment::text, Commitment::strength)
                .containsExactly(tuple("strengthen the ferry link through yearly port visits", "firm"),
                        tuple("develop trade in wine and fruit", "firm"));
    }

    @Test
    void aVerbOfActionIsOneWhateverItsEnding() throws Exception {
        assertThat(commitments("The ministers agreed to enhance cooperation on fisheries and to advance talks on wine."))
                .extracting(Commitment::text)
                .containsExactly("enhance cooperation on fisheries", "advance talks on wine");
    }
}
