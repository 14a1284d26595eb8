package org.communique.drafting;

/** A refused drafting action, in one sentence; {@code kind} says why (the web maps it to a status). */
public class DraftingException extends RuntimeException {
    public enum Kind { FORBIDDEN, NOT_FOUND, INVALID, CONFLICT }

    private final Kind kind;

    public DraftingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static DraftingException forbidden(String m) {
        return new DraftingException(Kind.FORBIDDEN, m);
    }

    static DraftingException notFound(String m) {
        return new DraftingException(Kind.NOT_FOUND, m);
    }

    static DraftingException invalid(String m) {
        return new DraftingException(Kind.INVALID, m);
    }

    static DraftingException conflict(String m) {
        return new DraftingException(Kind.CONFLICT, m);
    }
}
