package org.communique.store;

/** One line of the audit log: when, who, what, and its details as JSON. */
public record AuditEntry(long id, String at, String who, String action, String details) {}
