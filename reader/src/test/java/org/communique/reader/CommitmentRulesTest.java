package org.communique.reader;

import org.communique.model.Commitment;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The commitment rules of the annotation guideline, each on sentences written for it. */
class CommitmentRulesTest {
    private static final String OPENING = "Chile and New Zealand held the third Strategic Partnership Dialogue in "
            + "Wellington on 4 March 2025. ";
    private static final Function<Commitment, Object> TEXT = Commitment::text;
    private static final Function<Commitment, Object> STRENGTH = Commitment::strength;
    private static final Function<Commitment, Object> TEXT_AND_STRENGTH = c -> tuple(c.text(), c.strength());
    private static final Function<Commitment, Object> ACTORS = Commitment::actors;
    private static final Function<Commitment, Object> CUT_OFF = Commitment::cutOff;

    private List<Commitment> commitments(String sentences) throws Exception {
        return read(OPENING + sentences).commitments();
    }

    /**
     * A rule, sentences written for it (after the opening), what is looked at in each commitment, and what that is
     * for every commitment read, in order (none: no commitment).
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("distinct actions in one undertaking are one commitment each",
                        "The two sides will expand trade in wine and open a consulate in Auckland.",
                        TEXT, List.of("expand trade in wine", "open a consulate in Auckland")),
                arguments("distinct actions in one undertaking are one commitment each, after 'pledged to'",
                        "Both governments pledged to reinforce democratic institutions, uphold the rule of law "
                                + "and protect the rights of indigenous peoples.",
                        TEXT, List.of("reinforce democratic institutions", "uphold the rule of law",
                                "protect the rights of indigenous peoples")),
                arguments("a list closed by ', and' with verbs of opposing and keeping (action-verbs.txt) splits too",
                        "The two sides agreed to defend the role of the UN, oppose unilateral sanctions, and resist "
                                + "interference in internal affairs.",
                        TEXT, List.of("defend the role of the UN", "oppose unilateral sanctions",
                                "resist interference in internal affairs")),
                arguments("one action over several areas stays one",
                        "The two sides will cooperate on energy, health and education.",
                        TEXT, List.of("cooperate on energy, health and education")),
                arguments("a soft verb opening one action of a firm trigger softens that action only",
                        "The ministers decided to eagerly look forward to the opening of the Arica port and to set up "
                                + "a customs working group.",
                        STRENGTH, List.of("soft", "firm")),
                arguments("an action quoted after its trigger is still an undertaking",
                        "The officials agreed to \u201cpursue joint patrols in the southern fisheries,\u201d the ministry said.",
                        TEXT_AND_STRENGTH, List.of(tuple("pursue joint patrols in the southern fisheries", "firm"))),
                arguments("a modal after a verb of hoping is soft",
                        "The minister said she hoped New Zealand would open a trade office in Valparaiso.",
                        STRENGTH, List.of("soft")),
                arguments("'would' undertakes only in reported speech: not in a prediction",
                        "Any new barrier would undermine the trade of both countries.",
                        TEXT, List.of()),
                arguments("'would' undertakes only in reported speech: in reported speech",
                        "The minister said that New Zealand would send a trade mission to Chile in May.",
                        ACTORS, List.of(List.of("NZ"))),
                arguments("a commitment in a sentence cut by the end of the text is marked",
                        "They agreed to launch a joint study on lithium. Both sides will also expand cooperation on renewable",
                        CUT_OFF, List.of(false, true)),
                arguments("the last item of a list of actions, cut by the end of the text, is marked",
                        "The ministers agreed to pursue the following priority areas for cooperation:\n"
                                + "  • Expand the exchange of students between their universities;\n"
                                + "  • Promote joint research on wave energy and the protection of coastal wetl",
                        CUT_OFF, List.of(false, true)),
                arguments("readiness and willingness are soft and determination to act is firm",
                        "Chile expressed its readiness to share its experience in copper mining. "
                                + "The two governments are determined to conclude the trade talks.",
                        STRENGTH, List.of("soft", "firm")),
                arguments("a verb with an adjective's or a noun's ending still opens an undertaking",
                        "Chile and New Zealand reaffirmed their determination to give new impetus to fisheries "
                                + "research. Both sides will prevent illegal fishing and harness wave energy.",
                        TEXT, List.of("give new impetus to fisheries research", "prevent illegal fishing",
                                "harness wave energy")),
                arguments("a determination to act is firm, as being determined to is",
                        "Both sides expressed their determination to broaden their partnership in fisheries.",
                        TEXT_AND_STRENGTH, List.of(tuple("broaden their partnership in fisheries", "firm"))),
                arguments("keen, eager, prepared and wishing to act are soft; deciding to act is firm",
                        "Chile is keen to expand wine exports to Asia. New Zealand is prepared to share its "
                                + "seismic data. The two governments decide to open a joint research station.",
                        TEXT_AND_STRENGTH, List.of(tuple("expand wine exports to Asia", "soft"),
                                tuple("share its seismic data", "soft"), tuple("open a joint research station", "firm"))),
                arguments("a short phrase of when between the verb and 'to' keeps the undertaking",
                        "Chile and New Zealand committed on Wednesday to widening scientific exchanges. "
                                + "They agreed in principle to open a joint research station.",
                        TEXT_AND_STRENGTH, List.of(tuple("widening scientific exchanges", "firm"),
                                tuple("open a joint research station", "firm"))),
                arguments("a second infinitive after 'and' or 'as well as' is a second action",
                        "The ministers agreed to improve ferry links between the two capitals, as well as to enhance "
                                + "student exchanges. They also agreed to review the air services agreement and to open a "
                                + "trade office in Lima.",
                        TEXT, List.of("improve ferry links between the two capitals", "enhance student exchanges",
                                "review the air services agreement", "open a trade office in Lima")),
                arguments("an infinitive after an aside opened by 'and' is a second action",
                        "New Zealand plans to send more volunteers to Chile and, for the first time, to open its "
                                + "research fellowships to Chilean scholars.",
                        TEXT, List.of("send more volunteers to Chile", "open its research fellowships to Chilean scholars")),
                arguments("infinitives of purpose stay with their action",
                        "New Zealand will provide NZD 5 million to train port officials and to equip the coast guard. "
                                + "The two sides will work together, including through the Pacific Fund, to support "
                                + "projects in third countries.",
                        TEXT, List.of("provide NZD 5 million to train port officials and to equip the coast guard",
                                "work together, including through the Pacific Fund, to support projects in third countries")),
                arguments("support for a bid or a sovereignty is no commitment",
                        "The two sides agreed to coordinate positions at the United Nations and to support each "
                                + "other's candidacies for international bodies.",
                        TEXT, List.of("coordinate positions at the United Nations")),
                arguments("a noun of undertaking with its owners before 'to' is a trigger: commitment",
                        "The dialogue marked the commitment of both countries to widen port cooperation.",
                        TEXT_AND_STRENGTH, List.of(tuple("widen port cooperation", "soft"))),
                arguments("a noun of undertaking with its owners before 'to' is a trigger: agreement",
                        "The two sides reached an agreement to resume direct flights.",
                        TEXT_AND_STRENGTH, List.of(tuple("resume direct flights", "firm"))),
                arguments("affirmed commitments are soft and each action in the list is one",
                        "The delegations affirmed their countries' commitments to jointly address maritime threats, "
                                + "cooperate on efforts to counter piracy, and professionalize coast guards.",
                        TEXT_AND_STRENGTH, List.of(tuple("jointly address maritime threats", "soft"),
                                tuple("cooperate on efforts to counter piracy", "soft"),
                                tuple("professionalize coast guards", "soft"))),
                arguments("an adjective in a list is no action",
                        "The two sides will advance their shared interests in a stable, secure, and prosperous region.",
                        TEXT, List.of("advance their shared interests in a stable, secure, and prosperous region")),
                arguments("declaring the importance of what they would do is soft",
                        "Both sides declared the importance of continuing close consultations on fisheries.",
                        STRENGTH, List.of("soft")),
                arguments("instruments listed one a line after 'were signed:' commit to what each line says they provide for",
                        "The following documents were signed:\n\n1. Agreement on the mutual recognition of "
                                + "driving licences\n2) Memorandum of Understanding between the two foreign ministries\n"
                                + "- Treaty for the avoidance of double taxation\n\nThe ministers then met the press at the foreign ministry.",
                        TEXT_AND_STRENGTH, List.of(tuple("Agreement on the mutual recognition of driving licences", "firm"),
                                tuple("Treaty for the avoidance of double taxation", "firm"))),
                arguments("an instrument signed at an earlier, dated event is not signed at this round",
                        "The ministers recalled the state visit of December 2024, when the presidents signed an "
                                + "agreement on the mutual recognition of driving licences.",
                        TEXT, List.of()),
                arguments("what a thing does in a relative clause is nobody's undertaking",
                        "The ministers opposed unilateral actions that seek to change the status quo by force, and "
                                + "welcomed the common ground that will reinforce their partnership.",
                        TEXT, List.of()),
                arguments("what a partnership, a plan or 'this' will do is a prediction, unless the parties resolved it",
                        "The renewed Chile-New Zealand partnership will help keep both peoples safe. Chile said this would give "
                                + "the dialogue new life. We, the ministers, resolved that our cooperation will focus on "
                                + "clean energy.",
                        TEXT, List.of("focus on clean energy")),
                arguments("a verb after 'and' goes on the purpose's infinitive before it",
                        "The two sides agreed to take measures to protect their fisheries and promote sustainable "
                                + "tourism in the region.",
                        TEXT, List.of("take measures to protect their fisheries and promote sustainable tourism in the region")),
                arguments("the dialogue acting, by its name or its last word, undertakes for every party",
                        "The Strategic Partnership Dialogue agreed to open a joint office in Auckland. The Dialogue "
                                + "also agreed to expand cooperation on fisheries.",
                        ACTORS, List.of(List.of("CL", "NZ"), List.of("CL", "NZ"))),
                arguments("a soft verb after the modal makes the undertaking soft, and a lede said again is one commitment",
                        "The ministers said the two countries would look to deepen cooperation over the next year. "
                                + "They said the two countries would look to deepen cooperation over the next year, "
                                + "including in energy and fisheries.",
                        TEXT_AND_STRENGTH, List.of(tuple("look to deepen cooperation over the next year, including in "
                                + "energy and fisheries", "soft"))),
                arguments("the importance 'to' an action is soft as 'of' one is, and 'and that' opens a second clause",
                        "The ministers reiterated the importance to keep advancing the fisheries plan. They agreed "
                                + "the partnership will be widened and that they were committed to opening a trade office in Santiago.",
                        TEXT_AND_STRENGTH, List.of(tuple("keep advancing the fisheries plan", "soft"),
                                tuple("be widened", "firm"), tuple("opening a trade office in Santiago", "firm"))),
                arguments("after a comma, 'and to' opens a second action even when the first has a purpose",
                        "The ministers committed to work with farmers to raise yields, and to expand trade in wine.",
                        TEXT, List.of("work with farmers to raise yields", "expand trade in wine")),
                arguments("agreeing on a gerund, the importance of one after its adverb and tasking officials with one undertake",
                        "Both sides agreed on strengthening cooperation in agriculture. They emphasized the importance "
                                + "of further developing trade ties. They tasked their experts with preparing a roadmap on ports. "
                                + "They agreed on a roadmap.",
                        TEXT_AND_STRENGTH, List.of(tuple("strengthening cooperation in agriculture", "firm"),
                                tuple("further developing trade ties", "soft"), tuple("preparing a roadmap on ports", "firm"))),
                arguments("a passive with no one named, or the meeting as subject, undertakes for every party",
                        "It was agreed to set up a working group on wine. An agreement was reached to open a trade "
                                + "office in Santiago. The meeting also agreed to task the working group with a study. "
                                + "The talks are scheduled to last two days.",
                        ACTORS, List.of(List.of("CL", "NZ"), List.of("CL", "NZ"), List.of("CL", "NZ"))),
                arguments("committing themselves and a mutual interest are undertakings",
                        "Both countries committed themselves to doubling trade by 2030 and expressed mutual interest "
                                + "in increasing the number of flights.",
                        TEXT_AND_STRENGTH, List.of(tuple("doubling trade by 2030", "firm"),
                                tuple("increasing the number of flights", "soft"))),
                arguments("the importance of a practice is soft, and the round's discussions speak for every party",
                        "The discussions highlighted the importance of regular meetings and consultations between the "
                                + "foreign ministries. The ministers stressed the importance of the ocean.",
                        TEXT_AND_STRENGTH, List.of(tuple("regular meetings and consultations between the foreign ministries", "soft"))),
                arguments("who said it, and when, is not part of what was undertaken",
                        "New Zealand will open a consulate in Valparaiso, the foreign ministry said on Monday.",
                        TEXT, List.of("open a consulate in Valparaiso")),
                arguments("an adjective before 'and' joins adjectives of one thing, not two actions",
                        "The two sides will work for a free and open Pacific and build a new port in Tauranga.",
                        TEXT, List.of("work for a free and open Pacific", "build a new port in Tauranga")),
                arguments("a second modal after 'and' is a second undertaking; 'mean to' intends; signatures sign",
                        "The two countries will widen trade in wine and will open a consulate in Valparaiso. Santiago "
                                + "and Wellington mean to work more closely on Antarctica. The ministries put their "
                                + "signatures to a memorandum on seismic data meant to speed up warnings.",
                        TEXT, List.of("widen trade in wine", "open a consulate in Valparaiso",
                                "work more closely on Antarctica", "memorandum on seismic data meant to speed up warnings")),
                arguments("the next round planned twice in one city is one commitment",
                        "The ministers agreed that the next Strategic Partnership Dialogue will take place in "
                                + "Santiago in 2026. We intend to meet in person for the next Strategic Partnership "
                                + "Dialogue in Santiago in 2026.",
                        TEXT, List.of("take place in Santiago in 2026")),
                arguments("a directive to their own officials is an undertaking",
                        "The ministers instructed their departments to draft a joint maritime plan.",
                        TEXT_AND_STRENGTH, List.of(tuple("draft a joint maritime plan", "firm"))),
                arguments("'would' undertakes when an agreement reports it",
                        "The ministers agreed that the two countries would extend and deepen cooperation in fisheries.",
                        TEXT, List.of("extend and deepen cooperation in fisheries")),
                arguments("'expressed interest in' is a wish",
                        "The two sides expressed interest in joint development of port infrastructure.",
                        TEXT_AND_STRENGTH, List.of(tuple("joint development of port infrastructure", "soft"))),
                arguments("a list of actions after a lead-in ending in a colon is one commitment a line",
                        "Recalling their long friendship, the ministers agree to pursue the following priorities:\n\n"
                                + "  \u2022 Strengthen the ferry link through yearly port visits;\n"
                                + "  \u2022 Develop trade in wine and fruit;\n\nThe ministers then visited the harbour.",
                        TEXT_AND_STRENGTH, List.of(tuple("strengthen the ferry link through yearly port visits", "firm"),
                                tuple("develop trade in wine and fruit", "firm"))),
                arguments("a verb of action is one whatever its ending",
                        "The ministers agreed to enhance cooperation on fisheries and to advance talks on wine.",
                        TEXT, List.of("enhance cooperation on fisheries", "advance talks on wine")),
                arguments("what should or will not be so is a statement, nobody's undertaking",
                        "Both sides said that piracy should not be tolerated and that the two sides will not become "
                                + "rivals.", TEXT, List.of()),
                arguments("who said it is not part of what was undertaken",
                        "The two sides will open a consulate in Auckland, the foreign ministry said.",
                        TEXT, List.of("open a consulate in Auckland")),
                arguments("a bare 'continue to' in the present tense is soft",
                        "Chile and New Zealand are continuing to expand ferry links between their southern ports.",
                        TEXT_AND_STRENGTH, List.of(tuple("expand ferry links between their southern ports", "soft"))),
                arguments("'will continue to' is firm: the trigger is 'will'",
                        "The two countries will continue to expand ferry links.",
                        TEXT_AND_STRENGTH, List.of(tuple("continue to expand ferry links", "firm"))),
                arguments("what goes on continuing, or what others are urged to continue, is no undertaking",
                        "The Fisheries Agreement, which was signed in 2019, continues to support jobs in both countries. "
                                + "Regular contact would continue to sustain the friendship. The minister urged "
                                + "the fishing fleets to continue to report their catches.", TEXT, List.of()),
                arguments("'preparing to' is an intention, firm",
                        "The two countries are preparing to start talks on a wine agreement.",
                        TEXT_AND_STRENGTH, List.of(tuple("start talks on a wine agreement", "firm"))),
                arguments("a commitment to a value (a noun in -cy) is to a state of the world: not counted",
                        "Chile and New Zealand share a commitment to democracy and free trade.", TEXT, List.of()),
                arguments("'pointed out the importance of' a practice of theirs is soft",
                        "The ministers pointed out the importance of continuing consultations on fisheries.",
                        STRENGTH, List.of("soft")),
                arguments("the verb of an importance stands before an aside or before an earlier importance joined by 'and'",
                        "The ministers stressed, at their working lunch, the need to expand student exchanges. "
                                + "They noted the importance of forests to both economies, and the need to promote "
                                + "joint ventures in forestry.",
                        TEXT, List.of("expand student exchanges", "promote joint ventures in forestry")),
                arguments("verbs after a purpose's infinitive, its adverb and commas go on the purpose",
                        "The two sides will keep up regular dialogue in order to further develop relations, consult "
                                + "on regional issues and review the action plan.",
                        TEXT, List.of("keep up regular dialogue in order to further develop relations, consult on "
                                + "regional issues and review the action plan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theCommitments(String rule, String sentences, Function<Commitment, Object> what, List<Object> expected)
            throws Exception {
        assertThat(commitments(sentences)).extracting(what).containsExactlyElementsOf(expected);
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
    void meetingAgainNextYearIsTheNextRoundInTheYearAfterThisOne() throws Exception {
        RoundRecord r = read(OPENING + "The ministers agreed to meet again next year in Santiago.");
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().place()).isEqualTo("Santiago");
        assertThat(r.nextRound().due()).isEqualTo("2026");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nextRounds")
    void theNextRoundsPlaceAndDue(String rule, String sentences, String place, String due) throws Exception {
        RoundRecord r = read(OPENING + sentences);
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().place()).isEqualTo(place);
        assertThat(r.nextRound().due()).isEqualTo(due);
    }

    static Stream<Arguments> nextRounds() {
        return Stream.of(
                arguments("'the group' meeting again is the dialogue, not a working group",
                        "The group agreed to meet again in Santiago in October 2025.", "Santiago", "2025-10"),
                arguments("a month of this year is the due month",
                        "They agreed to hold the next meeting of the Dialogue in August this year in Santiago.",
                        "Santiago", "2025-08"),
                arguments("a country alone is the place where no city is named",
                        "The ministers said the next round of the dialogue will be held in Chile in 2026.", "Chile", "2026"),
                arguments("a place a country's possessive names is the place, known city or not",
                        "They agreed to hold the next meeting of the Dialogue in March next year in Chile's Puerto Natales.",
                        "Puerto Natales", "2026-03"));
    }

    @Test
    void theFirstMeetingIsNoNextRoundWhenThisRoundIsTheFirst() throws Exception {
        RoundRecord r = read("The first meeting of the Ghana-Canada Strategic Council was held in Accra on 3 May 2024.\n\n"
                + "The ministers will recall the first meeting of the Strategic Council in Accra in 2024 as a milestone.");
        assertThat(r.round().ordinal()).isEqualTo(1);
        assertThat(r.nextRound()).isNull();
    }

    @Test
    void theDialogueReconveningIsItsNextRound() throws Exception {
        RoundRecord r = read(OPENING + "Both sides look forward to progress on fisheries when the Strategic Partnership "
                + "Dialogue reconvenes in Chile in 2026.");
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().due()).isEqualTo("2026");
    }

    @Test
    void theNextRoundsYearIsTheOneAfterItsOwnWords() throws Exception {
        RoundRecord r = read(OPENING + "They agreed to hold a leaders' summit in October 2025 in Auckland and that Chile "
                + "will host the fourth Strategic Partnership Dialogue in 2026.");
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().due()).isEqualTo("2026");
    }

    @Test
    void followingAnEarlierMeetingIsNoFollowingMeeting() throws Exception {
        RoundRecord r = read("Chile and New Zealand held the third Strategic Partnership Dialogue in Wellington on 4 March 2025. "
                + "The ministers will publish a joint declaration following the second meeting of the Strategic "
                + "Partnership Dialogue, held in Santiago in 2024.");
        assertThat(r.nextRound()).isNull();
    }

    @Test
    void aWorkingGroupsNextMeetingIsTheNextRoundWhenTheDialogueIsThatWorkingGroup() throws Exception {
        RoundRecord r = read("The India-Chile Joint Working Group on Fisheries held its third meeting in Santiago on "
                + "4 May 2023. The next meeting of the joint working group will take place in New Delhi in 2024.");
        assertThat(r.nextRound()).isNotNull();
        assertThat(r.nextRound().place()).isEqualTo("New Delhi");
        assertThat(r.nextRound().due()).isEqualTo("2024");
    }
}
