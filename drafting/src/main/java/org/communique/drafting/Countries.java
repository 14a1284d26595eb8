package org.communique.drafting;

import org.communique.reader.Knowledge;

/** Names, demonyms and capitals of parties, as the reader's gazetteer knows them. */
final class Countries {
    record Country(String code, String name, String demonym, String capital) {}

    private Countries() {}

    /** The party of a code; a code the gazetteer lacks stands for itself. */
    static Country of(String code) {
        return Knowledge.get().country(code).map(c -> new Country(c.code(), c.name(), c.demonym(), c.capital()))
                .orElseGet(() -> new Country(code, code, code, null));
    }
}
