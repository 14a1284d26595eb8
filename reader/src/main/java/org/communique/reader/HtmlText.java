package org.communique.reader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The readable text of an HTML page: scripts, navigation, banners, footers and related links removed,
 * one paragraph per block element. This text is what the record's offsets point into.
 */
record HtmlText(String text, String title, String siteName, List<String> warnings) {
    // what page chrome is (page-words.tsv)
    private static final Set<String> CHROME_TAGS = Knowledge.get().pageWords.get("chrome-tags");
    private static final Set<String> CHROME_ROLES = Knowledge.get().pageWords.get("chrome-roles");
    private static final Set<String> CHROME_NAMES = Knowledge.get().pageWords.get("chrome-names");
    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s_-]+");
    private static final Set<String> BLOCKS = Knowledge.get().pageWords.get("blocks");
    // parsed once: jsoup would parse a query string again on every page
    private static final Evaluator SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator MAIN = QueryParser.parse("main, article, [role=main]");
    private static final Evaluator H1 = QueryParser.parse("h1");

    static HtmlText of(String html) {
        Document page = Jsoup.parse(html);
        List<String> warnings = new ArrayList<>();
        String title = page.title().isBlank() ? null : page.title().trim();
        Element site = page.selectFirst(SITE_NAME);
        String siteName = site == null || site.attr("content").isBlank() ? null : site.attr("content").trim();
        Element root = page.body();
        List<Element> chrome = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isChrome(e)) chrome.add(e);
        }
        chrome.forEach(Element::remove);
        // prefer the page's main content when it marks it
        Elements main = root.select(MAIN);
        if (!main.isEmpty()) root = main.first();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendWords(out, t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) paragraph(out);
            }
        }, root);
        String text = out.toString().strip();
        if (title == null) {
            Element h1 = page.selectFirst(H1);
            if (h1 != null && !h1.text().isBlank()) title = h1.text().trim();
        }
        return new HtmlText(text, title, siteName, warnings);
    }

    /** Navigation, banners, footers, scripts: by tag, by role, or by an id or class that names them. */
    private static boolean isChrome(Element e) {
        return CHROME_TAGS.contains(e.normalName()) || CHROME_ROLES.contains(e.attr("role"))
                || e.attr("aria-hidden").equals("true") || e.hasAttr("hidden") || isChrome(e.id()) || isChrome(e.className());
    }

    /** An id or class that names page furniture ("site-footer", "nav main"), whole words only. */
    private static boolean isChrome(String names) {
        if (names.isEmpty()) return false;
        for (String n : NAME_PARTS.split(names.toLowerCase(java.util.Locale.ROOT))) {
            if (CHROME_NAMES.contains(n)) return true;
        }
        return false;
    }

    private static void appendWords(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') out.append(' ');
            } else if (c >= 0x20 || c == '\t') {
                out.append(c);
            }
        }
    }

    private static void paragraph(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') out.setLength(--n);
        if (n == 0) return;
        if (out.charAt(n - 1) != '\n') out.append("\n\n");
        else if (n < 2 || out.charAt(n - 2) != '\n') out.append('\n');
    }
}
