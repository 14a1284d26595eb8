package org.communique.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {
    @Test
    void readsWhatItWrites() {
        Object value = Map.of("name", "Umarov \"K.\"\n\u00e9", "n", 5L, "list", List.of(true, 2.5));
        String text = Json.write(value);
        assertThat(Json.parse(text)).isEqualTo(value);
    }

    @Test
    void escapesMarkupSoJsonCanSitInAPage() {
        assertThat(Json.write("</script><b>&")).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }

    @Test
    void refusesBrokenJsonWithThePlace() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 11");
        assertThatThrownBy(() -> Json.parse("[".repeat(10_000))).hasMessageContaining("nested too deep");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("after the value");
    }

    @Test
    void aRecordSurvivesTheRoundTrip() {
        Evidence e = new Evidence(3, 9, "Astana");
        RoundRecord r = new RoundRecord(
                new Source("ab", "text/plain", "MFA", null, "2023-11-07", 0, 100),
                new Dialogue("Strategic Dialogue", "SD", List.of("KZ", "US")),
                new Round(5, "2023-11-06", "Astana", "KZ"),
                List.of(new Participant("Kairat Umarov", "First Deputy Minister", "KZ", Participant.Role.HEAD, List.of(e))),
                List.of(new TopicFound("security.counterterrorism", "Counterterrorism", "political-security", List.of(e))),
                List.of(new Act(List.of("US"), "reaffirmed", "support", List.of("x"), e)),
                List.of(new Commitment(List.of("KZ", "US"), "convene the next round", "intend to", "firm", "2024", "Washington", e)),
                new NextRound("Washington", "2024"),
                List.of(new Reference("C5+1", "mechanism", List.of(e))),
                List.of("a warning"));
        assertThat(RecordJson.read(RecordJson.write(r))).isEqualTo(r);
    }
}
