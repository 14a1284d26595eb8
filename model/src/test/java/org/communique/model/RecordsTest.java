package org.communique.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordsTest {
    private static final Evidence E = new Evidence(3, 9, "Astana");

    private static RoundRecord record(boolean cutOff) {
        return new RoundRecord(
                new Source("ab", "text/plain", "MFA", null, "2023-11-07", 0, 100,
                        List.of(new TextSpan(0, 40), new TextSpan(41, 100))),
                new Dialogue("Strategic Dialogue", "SD", List.of("KZ", "US")),
                new Round(5, "2023-11-06", "Astana", "KZ"),
                List.of(new Participant("Kairat Umarov", "First Deputy Minister", "KZ", Participant.Role.HEAD, List.of(E))),
                List.of(new TopicFound("security.counterterrorism", "Counterterrorism", "political-security", List.of(E))),
                List.of(new Act(List.of("US"), "reaffirmed", "support", List.of("x"), E)),
                List.of(new Commitment(List.of("KZ", "US"), "convene the next round", "intend to", "firm", "2024", "Washington",
                        E, cutOff)),
                new NextRound("Washington", "2024"),
                List.of(new Reference("C5+1", "mechanism", List.of(E))),
                List.of("a warning"));
    }

    @Test
    void writesTheRecordAsRecordFormatSaysFieldByFieldInOrder() {
        String e = "{\"start\":3,\"end\":9,\"quote\":\"Astana\"}";
        assertThat(Records.write(record(false))).isEqualTo("{"
                + "\"source\":{\"sha256\":\"ab\",\"media_type\":\"text/plain\",\"publisher\":\"MFA\",\"title\":null,"
                + "\"published\":\"2023-11-07\",\"body\":{\"start\":0,\"end\":100},"
                + "\"sentences\":[{\"start\":0,\"end\":40},{\"start\":41,\"end\":100}]},"
                + "\"dialogue\":{\"name\":\"Strategic Dialogue\",\"acronym\":\"SD\",\"parties\":[\"KZ\",\"US\"]},"
                + "\"round\":{\"ordinal\":5,\"date\":\"2023-11-06\",\"place\":\"Astana\",\"host\":\"KZ\"},"
                + "\"participants\":[{\"name\":\"Kairat Umarov\",\"title\":\"First Deputy Minister\",\"party\":\"KZ\","
                + "\"role\":\"head\",\"evidence\":[" + e + "]}],"
                + "\"topics\":[{\"code\":\"security.counterterrorism\",\"label\":\"Counterterrorism\","
                + "\"track\":\"political-security\",\"evidence\":[" + e + "]}],"
                + "\"acts\":[{\"actors\":[\"US\"],\"verb\":\"reaffirmed\",\"kind\":\"support\",\"topics\":[\"x\"],\"evidence\":" + e + "}],"
                + "\"commitments\":[{\"actors\":[\"KZ\",\"US\"],\"text\":\"convene the next round\",\"trigger\":\"intend to\","
                + "\"strength\":\"firm\",\"due\":\"2024\",\"place\":\"Washington\",\"evidence\":" + e + "}],"
                + "\"next_round\":{\"place\":\"Washington\",\"due\":\"2024\"},"
                + "\"references\":[{\"name\":\"C5+1\",\"kind\":\"mechanism\",\"evidence\":[" + e + "]}],"
                + "\"warnings\":[\"a warning\"]}");
    }

    @Test
    void writesCutOffOnlyWhenTrueAndBeforeTheEvidence() {
        Map<String, Object> c = first(Records.toMap(record(true)), "commitments");
        assertThat(c).containsEntry("cut_off", true);
        assertThat(List.copyOf(c.keySet())).containsExactly("actors", "text", "trigger", "strength", "due", "place", "cut_off",
                "evidence");
        assertThat(first(Records.toMap(record(false)), "commitments")).doesNotContainKey("cut_off");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> record, String list) {
        return (Map<String, Object>) ((List<Object>) record.get(list)).get(0);
    }

    @Test
    void aRecordSurvivesTheRoundTrip() {
        assertThat(Records.record(Records.write(record(false)))).isEqualTo(record(false));
        assertThat(Records.record(Records.write(record(true)))).isEqualTo(record(true));
    }

    @Test
    void aRecordMissingFieldsReadsAsNullOrEmptyAndIgnoresFieldsItDoesNotKnow() {
        RoundRecord r = Records.record("{\"dialogue\": {\"name\": \"SD\", \"parties\": null}, \"round\": {\"ordinal\": 2},"
                + " \"participants\": [{\"name\": \"A B\"}], \"commitments\": [{\"text\": \"meet\"}],"
                + " \"topics\": [{\"label\": \"drugs\", \"also\": [\"narcotics\"]}], \"extra\": {\"x\": 1}}");
        assertThat(r.dialogue()).isEqualTo(new Dialogue("SD", null, List.of()));
        assertThat(r.round()).isEqualTo(new Round(2, null, null, null));
        assertThat(r.participants()).containsExactly(new Participant("A B", null, null, Participant.Role.MENTIONED, List.of()));
        assertThat(r.commitments()).containsExactly(new Commitment(List.of(), "meet", null, null, null, null, null, false));
        assertThat(r.topics()).containsExactly(new TopicFound(null, "drugs", null, List.of()));
        assertThat(r.acts()).isEmpty();
        assertThat(r.references()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.nextRound()).isNull();
        assertThat(r.source()).isNull();
    }

    @Test
    void aSourceWrittenBeforeSentencesWereKeptReadsWithNone() {
        String old = "{\"source\": {\"sha256\": \"ab\", \"media_type\": \"text/plain\", \"publisher\": null, \"title\": null,"
                + " \"published\": null, \"body\": {\"start\": 2, \"end\": 50}}}";
        assertThat(Records.record(old).source()).isEqualTo(new Source("ab", "text/plain", null, null, null, 2, 50));
        assertThat(Records.record(old).source().sentences()).isEmpty();
        assertThat(Records.record(old.replace("}}}", "}, \"sentences\": null}}")).source().sentences()).isEmpty();
        // written again, the field is there, empty
        assertThat(Records.write(Records.record(old))).contains("\"body\":{\"start\":2,\"end\":50},\"sentences\":[]}");
    }

    @Test
    void aSentenceIsAnOrderedNonEmptySpan() {
        assertThatThrownBy(() -> new TextSpan(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Records.record("{\"source\": {\"sentences\": [{\"start\": 9, \"end\": 4}]}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad span 9..4");
        assertThat(new TextSpan(3, 9).cover("In Astana.")).isEqualTo("Astana");
        assertThat(new TextSpan(3, 9).overlaps(8, 12)).isTrue();
        assertThat(new TextSpan(3, 9).overlaps(9, 12)).isFalse();
    }

    @Test
    void readsWhatItWritesUntyped() {
        Object value = Map.of("name", "Umarov \"K.\"\n\u00e9", "n", 5L, "list", List.of(true, 2.5));
        assertThat(Records.parse(Records.write(value))).isEqualTo(value);
        assertThat(Records.parseObject("{\"n\": 7}").get("n")).isEqualTo(7L);
    }

    @Test
    void escapesMarkupSoJsonCanSitInAPage() {
        assertThat(Records.write("</script><b>&\u2028\u2029\u0001\b"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\\u0001\\u0008\"");
        assertThat(Records.parse(Records.write("</script>&\u2028"))).isEqualTo("</script>&\u2028");
        assertThat(Records.write("a\tb\nc\rd\"\\ é")).isEqualTo("\"a\\tb\\nc\\rd\\\"\\\\ é\"");
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedNotWritten() {
        record Link(String rule, double confidence) {}
        assertThatThrownBy(() -> Records.write(new Link("topic", Double.NaN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN is not a number JSON can hold");
        assertThatThrownBy(() -> Records.write(Map.of("score", Double.POSITIVE_INFINITY)))
                .hasMessageContaining("Infinity is not a number JSON can hold");
        assertThatThrownBy(() -> Records.write(List.of(Float.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Records.write(new Link("topic", 0.85))).isEqualTo("{\"rule\":\"topic\",\"confidence\":0.85}");
        assertThat(Records.write(List.of(1.0, 2.5f))).isEqualTo("[1.0,2.5]");
    }

    @Test
    void namesComponentsInSnakeCase() {
        record Line(long id, String madeOn, boolean ordinalInferred, Integer cadenceMonths) {}
        assertThat(Records.write(new Line(1, null, true, 12)))
                .isEqualTo("{\"id\":1,\"made_on\":null,\"ordinal_inferred\":true,\"cadence_months\":12}");
    }

    @Test
    void refusesBrokenJsonWithThePlace() {
        assertThatThrownBy(() -> Records.parse("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad JSON at character 11");
        assertThatThrownBy(() -> Records.parse("[".repeat(10_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> Records.parse("{} {}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> Records.parseObject("[1]")).hasMessage("JSON is not an object");
        assertThatThrownBy(() -> Records.record("{\"participants\": [{\"role\": \"chair\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("head, member or mentioned");
    }

    @Test
    void theMapperForLibrariesWritesAsThisClassDoes() throws Exception {
        assertThat(Records.mapper().writeValueAsString(record(true))).isEqualTo(Records.write(record(true)));
        assertThat(Records.mapper().writeValueAsString("<&>")).isEqualTo(Records.write("<&>"));
        assertThat(Records.mapper()).isNotSameAs(Records.mapper());
    }

    @Test
    void readsAStatementsWholeTextPastJacksonsDefaultLimit() {
        String text = "a".repeat(21 * 1024 * 1024);
        Reading r = new Reading(new Document("ab", "text/plain", "big.txt", null, text), record(false));
        assertThat(Records.read(Records.write(r), Reading.class).document().text()).hasSize(text.length());
    }
}
