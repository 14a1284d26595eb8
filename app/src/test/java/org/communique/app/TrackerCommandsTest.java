package org.communique.app;

import org.communique.model.Records;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's commands on the project's series statements, read by the real reader and stored in a
 * real PostgreSQL: a database of the tests' embedded server, reached by URL as a production server would be.
 */
class TrackerCommandsTest {
    static final Path ROOT = CommandLineTest.root();

    static String url;

    private final Cli cli = new Cli(url);

    @BeforeAll
    static void start() {
        url = TestDatabases.freshUrl();
        String s = ROOT.resolve("statements").toString() + "/";
        new Cli(url).ok("ingest", s + "series-a-1-2021.txt", s + "series-a-2-2022.txt", s + "series-a-3-2023.html",
                s + "series-b-1-2022.txt", s + "series-b-2-2023.html", s + "series-c-1-2021.txt", s + "series-c-2-2022.txt",
                s + "kz-us-espd-2023.txt");
    }

    private List<Map<String, Object>> jsonLines() {
        return cli.out().lines().map(Records::parseObject).toList();
    }

    private Map<String, Object> commitment(String series, String words) {
        assertThat(cli.run("commitments", "--series", series, "--json")).isZero();
        return jsonLines().stream().filter(c -> c.get("text").toString().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment '" + words + "' in " + cli.out()));
    }

    @Test
    void everyDialogueIsOneSeriesInOrder() {
        assertThat(cli.run("series", "--json")).isZero();
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        for (Map<String, Object> s : jsonLines()) byKey.put(s.get("key").toString(), s);
        assertThat(byKey).containsOnlyKeys("tm-us-espd", "gb-ng-sdpd", "pl-us-sd", "kz-us-espd");
        assertThat((List<?>) byKey.get("tm-us-espd").get("rounds")).hasSize(3);
        assertThat(byKey.get("tm-us-espd").get("rotation")).isEqualTo("alternating");
        assertThat(byKey.get("tm-us-espd").get("cadence")).isEqualTo("annual");
        assertThat((List<?>) byKey.get("gb-ng-sdpd").get("rounds")).hasSize(2);

        assertThat(cli.run("rounds", "--series", "tm-us-espd", "--json")).isZero();
        assertThat(jsonLines()).extracting(r -> r.get("date")).containsExactly("2021-10-19", "2022-05-31", "2023-06-12");
        assertThat(jsonLines()).extracting(r -> r.get("series")).containsOnly("tm-us-espd");
        assertThat(cli.run("series")).isZero();
        assertThat(cli.out()).contains("tm-us-espd  Enhanced Strategic Partnership Dialogue").contains("4 series");
    }

    @Test
    void plansShowAsFulfilledWithEvidenceOrOverdue() {
        Map<String, Object> plan = commitment("tm-us-espd", "second round of the Dialogue in Washington");
        assertThat(plan.get("status")).isEqualTo("fulfilled");
        assertThat(plan.get("timeline").toString()).contains("the next round of tm-us-espd met in Washington on 2022-05-31");
        assertThat(commitment("kz-us-espd", "Washington in 2024").get("status")).isEqualTo("overdue");
        assertThat(commitment("pl-us-sd", "inaugural Dialogue on Energy Security").get("status")).isEqualTo("fulfilled");
        assertThat(cli.run("commitments", "--series", "kz-us-espd", "--status", "overdue")).isZero();
        assertThat(cli.out()).contains("[overdue]").contains("1 commitment").doesNotContain("1 commitments");
    }

    @Test
    void variantSpellingsAreOnePerson() {
        assertThat(cli.run("people")).isZero();
        assertThat(cli.out()).contains("Bakhtiyar Orazov [TM]  also written Bahtiyar Orazow")
                .contains("First Deputy Minister of Foreign Affairs of Turkmenistan  (as Bahtiyar Orazow)");
        assertThat(cli.out().lines().filter(l -> l.startsWith("Meret Orazov"))).hasSize(1);
        assertThat(cli.run("people", "--json")).isZero();
        assertThat(jsonLines()).filteredOn(p -> p.get("name").equals("Bakhtiyar Orazov")).singleElement()
                .satisfies(p -> assertThat((List<?>) p.get("posts")).hasSize(3));
    }

    @Test
    void aPersonDecidesAndTheTrackerKeepsIt() {
        Map<String, Object> plan = commitment("pl-us-sd", "Washington in 2022");
        long link = ((Number) ((Map<?, ?>) ((List<?>) plan.get("timeline")).get(0)).get("link")).longValue();
        assertThat(cli.run("commitments", "reject", String.valueOf(link), "--by", "Dana Analyst")).isZero();
        assertThat(cli.out()).contains("link " + link + " rejected");
        assertThat(cli.run("track")).isZero();
        assertThat(cli.out()).contains("nothing changed");
        assertThat(commitment("pl-us-sd", "Washington in 2022").get("timeline").toString()).contains("state=rejected");
        assertThat(cli.run("commitments", "confirm", String.valueOf(link), "--by", "Dana Analyst")).isZero();
        assertThat(commitment("pl-us-sd", "Washington in 2022").get("status")).isEqualTo("fulfilled");

        long id = ((Number) commitment("pl-us-sd", "Polish Institute").get("id")).longValue();
        assertThat(cli.run("commitments", "score", String.valueOf(id), "PL", "-1", "--reason", "no office by 2023", "--by", "Sam Desk")).isZero();
        assertThat(cli.run("commitments", "status", String.valueOf(id), "not-fulfilled", "--by", "Sam Desk")).isZero();
        assertThat(cli.run("track")).isZero();
        Map<String, Object> after = commitment("pl-us-sd", "Polish Institute");
        assertThat(after.get("status")).isEqualTo("not-fulfilled");
        assertThat(after.get("scores").toString()).contains("score=-1").contains("no office by 2023");
    }

    @Test
    void mergeAndMoveAreRecordedAndKept() {
        assertThat(cli.run("rounds", "--series", "kz-us-espd", "--json")).isZero();
        String seed = jsonLines().get(0).get("id").toString();
        assertThat(cli.run("series", "move", seed, "tm-us-espd", "--by", "Sam Desk")).isZero();
        assertThat(cli.run("track")).isZero();
        assertThat(cli.run("rounds", "--series", "tm-us-espd", "--json")).isZero();
        assertThat(jsonLines()).extracting(r -> r.get("id").toString()).contains(seed);
        // the move left kz-us-espd empty, so it is gone; moving back makes it anew
        assertThat(cli.run("series", "move", seed, "kz-us-espd", "--by", "Sam Desk")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("communique: there is no series kz-us-espd (see `communique series`; --create makes a new one)");
        assertThat(cli.run("series", "move", seed, "kz-us-espd", "--create", "--by", "Sam Desk")).isZero();
        assertThat(cli.run("track")).isZero();
        assertThat(cli.out()).contains("nothing changed");
        assertThat(cli.run("rounds", "--series", "kz-us-espd", "--json")).isZero();
        assertThat(jsonLines()).extracting(r -> r.get("id").toString()).containsExactly(seed);
        assertThat(cli.run("series", "merge", "tm-us-espd", "pl-us-sd")).isEqualTo(2); // no --by
        assertThat(cli.err()).contains("Missing required option: '--by=NAME'");
    }

    @Test
    void whatChangedBetweenTwoRounds() {
        assertThat(cli.run("rounds", "--series", "tm-us-espd", "--json")).isZero();
        List<String> ids = jsonLines().stream().map(r -> r.get("id").toString()).toList();
        assertThat(cli.run("diff", ids.get(0), ids.get(1))).isZero();
        assertThat(cli.out()).contains("Topics added:").contains("New commitments").contains("Fulfilled (1)")
                .contains("hold the second round of the Dialogue in Washington in 2022");
        assertThat(cli.run("diff", ids.get(0), "99999")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("communique: there is no round 99999");
    }

    @Test
    void wrongValuesAreOneSentence() {
        assertThat(cli.run("commitments", "--status", "done")).isEqualTo(2);
        assertThat(cli.err()).startsWith("communique: 'done' is not a status; use one of open, fulfilled");
        assertThat(cli.run("commitments", "--series", "nope")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("communique: there is no series nope (see `communique series`)");
        assertThat(cli.run("commitments", "confirm", "424242", "--by", "Sam")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("communique: there is no follow-through link 424242");
        assertThat(cli.run("commitments", "score", "1", "PL", "3", "--reason", "x", "--by", "Sam")).isEqualTo(2);
        assertThat(cli.run("commitments", "status", "1", "open", "--by", "tracker")).isEqualTo(1);
        assertThat(cli.err()).contains("kept for the tracker");
    }

    @Test
    void theJsonIsTheApisSeriesWithItsCommitmentsAndADiffUsesTheSameCommitments() {
        assertThat(cli.run("series", "--json")).isZero();
        Map<String, Object> tm = jsonLines().stream().filter(s -> s.get("key").equals("tm-us-espd")).findFirst().orElseThrow();
        // the shape of /api/series/KEY (openapi.json: Series)
        assertThat(List.copyOf(tm.keySet())).containsExactly("key", "name", "acronym", "parties", "cadence", "cadence_months",
                "rotation", "rounds", "topics", "commitments", "changes");
        assertThat(cli.run("commitments", "--series", "tm-us-espd", "--json")).isZero();
        List<Map<String, Object>> commitments = jsonLines();
        assertThat(tm.get("commitments")).isEqualTo(commitments);
        assertThat(List.copyOf(commitments.get(0).keySet())).containsExactly("id", "round", "made_on", "actors", "text", "due",
                "place", "status", "status_by", "status_reason", "timeline", "scores");

        List<?> ids = ((List<?>) tm.get("rounds")).stream().map(r -> ((Map<?, ?>) r).get("id")).toList();
        assertThat(cli.run("diff", ids.get(0).toString(), ids.get(1).toString(), "--json")).isZero();
        Map<String, Object> diff = jsonLines().get(0);
        assertThat(diff).containsEntry("from", ids.get(0)).containsEntry("to", ids.get(1)).containsEntry("same_series", true);
        assertThat((List<?>) diff.get("fulfilled")).singleElement().isIn(commitments);
        Map<?, ?> change = (Map<?, ?>) ((List<?>) tm.get("changes")).get(0);
        assertThat(change.get("fulfilled")).isEqualTo(List.of(((Map<?, ?>) ((List<?>) diff.get("fulfilled")).get(0)).get("id")));
    }
}
