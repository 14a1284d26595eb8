package org.communique.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A page's address with query parameters, for links that keep a list's filters and change one (a page, a status). */
final class Link {
    private final StringBuilder url;
    private boolean first = true;

    Link(String path) {
        this.url = new StringBuilder(path);
    }

    /** Adds name=value; a null or blank value adds nothing. */
    Link with(String name, Object value) {
        if (value == null || value.toString().isBlank()) return this;
        url.append(first ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
