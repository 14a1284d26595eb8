package org.communique.app;

import org.communique.store.Database;
import org.communique.store.SeriesStore;
import org.communique.tracker.TrackReport;
import org.communique.tracker.Tracker;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs the tracker for the commands: after changes, and before a listing when rounds are not yet in a series. */
final class Tracking {
    private Tracking() {}

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static TrackReport run(Database db) {
        return new Tracker(db).run(today());
    }

    /** Tracks first if some stored round sits in no series (stored before the tracker, or by another program). */
    static void ensure(Database db) {
        if (new SeriesStore(db).unplaced() > 0) run(db);
    }
}
