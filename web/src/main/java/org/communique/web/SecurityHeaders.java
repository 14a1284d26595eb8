package org.communique.web;

import java.util.function.BiConsumer;

/** The headers every answer carries: the site's pages, its API and Jetty's own refusals alike. */
final class SecurityHeaders {
    /** A year: once a browser has seen it, it reaches the site over TLS only. */
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {}

    /** Sets the headers; Strict-Transport-Security only when the site is reached over TLS. */
    static void apply(BiConsumer<String, String> header, boolean overTls) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Content-Security-Policy", WebServer.CSP);
        header.accept("Referrer-Policy", "same-origin");
        header.accept("X-Frame-Options", "DENY");
        if (overTls) header.accept("Strict-Transport-Security", HSTS);
    }
}
