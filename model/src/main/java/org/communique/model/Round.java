package org.communique.model;

/**
 * One meeting of a dialogue. {@code date} is ISO (yyyy-mm-dd, or yyyy-mm / yyyy where the text
 * says no more); {@code host} is the party whose territory held it.
 */
public record Round(Integer ordinal, String date, String place, String host) {
    public static final Round UNKNOWN = new Round(null, null, null, null);
}
