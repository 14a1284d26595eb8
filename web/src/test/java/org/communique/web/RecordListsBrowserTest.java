package org.communique.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.communique.model.Reading;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The list pages and the API reference in a real browser (Debian's chromium, driven by Playwright): /rounds narrowed
 * by a filter and paged, the /commitments board by a status tab and its CSV export, and /api/docs with a call tried
 * from it, all without a console error (a Content-Security-Policy violation would be one). Screenshots go to
 * target/screenshots/. Skipped, with that reason, where /usr/bin/chromium is not installed.
 */
class RecordListsBrowserTest {
    static Database db;
    static WebServer server;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM), "no chromium at /usr/bin/chromium: browser tests skipped");
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        for (String name : RecordListsTest.STATEMENTS) store.ingest(TestData.read(name));
        for (int i = 1; i <= RecordListsTest.MADE_UP; i++) store.ingest(RecordListsTest.madeUp(i));
        server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0));
        Files.createDirectories(BrowserTest.SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = BrowserTest.launch(playwright);
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

    /** A new page, whose downloads are kept. */
    static Page page() {
        Page p = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true)).newPage();
        p.setDefaultTimeout(20_000);
        return p;
    }

    static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void roundsFromTheMenuNarrowedByAPartyThenPaged() throws Exception {
        BrowserTest.withoutConsoleErrors(page(), url("/"), p -> {
            p.locator("header.site nav a", new Page.LocatorOptions().setHasText("Rounds")).click();
            p.waitForURL("**/rounds");
            assertThat(p.locator("table.round-list tbody tr").count()).isEqualTo(RoundsPage.PAGE);
            shot(p, "rounds");

            p.locator("select[name=party]").selectOption("PL");
            p.locator("form.filters button[type=submit]").click();
            p.waitForURL("**party=PL**");
            Locator rows = p.locator("table.round-list tbody tr");
            assertThat(rows.count()).isPositive().isLessThan(RoundsPage.PAGE);
            for (String dialogue : rows.locator("td.dialogue").allTextContents()) assertThat(dialogue).contains("PL");
            assertThat(p.locator("select[name=party]").inputValue()).isEqualTo("PL");
            assertThat(p.locator("#round-count").textContent()).startsWith(rows.count() + " round");

            // the whole list again, and its second page
            p.locator("form.filters a.clear").click();
            p.waitForURL("**/rounds");
            String firstOnPageOne = p.locator("table.round-list tbody tr").first().getAttribute("id");
            p.locator("nav.pager a[rel=next]").click();
            p.waitForURL("**page=2**");
            assertThat(p.locator("table.round-list tbody tr").count()).isPositive();
            assertThat(p.locator("table.round-list tbody tr").first().getAttribute("id")).isNotEqualTo(firstOnPageOne);
            assertThat(p.locator("nav.pager .where").textContent()).contains("Page 2 of 2");
        });
    }

    @Test
    void theCommitmentsBoardByAStatusTabAndItsCsvExport() throws Exception {
        BrowserTest.withoutConsoleErrors(page(), url("/commitments"), p -> {
            assertThat(p.locator("h1").textContent()).isEqualTo("Commitments");
            shot(p, "commitments");
            Locator overdue = p.locator(".status-tabs a", new Page.LocatorOptions().setHasText("Overdue"));
            int expected = Integer.parseInt(overdue.textContent().replaceAll("\\D", ""));
            assertThat(expected).isPositive();
            overdue.click();
            p.waitForURL("**status=overdue**");
            Locator statuses = p.locator("table.board-list tbody td span.status");
            assertThat(statuses.count()).isEqualTo(Math.min(expected, CommitmentsPage.PAGE));
            for (String s : statuses.allTextContents()) assertThat(s).isEqualTo("Overdue");
            assertThat(p.locator("select[name=status]").inputValue()).isEqualTo("overdue");
            shot(p, "commitments-overdue");

            Download csv = p.waitForDownload(() -> p.locator("#export-csv").click());
            List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo(String.join(",", CommitmentsPage.COLUMNS));
            // one line a commitment, as no text here runs over a line
            assertThat(lines).hasSize(expected + 1);
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",overdue,"));
        });
    }

    @Test
    void theApiReferenceShowsEveryCallAndTriesOne() throws Exception {
        BrowserTest.withoutConsoleErrors(page(), url("/"), p -> {
            p.locator("footer.site a", new Page.LocatorOptions().setHasText("API")).click();
            p.waitForURL("**/api/docs");
            Locator calls = p.locator(".opblock");
            calls.first().waitFor();
            assertThat(calls.count()).isGreaterThan(20);
            Locator rounds = p.locator(".opblock-summary-path[data-path='/api/rounds']").first();
            rounds.click();
            Locator block = p.locator(".opblock.is-open");
            block.locator("button.try-out__btn").click();
            block.locator("button.execute").click();
            Locator status = block.locator(".live-responses-table tbody .response-col_status").first();
            status.waitFor();
            assertThat(status.textContent().strip()).startsWith("200");
            shot(p, "api-docs");
        });
    }
}
