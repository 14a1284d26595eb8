package org.communique.store;

import java.util.List;

/** A stored series: its key (what users name), the name and acronym it goes by, and its parties. */
public record SeriesRow(long id, String key, String name, String acronym, List<String> parties) {
    public SeriesRow {
        parties = List.copyOf(parties);
    }
}
