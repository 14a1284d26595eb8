package org.communique.model;

/**
 * Where a record came from: the raw bytes' SHA-256 and what the page says of itself.
 * {@code bodyStart}/{@code bodyEnd} delimit the statement proper inside the decoded text.
 */
public record Source(String sha256, String mediaType, String publisher, String title, String published,
                     int bodyStart, int bodyEnd) {}
