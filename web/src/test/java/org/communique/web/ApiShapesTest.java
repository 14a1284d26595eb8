package org.communique.web;

import org.communique.model.Records;
import org.communique.store.FollowThrough;
import org.communique.store.Score;
import org.communique.store.TopicRow;
import org.communique.model.Cadence;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.Diff;
import org.communique.tracker.HostRotation;
import org.communique.tracker.Series;
import org.communique.tracker.SeriesDetail;
import org.communique.tracker.SeriesJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON views that the API and the command line share are written field for field as openapi.json documents
 * them: the same names, in the same order, none missing and none extra.
 */
class ApiShapesTest {
    private static Map<String, Object> schemas;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            Map<String, Object> doc = Records.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        }
    }

    /** The documented property names of a schema, or of a schema's array member's items ({@code "rounds"}). */
    private static List<String> documented(String schema, String... arrays) {
        Map<?, ?> s = (Map<?, ?>) schemas.get(schema);
        for (String a : arrays) {
            Map<?, ?> member = (Map<?, ?>) ((Map<?, ?>) s.get("properties")).get(a);
            s = member.containsKey("items") ? (Map<?, ?>) member.get("items") : member;
        }
        return ((Map<?, ?>) s.get("properties")).keySet().stream().map(Object::toString).toList();
    }

    private static List<String> written(Object json) {
        return ((Map<?, ?>) json).keySet().stream().map(Object::toString).toList();
    }

    private static Object first(Map<String, Object> json, String list) {
        return ((List<?>) json.get(list)).get(0);
    }

    @Test
    void aSeriesIsWrittenAsDocumented() {
        FollowThrough link = new FollowThrough(7, 3, "next-round", 2L, 12L, "2024-05-01", "met again", 0.8666, "the next round met",
                "tracker", "proposed", null, null);
        CommitmentView c = new CommitmentView(3, 1, "kz-us-espd", "2023-11-06", List.of("KZ", "US"), "meet again", "2024",
                "Washington", "fulfilled", "tracker", null, List.of(link),
                List.of(new Score(3, "US", 1, "they met", "ana", "2024-06-01T10:00:00Z")));
        Series series = new Series("kz-us-espd", "Enhanced Strategic Partnership Dialogue", "ESPD", List.of("KZ", "US"),
                List.of(new Series.SeriesRound(1, 5, false, "2023-11-06", "Astana", "KZ", "ESPD", "tracker", null, null),
                        new Series.SeriesRound(2, 6, true, "2024-05-01", "Washington", "US", "ESPD", "ana", "SPD", "a note")),
                new Cadence(6, "twice a year"), new HostRotation(List.of("KZ", "US"), "alternating"));
        Diff diff = new Diff(1, 2, "2023-11-06", "2024-05-01", true, List.of("energy"), List.of(), List.of(), List.of(c),
                List.of(), List.of(), List.of());
        SeriesDetail detail = new SeriesDetail(series, List.of(c), Map.of(1L, List.of("KZ", "US")),
                Map.of(1L, List.of("Kairat Umarov (KZ)")), List.of(new TopicRow(1, "energy", "Energy", "economic", List.of()),
                new TopicRow(2, "energy", "Energy", "economic", List.of())), List.of(diff));

        Map<String, Object> json = Records.parseObject(Records.write(SeriesJson.of(detail)));
        assertThat(written(json)).isEqualTo(documented("Series"));
        assertThat(written(first(json, "rounds"))).isEqualTo(documented("Series", "rounds"));
        assertThat(written(first(json, "topics"))).isEqualTo(documented("Series", "topics"));
        assertThat(written(first(json, "changes"))).isEqualTo(documented("Series", "changes"));
        Map<String, Object> commitment = Records.parseObject(Records.write(first(json, "commitments")));
        assertThat(written(commitment)).isEqualTo(documented("SeriesCommitment"));
        assertThat(written(first(commitment, "timeline"))).isEqualTo(documented("SeriesCommitment", "timeline"));
        assertThat(written(first(commitment, "scores"))).isEqualTo(documented("SeriesCommitment", "scores"));

        assertThat(first(json, "topics")).isEqualTo(Map.of("code", "energy", "label", "Energy", "track", "economic",
                "rounds", List.of(1L, 2L)));
        assertThat(first(json, "changes")).isEqualTo(Records.parse("{\"from\":1,\"to\":2,\"topics_added\":[\"energy\"],"
                + "\"topics_dropped\":[],\"new_commitments\":[],\"fulfilled\":[3],\"still_open\":[],\"overdue\":[],"
                + "\"closed_by_person\":[]}"));
        assertThat(((Map<?, ?>) first(commitment, "timeline")).get("confidence")).isEqualTo(0.87);
        assertThat(((Map<?, ?>) first(commitment, "scores")).get("score")).isEqualTo(1L);
        assertThat(((List<?>) json.get("rounds")).get(1)).isEqualTo(Records.parse("{\"id\":2,\"ordinal\":6,"
                + "\"ordinal_inferred\":true,\"ordinal_note\":\"a note\",\"date\":\"2024-05-01\",\"place\":\"Washington\","
                + "\"host\":\"US\",\"name\":\"ESPD\",\"renamed_from\":\"SPD\",\"heads\":[],\"placed_by\":\"ana\"}"));
    }

    @Test
    void theListsOfSeriesAndDialoguesAreWrittenAsDocumented() {
        var line = new SeriesViews.SeriesLine("kz-us-espd", "ESPD", null, List.of("KZ", "US"), 2, 9L, "2024-05-01", "Washington",
                6, 4);
        Map<String, Object> json = Records.parseObject(Records.write(SeriesViews.LineJson.of(line)));
        assertThat(written(json)).isEqualTo(documented("SeriesLine"));
        assertThat(written(json.get("last_round"))).isEqualTo(documented("SeriesLine", "last_round"));
        var none = new SeriesViews.SeriesLine("x", null, null, List.of(), 0, null, null, null, null, 0);
        assertThat(Records.parseObject(Records.write(SeriesViews.LineJson.of(none)))).containsEntry("last_round", null);

        var dialogue = new Api.DialogueJson(1, "kz-us-espd", "ESPD", null, List.of("KZ", "US"), 2,
                new SeriesViews.LastRound(9, 6, "2024-05-01", "Washington"), 4);
        Map<String, Object> d = Records.parseObject(Records.write(dialogue));
        assertThat(written(d)).isEqualTo(documented("Dialogue"));
        assertThat(written(d.get("last_round"))).isEqualTo(documented("Dialogue", "last_round"));
    }
}
