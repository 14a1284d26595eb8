package org.communique.drafting;

/**
 * A save made on an older text of a section that someone changed since: refused (a conflict) with both texts,
 * so that the editor merges them and saves again on the current version.
 */
public final class EditConflict extends DraftingException {
    private final String sectionKey;
    private final int base;
    private final int currentVersion;
    private final String yours;
    private final String current;

    EditConflict(String heading, String sectionKey, int base, int currentVersion, String changedBy, int changedIn,
                 String yours, String current) {
        super(Kind.CONFLICT, "\"" + heading + "\" was changed by " + changedBy + " in version " + changedIn
                + " after version " + base + ", which your text started from: merge it with the current text of version "
                + currentVersion + " and save again");
        this.sectionKey = sectionKey;
        this.base = base;
        this.currentVersion = currentVersion;
        this.yours = yours;
        this.current = current;
    }

    public String sectionKey() {
        return sectionKey;
    }

    /** The version the refused text started from. */
    public int base() {
        return base;
    }

    /** The draft's version now, to save the merged text on. */
    public int currentVersion() {
        return currentVersion;
    }

    /** The text that was not saved. */
    public String yours() {
        return yours;
    }

    /** The section's text now. */
    public String current() {
        return current;
    }
}
