package org.communique.reader;

import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
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

/** What the parties discussed, each rule on a statement written for it. */
class TopicRulesTest {
    private static final String CABINET = "Chile and Peru held their Binational Cabinet in Lima on 5 May 2024. ";
    private static final Function<TopicFound, String> CODE = TopicFound::code;
    private static final Function<TopicFound, String> LABEL = TopicFound::label;

    /**
     * A rule, a statement written for it, whether it speaks of the topics' codes or labels, the topics that must be
     * among those found and the topics that must not.
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("a situation in a third country is a subject",
                        "Egypt and Kenya held their Strategic Dialogue in Cairo on 5 May 2024. The ministers discussed the "
                                + "humanitarian situation in Sudan and trade in tea. They thanked Ethiopia for hosting them.",
                        LABEL, List.of("Sudan"), List.of("Ethiopia", "Egypt", "Kenya")),
                arguments("a situation a taxonomy topic already names in the same words is not a second subject",
                        CABINET + "The ministers exchanged views on the tense situation in North Korea.",
                        LABEL, List.of("north korea"), List.of("North Korea")),
                arguments("a short line that the end of the text cuts right after the body still names subjects",
                        CABINET + "The ministers reviewed the work of the eleven subcommittees of the cabinet.\n"
                                + "They also discussed cooperation on fisheries and the protection of migrant work",
                        CODE, List.of("economy.agriculture"), List.of()),
                arguments("subjects named in one word count",
                        "Poland and Korea held the Strategic Dialogue in Seoul on 5 May 2024 and discussed energy, "
                                + "defence and investment.",
                        CODE, List.of("economy.energy", "security.defense-cooperation", "economy.trade-investment"), List.of()),
                arguments("the dialogue's own name is no subject",
                        "Peru and Korea held the Strategic Partnership Dialogue in Lima on 5 May 2024 on fisheries.",
                        CODE, List.of(), List.of("relations.partnership")),
                arguments("a named anniversary is a subject",
                        CABINET + "The ministers marked the 50th anniversary of diplomatic relations.",
                        CODE, List.of("relations.anniversary"), List.of()),
                arguments("an item that goes on into a taxonomy phrase is that phrase's topic",
                        CABINET + "They discussed shipbuilding, education, and respect for human rights.",
                        LABEL, List.of("shipbuilding", "human rights"), List.of("respect")),
                arguments("the words of an official's title are no subject",
                        "Oman and Japan held their Strategic Dialogue in Muscat on 5 May 2024. Taking part were Minister "
                                + "of State for Foreign Trade Ali Al Harthy and Minister of Fisheries Kenji Sato. The two sides "
                                + "discussed shipping.",
                        CODE, List.of(), List.of("economy.trade-investment")),
                arguments("an adjective and another topic's word before one head are one subject; nouns stay two",
                        CABINET + "The subcommittees on cultural and educational issues met, and the ministers discussed "
                                + "the agriculture and healthcare sectors.",
                        LABEL, List.of("cultural and educational issues", "agriculture", "healthcare"),
                        List.of("cultural", "educational")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theTopicsFoundAndNotFound(String rule, String statement, Function<TopicFound, String> codeOrLabel,
                                   List<String> found, List<String> notFound) throws Exception {
        List<String> topics = read(statement).topics().stream().map(codeOrLabel).toList();
        if (!found.isEmpty()) assertThat(topics).containsAll(found);
        if (!notFound.isEmpty()) assertThat(topics).doesNotContainAnyElementsOf(notFound);
    }

    @Test
    void aListedSubjectTheTaxonomyLacksIsATopicInItsOwnWords() throws Exception {
        RoundRecord r = read(CABINET + "The ministers discussed customs, inspection and quarantine, and counterterrorism, "
                + "and agreed to meet again.");
        assertThat(r.topics()).extracting(TopicFound::label).contains("customs", "inspection and quarantine", "counterterrorism")
                .doesNotContain("agreed to meet again", "meet again");
        TopicFound customs = labelled(r, "customs");
        assertThat(customs.evidence().get(0).quote()).contains("discussed customs");
        assertThat(customs.track()).isEqualTo("political-security");
    }

    @Test
    void aListedSubjectTakesTheTrackOfTheTaxonomyTopicsBesideIt() throws Exception {
        RoundRecord r = read(CABINET + "They discussed agriculture, shipbuilding and mining.");
        assertThat(labelled(r, "shipbuilding").track()).isEqualTo("economic");
    }

    @Test
    void wordsOfScopeActionAndCourtesyInAListAreNoSubjects() throws Exception {
        RoundRecord r = read(CABINET + "They discussed political and security issues, boosting mutual trust, and regional "
                + "issues of common interest, including the situation in the region.");
        assertThat(r.topics()).extracting(TopicFound::label)
                .contains("trust")
                .noneMatch(l -> l.contains("political") || l.contains("interest") || l.contains("region") || l.startsWith("boosting"));
    }

    @Test
    void aTaxonomyTopicIsLabelledInTheStatementsOwnWords() throws Exception {
        RoundRecord r = read("Ghana and Britain held their Strategic Dialogue in Accra on 5 May 2024. They discussed "
                + "defence, counter-terrorism and\nclimate change.");
        assertThat(r.topics()).extracting(TopicFound::code, TopicFound::label).contains(
                tuple("security.defense-cooperation", "defence"), tuple("economy.climate", "climate change"));
        assertThat(r.topics()).extracting(TopicFound::label).contains("counter-terrorism");
    }

    /** The first topic found with this label; there must be one. */
    private static TopicFound labelled(RoundRecord r, String label) {
        return r.topics().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }
}
