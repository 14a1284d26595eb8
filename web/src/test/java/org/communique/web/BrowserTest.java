package org.communique.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.communique.model.Reading;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web application in a real browser (Debian's chromium, driven by Playwright) over the project's sample
 * statements: home, a round, a commitment's evidence, search with a facet, signing in and correcting a title, a series.
 * Screenshots of the main pages go to target/screenshots/. Skipped where /usr/bin/chromium is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    /** Debian's chromium, headless, with nothing that would reach the network. */
    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }
    static final Path SHOTS = Paths.get("target", "screenshots");

    static Database db;
    static WebServer server;
    static Playwright playwright;
    static Browser browser;
    static Map<String, Long> rounds = new java.util.LinkedHashMap<>();
    static Map<String, Reading> readings = new java.util.LinkedHashMap<>();
    static Long espdRound;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at /usr/bin/chromium: browser tests skipped");
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        Path statements = TestData.root().resolve("statements");
        for (String line : Files.readAllLines(statements.resolve("INDEX.tsv"))) {
            String name = line.split("\t")[0].strip();
            if (name.isEmpty() || name.startsWith("#") || name.equals("name")) continue;
            Reading r = TestData.read(name);
            readings.put(name, r);
            rounds.put(name, store.ingest(r).roundId());
        }
        new Accounts(db).addUser("us-editor", "editor", "US", TestData.PASSWORD);
        // the 5th ESPD, whose next round the drafting test plans
        espdRound = rounds.get("kz-us-espd-2023.txt");
        new Accounts(db).addUser("kz-editor", "editor", "KZ", TestData.PASSWORD);
        server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0));
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (db != null) db.close();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static Page page() {
        Page p = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        p.setDefaultTimeout(15_000);
        return p;
    }

    /** A test's steps on a page. */
    interface Steps {
        void on(Page p) throws Exception;
    }

    /**
     * Goes to {@code url} on the page, gathering the console's errors, takes the steps, then checks that the console
     * showed no error (a Content-Security-Policy violation would be one) and closes the page.
     */
    static void withoutConsoleErrors(Page p, String url, Steps steps) throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        p.onConsoleMessage(m -> {
            if ("error".equals(m.type())) errors.add(m.text());
        });
        p.navigate(url);
        steps.on(p);
        assertThat(errors).as("console errors (a CSP violation would show here)").isEmpty();
        p.context().close();
    }

    static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    @Order(1)
    void homeThenARoundThenACommitmentsEvidence() throws Exception {
        withoutConsoleErrors(page(), url("/"), p -> {
            assertThat(p.locator("h1").textContent()).contains("record of strategic dialogues");
            assertThat(p.locator("table.dialogues tbody tr").count()).isGreaterThan(10);
            shot(p, "home");

            p.locator("table.dialogues tr", new Page.LocatorOptions().setHasText("Ministerial Economic Dialogue")).first()
                    .locator("td:nth-child(4) a").click();
            p.waitForURL("**/rounds/*");
            assertThat(p.locator("h1").textContent()).isEqualTo("Ministerial Economic Dialogue");
            assertThat(p.locator("article.statement mark.fact").count()).isGreaterThan(5);
            shot(p, "round");

            // choose the first commitment in the side list: its evidence and its sentence light up, in view
            Locator link = p.locator("aside.facts a[data-show='c0']");
            link.click();
            Locator active = p.locator("article.statement mark.active");
            assertThat(active.count()).isGreaterThan(0);
            String quote = readings.get("au-jp-med-2023.txt").record().commitments().get(0).evidence().quote();
            assertThat(quote).contains(active.first().textContent().strip());
            assertThat(p.locator("article.statement .sentence.active").count()).isGreaterThan(0);
            assertThat(p.locator("#fact-c0").getAttribute("class")).contains("active");
            assertThat((Boolean) active.first().evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"))
                    .isTrue();
            // a highlight tells what it marks on hover
            assertThat(active.first().getAttribute("title")).contains("Commitment (");
            active.first().hover();
            shot(p, "round-commitment");
        });
    }

    @Test
    @Order(2)
    void searchNarrowedByAFacet() {
        Page p = page();
        p.navigate(url("/"));
        p.locator("form.search-box input[name=q]").fill("minerals");
        p.locator("form.search-box button").click();
        p.waitForURL("**/search?q=minerals");
        String before = p.locator("#result-count").textContent();
        p.locator("ul.facet[data-facet=party] a", new Page.LocatorOptions().setHasText("JP")).first().click();
        p.waitForURL("**party=JP**");
        String after = p.locator("#result-count").textContent();
        assertThat(after).isNotEqualTo(before).startsWith("1 statement");
        assertThat(p.locator("ul.facet[data-facet=party] a.selected").textContent()).contains("JP");
        assertThat(p.locator("ol.hits li.hit").count()).isEqualTo(1);
        assertThat(p.locator(".snippet mark").first().textContent()).containsIgnoringCase("mineral");
        shot(p, "search");
        p.context().close();
    }

    @Test
    @Order(3)
    void signInCorrectATitleAndSeeItAfterReload() {
        String sample = "series-a-2-2022.txt";
        var record = readings.get(sample).record();
        int i = 0;
        while (!"US".equals(record.participants().get(i).party())) i++;
        Page p = page();
        p.navigate(url("/rounds/" + rounds.get(sample)));
        assertThat(p.locator("details.correct").count()).isZero();
        p.locator("header.site a", new Page.LocatorOptions().setHasText("Sign in")).click();
        p.waitForURL("**/sign-in**");
        p.locator("input[name=name]").fill("us-editor");
        p.locator("input[name=password]").fill(TestData.PASSWORD);
        shot(p, "sign-in");
        p.locator("form.stacked button[type=submit]").click();
        p.waitForURL("**/rounds/" + rounds.get(sample));
        assertThat(p.locator("header.site .user").textContent()).isEqualTo("us-editor");

        Locator row = p.locator("#participant-p" + i);
        row.locator("details.correct summary").click();
        row.locator("input[name=value]").fill("Envoy for Central Asia (corrected in a browser)");
        row.locator("button[type=submit]").click();
        p.waitForURL("**corrected=1**");
        assertThat(p.locator(".notice").textContent()).contains("correction is saved");
        assertThat(p.locator("#participant-p" + i + " .title").textContent()).isEqualTo("Envoy for Central Asia (corrected in a browser)");
        shot(p, "round-corrected");

        p.navigate(url("/rounds/" + rounds.get(sample)));
        p.reload();
        assertThat(p.locator("#participant-p" + i + " .title").textContent()).isEqualTo("Envoy for Central Asia (corrected in a browser)");
        assertThat(p.locator("#participant-p" + i + " .corrected").textContent()).contains("us-editor");
        assertThat(p.locator("#corrections").textContent()).contains(record.participants().get(i).title());

        p.locator("#participant-p" + i + " td a").first().click();
        p.waitForURL("**/people/*");
        assertThat(p.locator("main table").textContent()).contains("Envoy for Central Asia (corrected in a browser)");
        shot(p, "person");
        p.context().close();
    }

    @Test
    @Order(4)
    void aSeriesWithItsTimelineHeatmapBoardAndChanges() throws Exception {
        withoutConsoleErrors(page(), url("/"), p -> {
            p.locator("table.dialogues tr", new Page.LocatorOptions().setHasText("TM–US")).first().locator("td:nth-child(1) a").click();
            p.waitForURL("**/series/*");
            assertThat(p.locator("h1").textContent()).contains("Strategic Partnership Dialogue");
            assertThat(p.locator("ol.timeline li.timeline-round").count()).isEqualTo(3);
            assertThat(p.locator("table.heatmap th.round-col").count()).isEqualTo(3);
            assertThat(p.locator("table.heatmap td.cell.on").count()).isGreaterThan(0);
            assertThat(p.locator("ul.board[data-status=fulfilled] li.commitment-card").count()).isGreaterThan(0);
            assertThat(p.locator("ul.board[data-status=fulfilled] ol.evidence li").first().textContent()).contains("Found by the tracker");
            assertThat(p.locator("#changes article.change").count()).isEqualTo(2);
            shot(p, "series");
            // a link on the board leads to the round that fulfilled the commitment
            p.locator("ul.board[data-status=fulfilled] ol.evidence li a").first().click();
            p.waitForURL("**/rounds/*");
        });
    }

    static void signIn(Page p, String user) {
        p.navigate(url("/sign-in?next=/plans"));
        p.locator("input[name=name]").fill(user);
        p.locator("input[name=password]").fill(TestData.PASSWORD);
        p.locator("form.stacked button[type=submit]").click();
        p.waitForURL("**/plans");
    }

    @Test
    @Order(5)
    void planEditApproveAndPublishTheNextRound() {
        String key = db.jdbi().withHandle(h -> h.createQuery("SELECT dialogue_key FROM rounds WHERE id = :r")
                .bind("r", espdRound).mapTo(String.class).one());
        Page us = page();
        signIn(us, "us-editor");
        us.locator("select[name=series]").selectOption(key);
        us.locator("form.plan-next button[type=submit]").click();
        us.waitForURL("**/plans/*");
        String planUrl = us.url();
        assertThat(us.locator("#delegation-US").textContent()).contains("Donald Lu");
        shot(us, "plan");
        us.locator("#compose").click();
        us.waitForURL("**/draft");
        assertThat(us.locator("#version").textContent()).isEqualTo("1");
        Locator opening = us.locator("#section-opening textarea");
        opening.fill(opening.inputValue().replace("mutually beneficial cooperation", "mutually beneficial and practical cooperation"));
        us.locator("#section-opening button[type=submit]").click();
        us.waitForURL("**notice=**");
        assertThat(us.locator("#version").textContent()).isEqualTo("2");
        assertThat(us.locator("pre.diff").first().textContent()).contains("+").contains("practical cooperation");
        us.locator("button", new Page.LocatorOptions().setHasText("Approve version 2 for US")).click();
        us.waitForURL("**notice=**");
        assertThat(us.locator("#approvals").textContent()).contains("US by us-editor");
        shot(us, "draft");

        Page kz = page();
        signIn(kz, "kz-editor");
        kz.navigate(planUrl + "/draft");
        assertThat(kz.locator("button", new Page.LocatorOptions().setHasText("for US")).count()).isZero();
        kz.locator("button", new Page.LocatorOptions().setHasText("Approve version 2 for KZ")).click();
        kz.waitForURL("**notice=**");
        kz.locator("#to-preview").click();
        kz.waitForURL("**/preview");
        shot(kz, "preview");
        if (kz.locator("input[name=confirm]").count() > 0) kz.locator("input[name=confirm]").check();
        kz.locator("#publish").click();
        kz.waitForURL("**/rounds/*");
        assertThat(kz.locator("main").textContent()).contains("Donald Lu");
        shot(kz, "published");
        us.context().close();
        kz.context().close();
    }
}
