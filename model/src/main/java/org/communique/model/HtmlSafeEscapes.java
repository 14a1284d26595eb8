package org.communique.model;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes {@code <}, {@code >}, {@code &} and the Unicode line and paragraph separators as {@code \\uXXXX}, so that
 * JSON can be placed inside an HTML page or a script (RECORD-FORMAT.md); control characters other than the three
 * short escapes ({@code \n}, {@code \r}, {@code \t}) are written the same way. Hex digits are lower case, as records
 * stored before Jackson have them.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
        for (int c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t') ascii[c] = ESCAPE_CUSTOM;
        }
        ascii['<'] = ESCAPE_CUSTOM;
        ascii['>'] = ESCAPE_CUSTOM;
        ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        boolean escaped = c < 0x80 ? ascii[c] == ESCAPE_CUSTOM : c == '\u2028' || c == '\u2029';
        return escaped ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
}
