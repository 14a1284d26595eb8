package org.communique.model;

/**
 * A published statement as received: the SHA-256 of its raw bytes, how they were decoded, and the
 * decoded text that every evidence offset points into.
 */
public record Document(String sha256, String mediaType, String fileName, String sourceUrl, String text) {}
